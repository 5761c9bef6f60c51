package dev.thicket.model.analysis;

import java.util.function.BooleanSupplier;

/** Reports progress to the monitor and stops the analysis when it asks to. */
final class Checkpoints implements Runnable {
  private final AnalysisMonitor monitor;
  /** The analysis's own monitor (for a worker's checkpoints, not the worker's). */
  private final AnalysisMonitor analysis;
  private String stage = "";
  private double from;
  private double to;
  /** The current stage's whole range; {@link #from}..{@link #to} may be a part of it. */
  private double stageFrom;
  private double stageTo;

  Checkpoints(AnalysisMonitor monitor) {
    this(monitor, monitor);
  }

  private Checkpoints(AnalysisMonitor monitor, AnalysisMonitor analysis) {
    this.monitor = monitor;
    this.analysis = analysis;
  }

  /** Enter a stage covering [from, to] of the whole analysis. */
  void stage(String name, double stageFrom, double stageTo) {
    stage = name;
    from = stageFrom;
    to = stageTo;
    this.stageFrom = stageFrom;
    this.stageTo = stageTo;
    monitor.progress(name, stageFrom);
    run();
  }

  /**
   * Steps from now on fill the part [start, end] (shares of it) of the current stage, for a stage
   * done in rounds: its progress then never goes back when a round starts counting again.
   */
  void part(double start, double end) {
    from = stageFrom + (stageTo - stageFrom) * start;
    to = stageFrom + (stageTo - stageFrom) * end;
  }

  /** Within the current stage, {@code done} of {@code total} steps are done. */
  void step(long done, long total) {
    if (total > 0) {
      monitor.progress(stage, from + (to - from) * Math.min(1.0, (double) done / total));
    }
    run();
  }

  /**
   * Checkpoints for one of several threads working on the current stage: they stop when the
   * monitor cancels or when {@code stopped} says so (another thread failed), and report progress
   * only if {@code reports}.
   */
  Checkpoints worker(BooleanSupplier stopped, boolean reports) {
    Checkpoints worker = new Checkpoints(new AnalysisMonitor() {
      @Override
      public void progress(String name, double fraction) {
        if (reports) {
          monitor.progress(name, fraction);
        }
      }

      @Override
      public boolean cancelled() {
        return stopped.getAsBoolean() || monitor.cancelled();
      }
    }, analysis);
    worker.stage = stage;
    worker.from = from;
    worker.to = to;
    return worker;
  }

  /** Throws {@link AnalysisCancelledException} when the monitor has cancelled. */
  @Override
  public void run() {
    if (monitor.cancelled()) {
      throw new AnalysisCancelledException();
    }
  }

  /**
   * Whether the analysis itself is cancelled, not only this worker stopped (another one failed):
   * it then ends with {@link AnalysisCancelledException} and its diagrams are dropped whole.
   */
  boolean analysisCancelled() {
    return analysis.cancelled();
  }

  /** Hands the monitor the result without the importance ({@link AnalysisMonitor}). */
  void beforeImportance(AnalysisResult result) {
    monitor.beforeImportance(result);
  }

  void done() {
    monitor.progress("done", 1.0);
  }
}
