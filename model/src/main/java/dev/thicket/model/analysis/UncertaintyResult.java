package dev.thicket.model.analysis;

import java.util.List;
import java.util.Map;

/**
 * A Monte Carlo run over a tree's ranged estimates (docs/analysis.md, "Uncertainty").
 *
 * @param ranged the estimates that were sampled (a tree without ranges has none, and every
 *     sample is the exact point value)
 * @param probability spread of the goal's probability per mode
 * @param risk spread of the goal's risk per mode
 * @param shareAtOrAboveHighRisk per mode, the share of samples whose risk is at or above {@code
 *     highRiskThreshold}
 * @param tornado the residual risk with each ranged value at its low and high end, largest swing
 *     first
 * @param riskSamples the risk of every sample per mode, in sample order
 */
public record UncertaintyResult(
    UncertaintyOptions options,
    List<RangedValue> ranged,
    double highRiskThreshold,
    Map<Mode, Spread> probability,
    Map<Mode, Spread> risk,
    Map<Mode, Double> shareAtOrAboveHighRisk,
    List<TornadoBar> tornado,
    Map<Mode, double[]> riskSamples) {

  public UncertaintyResult {
    ranged = List.copyOf(ranged);
    probability = Map.copyOf(probability);
    risk = Map.copyOf(risk);
    shareAtOrAboveHighRisk = Map.copyOf(shareAtOrAboveHighRisk);
    tornado = List.copyOf(tornado);
    Map<Mode, double[]> copies = new java.util.EnumMap<>(Mode.class);
    riskSamples.forEach((mode, samples) -> copies.put(mode, samples.clone()));
    riskSamples = java.util.Collections.unmodifiableMap(copies);
  }

  /** The risk of every sample in {@code mode}, in sample order (a copy). */
  public double[] riskSamples(Mode mode) {
    return riskSamples.get(mode).clone();
  }

  /** The residual risk of every sample, in sample order (a copy). */
  public double[] residualRiskSamples() {
    return riskSamples(Mode.RESIDUAL);
  }

  /** The {@code percent}-th percentile (0..100) of the risk in {@code mode}. */
  public double riskPercentile(Mode mode, double percent) {
    return Spread.percentile(riskSamples.get(mode), percent);
  }
}
