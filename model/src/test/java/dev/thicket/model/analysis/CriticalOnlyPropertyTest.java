package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The analysis of the critical nodes alone ({@link AnalysisOptions#onlyCriticalNodes}, {@link
 * CriticalCandidates}) against enumeration of every outcome with each node forced: a node left
 * pending cannot be critical, every node measured has its exact measures, and the critical nodes
 * are those of the full analysis; on random DAGs with shared nodes, shared mitigations and k-of-n
 * gates (a third non-coherent), hub trees and ladders, at several thresholds, in every mode.
 */
class CriticalOnlyPropertyTest {
  private static final double EPS = 1e-9;
  private static final double RELATIVE = 1e-6;
  private static final double[] THRESHOLDS = {0.01, 0.05, 0.1, 0.2, 0.5, 0.9};
  private static final String NON_COHERENT_LEFT_OUT = "non-coherent, a gate left out";

  @Property(tries = 600)
  void randomAndHubTrees(@ForAll long seed) {
    check(HubTrees.orRandom(seed, 8, 7, 3), seed);
    Statistics.label(NON_COHERENT_LEFT_OUT)
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
  }

  @Property(tries = 200)
  void ladders(@ForAll long seed) {
    check(RandomTrees.ladders(seed), seed);
  }

  /**
   * The check of a long absorption walk against the other child's cut only skips walks that could
   * not leave the node out: with every walk checked first, the same nodes are left out as with
   * none checked.
   */
  @Property(tries = 400)
  void checkingWalksAgainstCutsLeavesOutTheSameNodes(@ForAll long seed) {
    AttackTree tree = seed % 2 == 0 ? HubTrees.orRandom(seed, 8, 7, 3) : RandomTrees.ladders(seed);
    Mode mode = Mode.values()[Math.floorMod(seed, Mode.values().length)];
    double threshold = THRESHOLDS[Math.floorMod(seed / 3, THRESHOLDS.length)];

    List<String> everyWalkChecked = pending(tree, mode, threshold, 0);
    List<String> noneChecked = pending(tree, mode, threshold, Long.MAX_VALUE);

    assertThat(everyWalkChecked).as("seed %d", seed).isEqualTo(noneChecked);
    Statistics.collect(!noneChecked.isEmpty());
    Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p >= 20));
  }

  /**
   * The candidates over others measured first, whatever it costs (decision 48): their exact
   * Fussell–Vesely importance then bounds the nodes they dominate; a node left pending cannot be
   * critical, and every node measured, in either round, has its enumerated measures.
   */
  @Property(tries = 400)
  void dominatorsMeasuredFirstBoundTheNodesBelow(@ForAll long seed) {
    AttackTree tree = seed % 2 == 0 ? HubTrees.orRandom(seed, 8, 7, 3) : RandomTrees.ladders(seed);
    Mode mode = Mode.values()[Math.floorMod(seed, Mode.values().length)];
    double threshold = THRESHOLDS[Math.floorMod(seed / 3, THRESHOLDS.length)];
    BruteForce brute = new BruteForce(tree);
    double top = brute.probabilityOfAll(mode, tree.root());

    List<NodeImportance> nodes = new ImportanceMeasures(EveryGateDiagrams.of(tree, mode),
        new Checkpoints(AnalysisMonitor.NONE)).onlyCriticalDominatorsFirst()
        .compute(threshold, tree.rootImpact());

    for (NodeImportance node : nodes) {
      if (node.pending()) {
        double blocked = brute.probabilityForcing(mode, node.id(), false);
        assertThat(top > 0 ? (top - blocked) / top : 0)
            .as("left out, so not critical: %s at %s, seed %d", node.id(), threshold, seed)
            .isLessThan(threshold);
      }
    }
    ForcedMeasures.assertExact(brute, mode, tree.root(), tree.rootImpact(),
        nodes.stream().filter(node -> !node.pending()).toList(), EPS,
        " at " + threshold + ", seed " + seed);
    Statistics.collect(nodes.stream().anyMatch(NodeImportance::pending));
    Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p >= 20));
  }

  private static List<String> pending(AttackTree tree, Mode mode, double threshold,
      long shortWalk) {
    return new ImportanceMeasures(EveryGateDiagrams.of(tree, mode),
        new Checkpoints(AnalysisMonitor.NONE)).onlyCritical(shortWalk).compute(threshold, 1)
        .stream().filter(NodeImportance::pending).map(NodeImportance::id).toList();
  }

  private static void check(AttackTree tree, long seed) {
    Mode mode = Mode.values()[Math.floorMod(seed, Mode.values().length)];
    double threshold = THRESHOLDS[Math.floorMod(seed / 3, THRESHOLDS.length)];
    AnalysisOptions options = new AnalysisOptions(Mode.RESIDUAL, AnalysisOptions.DEFAULT_TOP,
        new AnalysisSettings(threshold, null)).withImportanceMode(mode);
    BruteForce brute = new BruteForce(tree);
    double top = brute.probabilityOfAll(mode, tree.root());

    AnalysisResult only = TreeAnalysis.run(tree, options.withOnlyCriticalNodes());
    AnalysisResult all = TreeAnalysis.run(tree, options);

    assertThat(only.nodes()).hasSize(tree.nodes().size());
    assertThat(only.criticalNodes()).as("critical nodes, seed %d", seed)
        .isEqualTo(all.criticalNodes());
    for (NodeImportance node : only.nodes()) {
      String what = node.id() + " in " + mode + " at " + threshold + ", seed " + seed;
      double blocked = brute.probabilityForcing(mode, node.id(), false);
      assertThat(node.probability()).as("P %s", what)
          .isCloseTo(brute.probabilityOfAll(mode, node.id()), within(EPS));
      if (node.pending()) {
        assertThat(top > 0 ? (top - blocked) / top : 0).as("left out, so not critical: %s", what)
            .isLessThan(threshold);
      } else if (top > EPS) {
        assertThat(node.fussellVesely()).as("Fussell–Vesely %s", what)
            .isCloseTo((top - blocked) / top, within(RELATIVE));
      }
    }
    ForcedMeasures.assertExact(brute, mode, tree.root(), tree.rootImpact(),
        only.nodes().stream().filter(node -> !node.pending()).toList(), EPS,
        " at " + threshold + ", seed " + seed);
    List<String> pending = only.nodes().stream().filter(NodeImportance::pending)
        .map(NodeImportance::id).toList();
    assertThat(all.nodes().stream().filter(NodeImportance::pending)).isEmpty();
    assertThat(all.criticalNodes()).as("only nodes that are not critical left out")
        .noneMatch(pending::contains);
    // Non-coherent trees with gates left out: the bounds of decision 50 at work.
    boolean nonCoherent = tree.nodes().values().stream()
        .anyMatch(node -> node.gate().isNonCoherent());
    boolean gateLeftOut = only.nodes().stream()
        .anyMatch(node -> node.pending() && !tree.node(node.id()).isLeaf());
    Statistics.label(NON_COHERENT_LEFT_OUT).collect(nonCoherent && gateLeftOut);
  }
}
