package dev.thicket.model.score;

/**
 * The five risk bands placed around the high-risk threshold t: below t/10, below t/3, below t,
 * below 3t, and 3t or more. Every view colours by band (the editor's cards, the reports' diagrams
 * and risk matrices), so "the reddest" means the same everywhere: at least three times the
 * threshold.
 */
public record RiskBands(double threshold) {
  /** Number of bands. */
  public static final int COUNT = 5;

  private static final double[] FACTORS = {0.1, 1.0 / 3, 1, 3};

  public RiskBands {
    if (!(threshold >= 0) || Double.isInfinite(threshold)) {
      throw new IllegalArgumentException("a threshold is a finite number ≥ 0: " + threshold);
    }
  }

  /** The band of {@code risk}: 0 (lowest) to 4. */
  public int band(double risk) {
    for (int band = 0; band < FACTORS.length; band++) {
      if (risk < threshold * FACTORS[band]) {
        return band;
      }
    }
    return FACTORS.length;
  }

  /** The lowest risk in {@code band} (0 for the first). */
  public double lower(int band) {
    return band == 0 ? 0 : threshold * FACTORS[band - 1];
  }

  /** The risk at which {@code band} ends (infinite for the last). */
  public double upper(int band) {
    return band == FACTORS.length ? Double.POSITIVE_INFINITY : threshold * FACTORS[band];
  }
}
