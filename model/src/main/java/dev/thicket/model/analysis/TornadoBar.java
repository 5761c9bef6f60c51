package dev.thicket.model.analysis;

/**
 * One bar of a tornado chart: the residual risk with {@code value} at its low end and at its high
 * end, every other estimate at its most likely value.
 */
public record TornadoBar(RangedValue value, double riskAtLow, double riskAtHigh) {

  /** How far the risk moves across the range: |riskAtHigh − riskAtLow|. */
  public double swing() {
    return Math.abs(riskAtHigh - riskAtLow);
  }
}
