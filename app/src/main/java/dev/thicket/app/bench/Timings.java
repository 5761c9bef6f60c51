package dev.thicket.app.bench;

import java.util.Arrays;

/** Durations of the timed runs of one benchmark row, in nanoseconds. */
final class Timings {
  private final long[] load;
  private final long[] analysis;
  private final long[] total;

  Timings(int runs) {
    load = new long[runs];
    analysis = new long[runs];
    total = new long[runs];
  }

  void add(int run, long loadNanos, long analysisNanos) {
    load[run] = loadNanos;
    analysis[run] = analysisNanos;
    total[run] = loadNanos + analysisNanos;
  }

  long medianLoad() {
    return median(load);
  }

  long medianAnalysis() {
    return median(analysis);
  }

  /** The median of the per-run sums, not the sum of the medians. */
  long medianTotal() {
    return median(total);
  }

  static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
