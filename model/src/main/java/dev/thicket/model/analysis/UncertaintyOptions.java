package dev.thicket.model.analysis;

/**
 * How many samples a Monte Carlo run draws and from which seed. The same seed gives the same
 * numbers, whatever the number of threads.
 */
public record UncertaintyOptions(int samples, long seed) {
  public static final int DEFAULT_SAMPLES = 10_000;
  public static final long DEFAULT_SEED = 1;
  /** More samples than this are refused (the residual risk of each is kept: 8 bytes a sample). */
  public static final int MAX_SAMPLES = 10_000_000;
  public static final UncertaintyOptions DEFAULT =
      new UncertaintyOptions(DEFAULT_SAMPLES, DEFAULT_SEED);

  public UncertaintyOptions {
    if (samples < 1 || samples > MAX_SAMPLES) {
      throw new IllegalArgumentException(
          "the number of samples is between 1 and " + MAX_SAMPLES + ", not " + samples);
    }
  }
}
