package dev.thicket.model.analysis;

import java.util.function.DoubleSupplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * Beta-PERT with λ = 4 on [low, high] with mode {@code likely}: low + (high − low) · B, B ~
 * Beta(1 + 4 (likely − low) / (high − low), 1 + 4 (high − likely) / (high − low)). Its mean is
 * (low + 4 likely + high) / 6. A range of width zero is its single value.
 */
final class Pert {
  static final double LAMBDA = 4;

  private Pert() {}

  /** Draws of {@code value} from {@code random}. */
  static DoubleSupplier sampler(RangedValue value, UniformRandomProvider random) {
    double low = value.low();
    double width = value.high() - low;
    if (!(width > 0)) {
      return value::likely;
    }
    double alpha = 1 + LAMBDA * (value.likely() - low) / width;
    double beta = 1 + LAMBDA * (value.high() - value.likely()) / width;
    ContinuousDistribution.Sampler unit = BetaDistribution.of(alpha, beta).createSampler(random);
    double high = value.high();
    return () -> Math.min(high, Math.max(low, low + width * unit.sample()));
  }
}
