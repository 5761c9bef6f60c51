package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Monte Carlo over three-point estimates against enumeration and closed forms. */
class UncertaintyPropertyTest {
  private static final double EPS = 1e-9;

  /** Every sample is exact: the evaluator's P equals enumeration of the tree with those values. */
  @Property(tries = 300)
  void eachSampleIsTheExactProbabilityOfTheTreeWithItsValues(@ForAll long seed) {
    AttackTree tree = withRanges(RandomTrees.generate(seed, 6, 6, 3), new Random(seed));
    SampleEvaluator evaluator =
        new SampleEvaluator(tree, new Checkpoints(AnalysisMonitor.NONE));
    Random random = new Random(~seed);
    for (int draw = 0; draw < 3; draw++) {
      double[] values = new double[evaluator.ranged.size()];
      for (int r = 0; r < values.length; r++) {
        RangedValue value = evaluator.ranged.get(r);
        values[r] = value.low() + (value.high() - value.low()) * random.nextDouble();
      }
      double[] probability = new double[Mode.values().length];
      evaluator.probabilities(values, evaluator.new Scratch(), probability);
      BruteForce brute = new BruteForce(pointTree(tree, evaluator.ranged, values));
      for (Mode mode : Mode.values()) {
        assertThat(probability[mode.ordinal()]).as("%s, seed %d", mode, seed)
            .isCloseTo(brute.probabilityOfAll(mode, tree.root()), within(EPS));
      }
      assertThat(evaluator.impact(values))
          .isEqualTo(pointTree(tree, evaluator.ranged, values).rootImpact());
    }
  }

  @Property(tries = 100)
  void tornadoBarsAreTheRiskOfTheTreeWithOneValueAtEachEnd(@ForAll long seed) {
    AttackTree tree = withRanges(RandomTrees.generate(seed, 5, 5, 3), new Random(seed));
    UncertaintyResult result = UncertaintyAnalysis.run(tree, new UncertaintyOptions(10, seed));
    assertThat(result.tornado()).hasSameSizeAs(result.ranged());
    double[] likely = result.ranged().stream().mapToDouble(RangedValue::likely).toArray();
    double previousSwing = Double.POSITIVE_INFINITY;
    for (TornadoBar bar : result.tornado()) {
      int r = result.ranged().indexOf(bar.value());
      double[] values = likely.clone();
      values[r] = bar.value().low();
      assertThat(bar.riskAtLow()).isCloseTo(residualRisk(tree, result.ranged(), values),
          within(EPS));
      values[r] = bar.value().high();
      assertThat(bar.riskAtHigh()).isCloseTo(residualRisk(tree, result.ranged(), values),
          within(EPS));
      assertThat(bar.swing()).isLessThanOrEqualTo(previousSwing);
      previousSwing = bar.swing();
    }
  }

  @Property(tries = 100)
  void zeroWidthRangesGiveTheExactValueInEverySample(@ForAll long seed) {
    AttackTree ranged = withRanges(RandomTrees.generate(seed, 6, 6, 3), new Random(seed));
    AttackTree zeroWidth = zeroWidth(ranged);
    AnalysisResult exact = TreeAnalysis.run(zeroWidth, AnalysisOptions.DEFAULT);

    UncertaintyResult result = UncertaintyAnalysis.run(zeroWidth, new UncertaintyOptions(50, 7));

    for (double risk : result.residualRiskSamples()) {
      assertThat(risk).isCloseTo(exact.risk().get(Mode.RESIDUAL), within(EPS));
    }
    for (Mode mode : Mode.values()) {
      Spread spread = result.probability().get(mode);
      assertThat(spread.p5()).isCloseTo(exact.probability().get(mode), within(EPS));
      assertThat(spread.p95()).isCloseTo(exact.probability().get(mode), within(EPS));
      assertThat(spread.standardDeviation()).isCloseTo(0, within(EPS));
    }
  }

  @Property(tries = 30)
  void theSameSeedGivesTheSameSamplesWhateverTheThreads(@ForAll long seed) throws Exception {
    AttackTree tree = withRanges(RandomTrees.generate(seed, 6, 6, 3), new Random(seed));
    UncertaintyOptions options = new UncertaintyOptions(3 * UncertaintyAnalysis.BLOCK + 17, seed);

    double[] parallel = UncertaintyAnalysis.run(tree, options).residualRiskSamples();
    ForkJoinPool single = new ForkJoinPool(1);
    double[] oneThread;
    try {
      oneThread = single.submit(() -> UncertaintyAnalysis.run(tree, options)).get()
          .residualRiskSamples();
    } finally {
      single.shutdown();
    }

    assertThat(oneThread).containsExactly(parallel);
    if (!parallelRangesAreAllFixed(tree)) {
      double[] otherSeed = UncertaintyAnalysis.run(tree,
          new UncertaintyOptions(options.samples(), seed + 1)).residualRiskSamples();
      assertThat(otherSeed).isNotEqualTo(parallel);
    }
  }

