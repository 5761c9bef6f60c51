package dev.thicket.app.bench;

import dev.thicket.model.analysis.AnalysisMonitor;

/** A monitor that cancels a computation once {@code seconds} have passed since {@code start}. */
final class Deadline {
  private Deadline() {}

  static AnalysisMonitor after(long startNanos, int seconds) {
    long deadline = startNanos + seconds * 1_000_000_000L;
    return new AnalysisMonitor() {
      @Override
      public void progress(String stage, double fraction) {}

      @Override
      public boolean cancelled() {
        return System.nanoTime() > deadline;
      }
    };
  }
}
