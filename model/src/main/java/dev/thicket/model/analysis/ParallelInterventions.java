package dev.thicket.model.analysis;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs {@link Interventions} over every module with dependents on one thread or two (decision 36).
 * With two, the second works in a copy of the diagrams ({@link ModeDiagrams#copy}, made before the
 * first starts; the first works in the diagrams themselves, as one worker does). Both walk the
 * modules in the same order: a module with few dependents goes whole to whichever worker claims it
 * first ({@link WorkClaims}; a generated tree of 100,000 nodes has 2,313 such modules, whose own
 * work would otherwise be done twice), and the dependents of a larger one are shared as {@link
 * ContextShares} says. Each value is computed by one worker, from the same functions as on one
 * thread, so it is the same to the last bit. Each worker writes only the values it claimed; the
 * caller reads them once both are done.
 */
final class ParallelInterventions {
  /** Diagrams smaller than this are computed on one thread: a copy would not pay. */
  static final int PARALLEL_NODES = 50_000;
  /**
   * Nor diagrams of fewer nodes than this per tree node: their rebuilt regions are small, and a
   * second worker costs more than it saves (a generated tree of 100,000 nodes, 3 diagram nodes a
   * tree node: importance 0.13–0.16 s on one worker, 0.19 on two; edf9202, 375 a node: 0.8 s
   * on one, 0.45 on two).
   */
  static final int PARALLEL_NODES_PER_TREE_NODE = 64;
  /**
   * Bytes of heap free, per node of the diagrams, that two workers need: about 40 bytes a node
   * for the copy (nodes, unique table, probabilities), and as much again for each worker's
   * rebuilt functions, with room to spare.
   */
  private static final long FREE_BYTES_PER_NODE = 400;

  private final ModeDiagrams diagrams;
  private final Checkpoints checkpoints;
  private final int hubParents;
  private final LinkedInterventions linked;
  private final int keptNodes;
  private final int sharedBelow;
  /** The values published so far, of the current {@link #compute}. */
  private InterventionProgress progress;

  /** @param sharedBelow see {@link ContextShares#SHARED_BELOW} */
  ParallelInterventions(ModeDiagrams diagrams, Checkpoints checkpoints, int hubParents,
      LinkedInterventions linked, int keptNodes, int sharedBelow) {
    this.diagrams = diagrams;
    this.checkpoints = checkpoints;
    this.hubParents = hubParents;
    this.linked = linked;
    this.keptNodes = keptNodes;
    this.sharedBelow = sharedBelow;
  }

  /** How the work is shared. */
  enum Split {
    /** Two threads if {@link #workersFor} says so, else one. */
    AUTO,
    ONE,
    TWO,
    /**
     * Two workers one after the other on the calling thread, the second in a copy, the first
     * claiming the even-numbered members and sub-contexts and the second the odd ones, and each
     * computing below the sub-contexts the other made; no module goes whole to one (tests: every
     * member computed by exactly one worker, the same for any split).
     */
    ALTERNATE
  }

  /**
   * Two workers when the machine has two processors or more, the diagrams hold at least {@link
   * #PARALLEL_NODES} nodes and {@link #PARALLEL_NODES_PER_TREE_NODE} per tree node, and the heap
   * has room for a copy; else one.
   */
  static int workersFor(ModeDiagrams diagrams) {
    Runtime runtime = Runtime.getRuntime();
    long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    long size = diagrams.bdd.size();
    return runtime.availableProcessors() >= 2 && size >= PARALLEL_NODES
        && size >= (long) PARALLEL_NODES_PER_TREE_NODE * diagrams.index.size
        && free >= size * FREE_BYTES_PER_NODE ? 2 : 1;
  }

  /**
   * P(M[X:=1]) and P(M[X:=0]) of every dependent X of every module M, into the two arrays. When
   * two workers run out of memory, one computes everything again.
   *
   * @param bodies for each module with dependents, the module then its body ({@link
   *     Interventions#compute})
   * @param progress where the workers note the values they publish
   */
  void compute(Split split, int[][] bodies, List<List<Integer>> dependents, double[] achieved,
      double[] blocked, InterventionProgress progress) {
    this.progress = progress;
    if (split == Split.ALTERNATE) {
      for (int parity = 0; parity < 2; parity++) {
        int mine = parity;
        WorkClaims even = WorkClaims.when(node -> node % 2 == mine);
        WorkClaims odd = WorkClaims.when(node -> node % 2 != mine);
        work(parity == 0 ? diagrams : diagrams.copy(checkpoints), checkpoints, even, odd,
            WorkClaims.ALL, 0, bodies, dependents, achieved, blocked);
      }
      return;
    }
    if (split == Split.ONE || split == Split.AUTO && workersFor(diagrams) == 1) {
      alone(bodies, dependents, achieved, blocked);
      return;
    }
    WorkClaims claims = WorkClaims.shared(diagrams.index.size);
    WorkClaims below = WorkClaims.shared(diagrams.index.size);
    WorkClaims modules = WorkClaims.shared(diagrams.index.size);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Checkpoints second = checkpoints.worker(stop::get, false);
    // Made before the first worker changes anything; held by the helper alone once it runs.
    AtomicReference<ModeDiagrams> copy = new AtomicReference<>();
    try {
      copy.set(diagrams.copy(second));
    } catch (OutOfMemoryError noRoomForACopy) {
      alone(bodies, dependents, achieved, blocked);
      return;
    }
    Thread helper = DeepStack.thread(() -> {
      try {
        work(copy.getAndSet(null), second, claims, below, modules, sharedBelow, bodies,
            dependents, achieved, blocked);
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
        stop.set(true);
      }
    }, "thicket-importance");
    helper.start();
    try {
      work(diagrams, checkpoints.worker(stop::get, true), claims, below, modules, sharedBelow,
          bodies, dependents, achieved, blocked);
    } catch (Throwable t) {
      failure.compareAndSet(null, t);
      stop.set(true);
    }
    // an interrupt stops the helper and is passed on once it has ended
    DeepStack.joinUninterruptibly(helper, () -> stop.set(true));
    copy.set(null);
    Throwable first = failure.get();
    if (first instanceof OutOfMemoryError && !Thread.currentThread().isInterrupted()) {
      // Two workers hold two copies and twice the rebuilt functions: one may fit. Cancellation
      // is still seen by the checkpoints.
      progress.restart();
      alone(bodies, dependents, achieved, blocked);
      return;
    }
    if (first instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (first instanceof Error error) {
      throw error;
    }
  }

  /** Everything on the calling thread, in the diagrams themselves. */
  private void alone(int[][] bodies, List<List<Integer>> dependents, double[] achieved,
      double[] blocked) {
    work(diagrams, checkpoints, WorkClaims.ALL, WorkClaims.ALL, WorkClaims.ALL, 0, bodies,
        dependents, achieved, blocked);
  }

  /**
   * One worker's part: of each module with fewer than {@code wholeBelow} dependents, all or
   * nothing (as {@code modules} claims say: the module's own work is not done twice); of each
   * larger one, the members that {@code claims} give it, and the insides of the sub-contexts
   * that {@code below} gives it ({@link ContextShares}). Progress: the values published, as
   * {@code at} reports them ({@link InterventionProgress}).
   */
  private void work(ModeDiagrams on, Checkpoints at, WorkClaims claims, WorkClaims below,
      WorkClaims modules, int wholeBelow, int[][] bodies, List<List<Integer>> dependents,
      double[] achieved, double[] blocked) {
    Interventions interventions =
        new Interventions(on, at, hubParents, linked, keptNodes, sharedBelow, progress);
    for (int module = 0; module < bodies.length; module++) {
      List<Integer> list = dependents.get(module);
      boolean whole = list != null && list.size() < wholeBelow;
      if (list == null || whole && !modules.take(module)) {
        continue;
      }
      interventions.compute(bodies[module], list, achieved, blocked,
          whole ? WorkClaims.ALL : claims, whole ? WorkClaims.ALL : below);
    }
  }
}
