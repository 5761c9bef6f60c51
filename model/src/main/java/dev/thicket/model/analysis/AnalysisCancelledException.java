package dev.thicket.model.analysis;

/** The analysis was stopped by its {@link AnalysisMonitor}. */
public final class AnalysisCancelledException extends RuntimeException {
  public AnalysisCancelledException() {
    super("analysis cancelled");
  }
}
