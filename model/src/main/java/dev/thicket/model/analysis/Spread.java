package dev.thicket.model.analysis;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * How a sampled number is spread: mean, sample standard deviation and the 5th, 50th and 95th
 * percentiles (Commons Statistics' default quantile estimate, Hyndman–Fan 8).
 */
public record Spread(double mean, double standardDeviation, double p5, double p50, double p95) {

  static Spread of(double[] samples) {
    double[] percentiles = Quantile.withDefaults().evaluate(samples.clone(), 0.05, 0.5, 0.95);
    double deviation = samples.length < 2 ? 0 : StandardDeviation.of(samples).getAsDouble();
    return new Spread(Mean.of(samples).getAsDouble(), deviation, percentiles[0], percentiles[1],
        percentiles[2]);
  }

  /** The {@code percent}-th percentile of {@code samples} (0..100). */
  static double percentile(double[] samples, double percent) {
    return Quantile.withDefaults().evaluate(samples.clone(), percent / 100);
  }
}
