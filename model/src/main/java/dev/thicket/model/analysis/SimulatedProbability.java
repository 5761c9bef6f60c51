package dev.thicket.model.analysis;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A simulated probability: {@code hits} of {@code samples} independent outcomes achieved the goal;
 * {@code lower}–{@code upper} is the Wilson score interval at {@code confidence} (two-sided).
 */
public record SimulatedProbability(long samples, long hits, double confidence, double lower,
    double upper) {

  /** The interval of {@code hits} in {@code samples} at {@code confidence}, in (0, 1). */
  public static SimulatedProbability of(long samples, long hits, double confidence) {
    if (samples <= 0 || hits < 0 || hits > samples || !(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "need 0 ≤ hits ≤ samples, samples > 0 and a confidence in (0, 1)");
    }
    double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.5 + confidence / 2);
    double n = samples;
    double p = hits / n;
    double z2n = z * z / n;
    double centre = (p + z2n / 2) / (1 + z2n);
    double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
    return new SimulatedProbability(samples, hits, confidence, Math.max(0, centre - half),
        Math.min(1, centre + half));
  }

  /** The estimate: the fraction of samples that achieved the goal. */
  public double estimate() {
    return (double) hits / samples;
  }

  public boolean contains(double probability) {
    return probability >= lower && probability <= upper;
  }
}
