package dev.thicket.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.analysis.RandomTrees;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.InvalidTreeException;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The fast v(S) ({@link SubsetRisk}: diagrams built per structure, re-evaluated per subset)
 * against the reference (every subset's tree built and analysed from scratch), number for number.
 */
class AttributionSpeedPropertyTest {

  @Property(tries = 200)
  void everySubsetHasTheReferenceRisk(@ForAll long seed) {
    AttackTree old = RandomTrees.generate(seed, 5, 6, 3);
    AttackTree neu = revalued(RandomEdits.of(old, seed * 31 + 7), seed);
    ChangeUnits units = new ChangeUnits(new Structure(old, neu), false);
    SubsetRisk fast = new SubsetRisk(units);
    int n = Math.min(units.units().size(), 8);

    for (int mask = 0; mask < 1 << n; mask++) {
      List<ChangeUnit> chosen = RiskAttribution.chosen(units.units(), mask);
      assertThat(fast.of(chosen)).as("subset %d, seed %d", mask, seed)
          .isEqualTo(RiskAttribution.residualRisk(units.apply(chosen)));
    }
  }

  @Property(tries = 200)
  void attributionIsTheReferenceAttribution(@ForAll long seed) {
    AttackTree old = RandomTrees.generate(seed, 5, 6, 3);
    AttackTree neu = revalued(RandomEdits.of(old, seed ^ 0x2545F491L), seed);
    Structure structure = new Structure(old, neu);

    assertThat(RiskAttribution.of(structure)).as("seed %d", seed)
        .isEqualTo(reference(structure, ChangeUnits.SHAPLEY_LIMIT));
  }

  @Property(tries = 100)
  void sequentialAttributionIsTheReferenceAttribution(@ForAll long seed) {
    AttackTree old = RandomTrees.generate(seed, 5, 6, 3);
    AttackTree neu = revalued(RandomEdits.of(old, seed + 11), seed);
    ChangeUnits units = new ChangeUnits(new Structure(old, neu), false);

    assertThat(RiskAttribution.ofSubsets(units, new SubsetRisk(units), -1)).as("seed %d", seed)
        .isEqualTo(RiskAttribution.of(units, RiskAttribution::residualRisk, -1));
  }

  private static Attribution reference(Structure structure, int limit) {
    try {
      return RiskAttribution.of(new ChangeUnits(structure, false),
          RiskAttribution::residualRisk, limit);
    } catch (InvalidTreeException fineUnitsClash) {
      return RiskAttribution.of(new ChangeUnits(structure, true),
          RiskAttribution::residualRisk, limit);
    }
  }

  /**
   * {@code tree} with more value-only edits than {@link RandomEdits} makes: the root's impact,
   * level names as likelihoods, and mitigation effectiveness.
   */
  private static AttackTree revalued(AttackTree tree, long seed) {
    Random random = new Random(seed * 7 + 1);
    Map<String, Node> nodes = new LinkedHashMap<>(tree.nodes());
    Node root = tree.rootNode();
    if (random.nextBoolean()) {
      nodes.put(root.id(), root.withImpact(Estimate.of(random.nextInt(1, 100) / 10.0)));
    }
    for (Node node : tree.nodes().values()) {
      if (node.isLeaf() && random.nextInt(6) == 0) {
        nodes.put(node.id(), node.withLikelihood(random.nextBoolean() ? Estimate.level("low")
            : null));
      }
    }
    Map<String, Mitigation> mitigations = new LinkedHashMap<>(tree.mitigations());
    mitigations.replaceAll((id, m) -> random.nextInt(3) == 0
        ? m.withEffectiveness(random.nextDouble()) : m);
    return new AttackTree(tree.title(), tree.description(), tree.root(),
        List.copyOf(nodes.values()), List.copyOf(mitigations.values()), null, tree.settings(),
        tree.extensions());
  }
}
