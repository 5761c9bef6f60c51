package dev.thicket.app.bench;

import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.ImportanceShare;

/**
 * The deadline of a row's run with importance ({@link Deadline}) that also remembers how far the
 * importance stage got: its share done when the deadline struck ({@link ImportanceShare}).
 */
final class ImportanceReach implements AnalysisMonitor {
  private final AnalysisMonitor deadline;
  private final ImportanceShare share = new ImportanceShare();

  ImportanceReach(long startNanos, int seconds) {
    deadline = Deadline.after(startNanos, seconds);
  }

  @Override
  public void progress(String stage, double fraction) {
    share.see(stage, fraction);
  }

  @Override
  public boolean cancelled() {
    return deadline.cancelled();
  }

  /** The share of the importance stage done, 0..1; NaN when the stage never started. */
  double done() {
    return share.done();
  }
}