  /**
   * Without sharing every value appears once, so the expected P is the tree evaluated at every
   * value's mean: the Monte Carlo mean at 10^6 samples lies within 3 standard errors of it.
   */
  @Test
  void theMeanOfATreeWithoutSharingIsTheTreeAtTheMeanValues() {
    AttackTree tree = new TreeBuilder()
        .gate("goal", Gate.OR, "a", "b")
        .gate("a", Gate.AND, "a1", "a2")
        .leaf("b", Estimate.of(0.1).withRange(Range.of(0.02, 0.4)))
        .leaf("a1", Estimate.of(0.6).withRange(Range.of(0.1, 0.7)))
        .leaf("a2", Estimate.of(0.3).withRange(Range.of(0.3, 0.9)))
        .build();
    UncertaintyResult result = UncertaintyAnalysis.run(tree, new UncertaintyOptions(1_000_000, 3));

    double a1 = (0.1 + 4 * 0.6 + 0.7) / 6;
    double a2 = (0.3 + 4 * 0.3 + 0.9) / 6;
    double b = (0.02 + 4 * 0.1 + 0.4) / 6;
    double expected = 1 - (1 - a1 * a2) * (1 - b);
    Spread spread = result.probability().get(Mode.RESIDUAL);
    double standardError = spread.standardDeviation() / Math.sqrt(1_000_000);
    assertThat(spread.mean()).isCloseTo(expected, within(3 * standardError));
    assertThat(standardError).isPositive().isLessThan(1e-3);
  }

  private static boolean parallelRangesAreAllFixed(AttackTree tree) {
    return UncertaintyAnalysis.run(tree, new UncertaintyOptions(1, 1)).ranged().stream()
        .allMatch(value -> value.low() == value.high());
  }

  /** Ranges around every estimated leaf, every mitigation and the goal's impact. */
  static AttackTree withRanges(AttackTree tree, Random random) {
    List<Node> nodes = new ArrayList<>();
    for (Node node : tree.nodes().values()) {
      if (node.isLeaf() && node.likelihood() != null && !node.likelihood().isLevel()) {
        double likely = node.likelihood().value();
        nodes.add(node.withLikelihood(Estimate.of(likely).withRange(
            Range.of(likely * random.nextDouble(), likely + (1 - likely) * random.nextDouble()))));
      } else if (node.id().equals(tree.root())) {
        nodes.add(node.withImpact(Estimate.of(5).withRange(Range.of(2, 9))));
      }
    }
    AttackTree ranged = tree.withNodes(nodes);
    for (Mitigation mitigation : tree.mitigations().values()) {
      double likely = mitigation.effectiveness();
      ranged = ranged.withMitigation(mitigation.withEffectiveness(Estimate.of(likely).withRange(
          Range.of(likely * random.nextDouble(), likely + (1 - likely) * random.nextDouble()))));
    }
    return ranged;
  }

  /** Every range narrowed to its most likely value. */
  private static AttackTree zeroWidth(AttackTree tree) {
    List<Node> nodes = new ArrayList<>();
    for (Node node : tree.nodes().values()) {
      Node narrowed = node;
      if (node.likelihood() != null && node.likelihood().isRange()) {
        narrowed = narrowed.withLikelihood(narrow(node.likelihood()));
      }
      if (node.impact() != null && node.impact().isRange()) {
        narrowed = narrowed.withImpact(narrow(node.impact()));
      }
      nodes.add(narrowed);
    }
    AttackTree zeroWidth = tree.withNodes(nodes);
    for (Mitigation mitigation : tree.mitigations().values()) {
      zeroWidth = zeroWidth.withMitigation(
          mitigation.withEffectiveness(narrow(mitigation.effectivenessEstimate())));
    }
    return zeroWidth;
  }

  private static Estimate narrow(Estimate estimate) {
    Estimate likely = estimate.likely();
    return likely.withRange(new Range(likely, likely));
  }

  /** {@code tree} with each ranged value replaced by the single number in {@code values}. */
  private static AttackTree pointTree(AttackTree tree, List<RangedValue> ranged,
      double[] values) {
    AttackTree point = tree;
    for (int r = 0; r < values.length; r++) {
      RangedValue value = ranged.get(r);
      Estimate single = Estimate.of(values[r]);
      point = switch (value.kind()) {
        case LIKELIHOOD -> point.withNode(point.node(value.id()).withLikelihood(single));
        case IMPACT -> point.withNode(point.node(value.id()).withImpact(single));
        case EFFECTIVENESS -> point.withMitigation(
            point.mitigations().get(value.id()).withEffectiveness(values[r]));
      };
    }
    return point;
  }

  private static double residualRisk(AttackTree tree, List<RangedValue> ranged,
      double[] values) {
    AttackTree point = pointTree(tree, ranged, values);
    return new BruteForce(point).probabilityOfAll(Mode.RESIDUAL, point.root())
        * point.rootImpact();
  }
}
