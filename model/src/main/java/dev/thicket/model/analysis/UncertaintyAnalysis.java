package dev.thicket.model.analysis;

import dev.thicket.model.tree.AttackTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Monte Carlo over a tree's three-point estimates, exact per sample: the diagrams are built once
 * and re-evaluated with each sample's values (docs/analysis.md, "Uncertainty"). Samples are drawn
 * in blocks of {@link #BLOCK}; block b draws from its own stream seeded with (seed, b), values in
 * the order of {@link UncertaintyResult#ranged}, so the numbers do not depend on the threads.
 */
public final class UncertaintyAnalysis {
  static final int BLOCK = 1024;
  private static final RandomSource STREAM = RandomSource.XO_RO_SHI_RO_128_PP;
  private static final Mode[] MODES = Mode.values();

  private UncertaintyAnalysis() {}

  /**
   * Whether some estimate of {@code tree} is a range: a likelihood, an impact (of any node, though
   * only the goal's moves the risk) or an effectiveness. Only such trees are worth sampling; a
   * run's {@link UncertaintyResult#ranged} lists the ranges that move the goal's risk.
   */
  public static boolean hasRanges(AttackTree tree) {
    return tree.nodes().values().stream().anyMatch(node ->
            node.likelihood() != null && node.likelihood().isRange()
                || node.impact() != null && node.impact().isRange())
        || tree.mitigations().values().stream()
            .anyMatch(mitigation -> mitigation.effectivenessRange() != null);
  }

  public static UncertaintyResult run(AttackTree tree, UncertaintyOptions options) {
    return run(tree, options, AnalysisMonitor.NONE);
  }

  /**
   * Samples {@code options.samples()} times; the monitor may cancel ({@link
   * AnalysisCancelledException}); too large for memory: {@link AnalysisTooLargeException}.
   */
  public static UncertaintyResult run(AttackTree tree, UncertaintyOptions options,
      AnalysisMonitor monitor) {
    return DeepStack.call(() -> compute(tree, options, new Checkpoints(monitor)));
  }

  private static UncertaintyResult compute(AttackTree tree, UncertaintyOptions options,
      Checkpoints checkpoints) {
    checkpoints.stage("diagrams", 0, 0.3);
    SampleEvaluator evaluator = new SampleEvaluator(tree, checkpoints);
    int samples = options.samples();
    double[][] probability = new double[MODES.length][samples];
    double[][] risk = new double[MODES.length][samples];
    int blocks = (samples + BLOCK - 1) / BLOCK;
    int batch = Math.max(1, 2 * Runtime.getRuntime().availableProcessors());
    checkpoints.stage("samples", 0.3, 0.95);
    for (int first = 0; first < blocks; first += batch) {
      IntStream.range(first, Math.min(blocks, first + batch)).parallel().forEach(block ->
          sampleBlock(evaluator, options.seed(), block, Math.min(samples, (block + 1) * BLOCK),
              probability, risk));
      checkpoints.step(Math.min(blocks, first + batch), blocks);
    }
    checkpoints.stage("tornado", 0.95, 1.0);
    List<TornadoBar> tornado = tornado(evaluator);
    double highRisk = tree.settings().highRiskOrDefault();
    Map<Mode, Spread> probabilitySpread = new EnumMap<>(Mode.class);
    Map<Mode, Spread> riskSpread = new EnumMap<>(Mode.class);
    Map<Mode, Double> share = new EnumMap<>(Mode.class);
    Map<Mode, double[]> riskSamples = new EnumMap<>(Mode.class);
    for (Mode mode : MODES) {
      riskSamples.put(mode, risk[mode.ordinal()]);
      probabilitySpread.put(mode, Spread.of(probability[mode.ordinal()]));
      riskSpread.put(mode, Spread.of(risk[mode.ordinal()]));
      share.put(mode, (double) java.util.Arrays.stream(risk[mode.ordinal()])
          .filter(r -> r >= highRisk).count() / samples);
    }
    checkpoints.done();
    return new UncertaintyResult(options, evaluator.ranged, highRisk, probabilitySpread,
        riskSpread, share, tornado, riskSamples);
  }

  /** Samples block {@code block}: indices block·BLOCK up to {@code end}. */
  private static void sampleBlock(SampleEvaluator evaluator, long seed, int block, int end,
      double[][] probability, double[][] risk) {
    UniformRandomProvider random = STREAM.create(new long[] {seed, block});
    List<DoubleSupplier> draws = new ArrayList<>();
    for (RangedValue value : evaluator.ranged) {
      draws.add(Pert.sampler(value, random));
    }
    SampleEvaluator.Scratch scratch = evaluator.new Scratch();
    double[] values = new double[draws.size()];
    double[] p = new double[MODES.length];
    for (int i = block * BLOCK; i < end; i++) {
      for (int r = 0; r < values.length; r++) {
        values[r] = draws.get(r).getAsDouble();
      }
      evaluator.probabilities(values, scratch, p);
      double impact = evaluator.impact(values);
      for (int mode = 0; mode < MODES.length; mode++) {
        probability[mode][i] = p[mode];
        risk[mode][i] = p[mode] * impact;
      }
    }
  }

  /** Residual risk with each value at its low and high end, the others most likely. */
  private static List<TornadoBar> tornado(SampleEvaluator evaluator) {
    SampleEvaluator.Scratch scratch = evaluator.new Scratch();
    double[] p = new double[MODES.length];
    List<TornadoBar> bars = new ArrayList<>();
    for (int r = 0; r < evaluator.ranged.size(); r++) {
      RangedValue value = evaluator.ranged.get(r);
      double[] values = evaluator.likely();
      values[r] = value.low();
      evaluator.probabilities(values, scratch, p);
      double atLow = p[Mode.RESIDUAL.ordinal()] * evaluator.impact(values);
      values[r] = value.high();
      evaluator.probabilities(values, scratch, p);
      double atHigh = p[Mode.RESIDUAL.ordinal()] * evaluator.impact(values);
      bars.add(new TornadoBar(value, atLow, atHigh));
    }
    bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed());
    return bars;
  }
}
