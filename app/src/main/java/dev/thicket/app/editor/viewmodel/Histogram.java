package dev.thicket.app.editor.viewmodel;

import java.util.Arrays;

/**
 * Samples counted in equal bins: bin {@code i} holds the samples in [from + i·width, from +
 * (i+1)·width), the last bin its upper end too.
 */
public record Histogram(double from, double width, int[] counts) {

  public Histogram {
    counts = counts.clone();
  }

  /**
   * {@code samples} in {@code bins} bins from their least to their greatest value; when every
   * sample is the same, one bin of width zero holds them all. Cost: one pass over the samples.
   */
  public static Histogram of(double[] samples, int bins) {
    double min = Arrays.stream(samples).min().orElse(0);
    double max = Arrays.stream(samples).max().orElse(0);
    if (!(max > min)) {
      return new Histogram(min, 0, new int[] {samples.length});
    }
    double width = (max - min) / bins;
    int[] counts = new int[bins];
    for (double sample : samples) {
      counts[Math.min(bins - 1, (int) ((sample - min) / width))]++;
    }
    return new Histogram(min, width, counts);
  }

  public int[] counts() {
    return counts.clone();
  }

  public int bins() {
    return counts.length;
  }

  /** The upper end of the last bin. */
  public double to() {
    return from + width * counts.length;
  }

  /** The largest count of a bin. */
  public int peak() {
    return Arrays.stream(counts).max().orElse(0);
  }

  public int total() {
    return Arrays.stream(counts).sum();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Histogram that && from == that.from && width == that.width
        && Arrays.equals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(from) * 31 + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "Histogram[from=" + from + ", width=" + width + ", counts="
        + Arrays.toString(counts) + "]";
  }
}
