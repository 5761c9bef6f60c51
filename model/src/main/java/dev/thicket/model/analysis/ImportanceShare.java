package dev.thicket.model.analysis;

/**
 * How far the importance of every node has got, read off an analysis's progress ({@link
 * AnalysisMonitor#progress}): the importance stage's first report is its start, and the analysis
 * ends at 1. Safe to read from another thread.
 */
public final class ImportanceShare {
  private volatile double start = Double.NaN;
  private volatile double last = Double.NaN;

  /** Takes one report of the analysis's progress. */
  public void see(String stage, double fraction) {
    if (TreeAnalysis.IMPORTANCE_STAGE.equals(stage)) {
      if (Double.isNaN(start)) {
        start = fraction;
      }
      last = fraction;
    }
  }

  /** The share of the importance stage done, 0..1; NaN when the stage never started. */
  public double done() {
    return Double.isNaN(start) || start >= 1 ? Double.NaN : (last - start) / (1 - start);
  }
}
