package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.BddTooLargeException;

/**
 * Largest-first diagrams built on a second thread while child order goes on, up to the race
 * count of {@link OrderRace}: on two cores the race then costs about the time of one order, not
 * of both. It decides exactly as the race on one thread: once child order has paused, its node
 * count sets the challenger's budget (a quarter more); the challenger stops, and loses, past that
 * budget; otherwise it goes on, on the analysis thread, up to child order's count. While on its
 * own thread it reports no progress (the monitor is the analysis thread's) and polls the
 * analysis's cancellation.
 */
final class RaceChallenger {
  /** The stack of an analysis thread ({@code DeepStack}): recursion goes one level a variable. */
  private static final long STACK_BYTES = 1L << 30;

  private final ModeDiagrams largest;
  private final Checkpoints analysis;
  private final Thread thread;
  /** Set by the analysis thread: stop at the next check, the race is over. */
  private volatile boolean stopped;
  /** Nodes the challenger may make; lowered once child order's count is known. */
  private volatile long nodeLimit;
  /** Set by the challenger's thread: it went past its budget. Read after the thread ends. */
  private boolean exceeded;
  private Throwable failure;

  private RaceChallenger(TreeIndex index, Modules modules, boolean[] counted,
      DiagramLimits limits, Checkpoints analysis) {
    this.analysis = analysis;
    this.nodeLimit = limits.firstOrderNodeBudget();
    AnalysisMonitor quiet = new AnalysisMonitor() {
      @Override
      public void progress(String stage, double fraction) {}

      @Override
      public boolean cancelled() {
        return stopped || overBudget();
      }
    };
    largest = new ModeDiagrams(index, new Variables(index, modules, Variables.Order.LARGEST_FIRST),
        modules, counted, limits.firstOrderNodeBudget(), new Checkpoints(quiet),
        limits.collectAbove(), false);
    long raceAt = limits.raceAt();
    thread = new Thread(null, () -> run(raceAt), "thicket-race", STACK_BYTES);
  }

  /** Starts building largest-first up to {@code limits.raceAt()} nodes on its own thread. */
  static RaceChallenger start(TreeIndex index, Modules modules, boolean[] counted,
      DiagramLimits limits, Checkpoints analysis) {
    RaceChallenger challenger = new RaceChallenger(index, modules, counted, limits, analysis);
    challenger.thread.start();
    return challenger;
  }

  private void run(long raceAt) {
    try {
      largest.buildUntil(raceAt);
    } catch (BddTooLargeException tooLarge) {
      exceeded = true;
    } catch (AnalysisCancelledException stop) {
      if (!stopped && !exceeded) {
        failure = stop;
      }
    } catch (Throwable t) {
      failure = t;
    }
  }

  /** On the challenger's thread: past the budget (then it loses), or the analysis cancelled. */
  private boolean overBudget() {
    if (largest.bdd.nodesMade() > nodeLimit) {
      exceeded = true;
      return true;
    }
    analysis.run();
    return false;
  }

  /**
   * The challenger against {@code child}, paused after the race count: built up to child order's
   * node count (a quarter more within a gate), then finished on this thread if it has built more
   * of the tree; else null.
   */
  ModeDiagrams finish(ModeDiagrams child) {
    long made = child.bdd.nodesMade();
    int budget = OrderRace.quarterPast(made, nodeLimit);
    nodeLimit = budget;
    join();
    if (exceeded || largest.bdd.nodesMade() > budget) {
      return null;
    }
    largest.reportTo(analysis);
    largest.bdd.limitNodeBudget(budget);
    try {
      if (!largest.buildUntil(made) && largest.built() <= child.built()) {
        return null;
      }
    } catch (BddTooLargeException largestTooLarge) {
      return null;
    }
    nodeLimit = Long.MAX_VALUE;
    largest.bdd.liftNodeBudget();
    largest.buildUntil(Long.MAX_VALUE);
    return largest;
  }

  /** Stops the challenger (the race is not needed, or failed) and waits for its thread. */
  void stop() {
    stopped = true;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for the challenger's pause, and throws what it failed with, if anything. */
  private void join() {
    try {
      thread.join();
    } catch (InterruptedException e) {
      stop();
      Thread.currentThread().interrupt();
      throw new AnalysisCancelledException();
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }
}
