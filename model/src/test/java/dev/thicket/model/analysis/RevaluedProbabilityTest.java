package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Re-evaluated diagrams give the very number a fresh analysis of the re-valued tree gives. */
class RevaluedProbabilityTest {

  @Property(tries = 300)
  void riskOfARevaluedTreeIsThatOfItsFreshAnalysis(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 6, 6, 3, seed % 3 == 0);
    Random random = new Random(~seed);
    List<Node> nodes = new ArrayList<>();
    for (Node node : tree.nodes().values()) {
      if (node.isLeaf() && random.nextBoolean()) {
        nodes.add(node.withLikelihood(likelihood(random)));
      } else if (node.id().equals(tree.root()) && random.nextBoolean()) {
        nodes.add(node.withImpact(Estimate.of(random.nextInt(1, 100) / 10.0)));
      }
    }
    List<Mitigation> mitigations = tree.mitigations().values().stream()
        .filter(m -> random.nextBoolean())
        .map(m -> m.withEffectiveness(random.nextDouble())).toList();
    AttackTree revalued = replaced(tree, nodes, mitigations);
    Map<Mode, Double> fresh = TreeAnalysis.probabilities(revalued, AnalysisMonitor.NONE);

    for (Mode mode : Mode.values()) {
      assertThat(new RevaluedProbability(tree, mode).risk(nodes, mitigations))
          .as("%s, seed %d", mode, seed)
          .isEqualTo(fresh.get(mode) * revalued.rootImpact());
    }
  }

  @Test
  void refusesANodeWhoseStructureChanged() {
    AttackTree tree = RandomTrees.generate(5, 4, 4, 0);
    Node guarded = tree.rootNode().withMitigations(List.of("elsewhere"));
    RevaluedProbability revalued = new RevaluedProbability(tree, Mode.RESIDUAL);

    assertThatThrownBy(() -> revalued.probability(List.of(guarded), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("node g0 changes the structure");
  }

  private static Estimate likelihood(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> null;
      case 1 -> Estimate.level("high");
      default -> Estimate.of(random.nextDouble());
    };
  }

  private static AttackTree replaced(AttackTree tree, List<Node> nodes,
      List<Mitigation> mitigations) {
    Map<String, Node> allNodes = new LinkedHashMap<>(tree.nodes());
    nodes.forEach(n -> allNodes.put(n.id(), n));
    Map<String, Mitigation> allMitigations = new LinkedHashMap<>(tree.mitigations());
    mitigations.forEach(m -> allMitigations.put(m.id(), m));
    return new AttackTree(tree.title(), tree.description(), tree.root(),
        List.copyOf(allNodes.values()), List.copyOf(allMitigations.values()), null,
        tree.settings(), tree.extensions());
  }
}
