package dev.thicket.app.bench;

import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.TreeAnalysis;

/**
 * The deadline of a row's run with importance ({@link Deadline}) that also remembers how far the
 * importance stage got: its share done when the deadline struck, from the stage's progress (its
 * first report is its start; the analysis ends at 1).
 */
final class ImportanceReach implements AnalysisMonitor {
  private final AnalysisMonitor deadline;
  private volatile double start = Double.NaN;
  private volatile double last = Double.NaN;

  ImportanceReach(long startNanos, int seconds) {
    deadline = Deadline.after(startNanos, seconds);
  }

  @Override
  public void progress(String stage, double fraction) {
    if (TreeAnalysis.IMPORTANCE_STAGE.equals(stage)) {
      if (Double.isNaN(start)) {
        start = fraction;
      }
      last = fraction;
    }
  }

  @Override
  public boolean cancelled() {
    return deadline.cancelled();
  }

  /** The share of the importance stage done, 0..1; NaN when the stage never started. */
  double done() {
    return Double.isNaN(start) || start >= 1 ? Double.NaN : (last - start) / (1 - start);
  }
}
