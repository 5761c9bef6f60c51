package dev.thicket.model.analysis;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Small random trees shaped like the big Aralia fault trees that hub cuts are for (decision 26):
 * a goal over terms, each term over a few hubs (gates with at least three parents), under the
 * hubs gates with two hub parents (nested, sharing leaves), shared mitigations; optionally all of
 * it below a gate with two parents, a context of its own.
 */
final class HubTrees {
  private HubTrees() {}

  static AttackTree generate(long seed, boolean nonCoherent) {
    return generate(seed, nonCoherent, false);
  }

  /**
   * For an even seed a hub tree (a third non-coherent, a quarter nested), else a {@link
   * RandomTrees} tree of at most that many gates, leaves and mitigations (a third non-coherent).
   */
  static AttackTree orRandom(long seed, int maxGates, int maxLeaves, int maxMitigations) {
    return seed % 2 == 0 ? generate(seed, seed % 3 == 0, seed % 4 == 0)
        : RandomTrees.generate(seed, maxGates, maxLeaves, maxMitigations, seed % 3 == 0);
  }

  /**
   * @param nested whether the terms' gate is an inner context below the goal (decision 41): its
   *     two parents AND it with a leaf from inside it and with a fresh leaf, so it is no module
   */
  static AttackTree generate(long seed, boolean nonCoherent, boolean nested) {
    Random random = new Random(seed);
    int leaves = 4 + random.nextInt(3);
    int hubs = 2 + random.nextInt(2);
    int below = 2 + random.nextInt(3);
    int terms = 3 + random.nextInt(3);
    List<Node> nodes = new ArrayList<>();
    List<String> goal = new ArrayList<>();
    List<Set<String>> hubChildren = new ArrayList<>();
    for (int h = 0; h < hubs; h++) {
      hubChildren.add(new LinkedHashSet<>());
    }
    for (int t = 0; t < terms; t++) {
      Set<String> children = new LinkedHashSet<>();
      for (int h = 0; h < hubs; h++) {
        if (t < 3 || random.nextBoolean()) {
          children.add("h" + h);
        }
      }
      if (children.isEmpty() || random.nextBoolean()) {
        children.add("l" + random.nextInt(leaves));
      }
      nodes.add(gate(random, "t" + t, children, nonCoherent));
      goal.add("t" + t);
    }
    for (int b = 0; b < below; b++) {
      int first = random.nextInt(hubs);
      hubChildren.get(first).add("b" + b);
      hubChildren.get((first + 1 + random.nextInt(hubs - 1)) % hubs).add("b" + b);
      Set<String> children = new LinkedHashSet<>();
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        children.add("l" + random.nextInt(leaves));
      }
      if (b + 1 < below && random.nextBoolean()) {
        children.add("b" + (b + 1 + random.nextInt(below - b - 1)));
      }
      nodes.add(gate(random, "b" + b, children, nonCoherent));
    }
    for (int h = 0; h < hubs; h++) {
      if (hubChildren.get(h).isEmpty() || random.nextBoolean()) {
        hubChildren.get(h).add("l" + random.nextInt(leaves));
      }
      nodes.add(gate(random, "h" + h, hubChildren.get(h), nonCoherent));
    }
    Set<String> used = new LinkedHashSet<>();
    nodes.forEach(node -> used.addAll(node.children()));
    for (int l = 0; l < leaves; l++) {
      if (!used.contains("l" + l)) {
        goal.add("l" + l);
      }
    }
    String top = nested ? "inner" : "goal";
    nodes.add(gate(random, top, new LinkedHashSet<>(goal), false));
    if (nested) {
      nodes.add(Node.gate("p0", "Gate p0", Gate.AND, 0, List.of(top, "l0")));
      nodes.add(Node.gate("p1", "Gate p1", Gate.AND, 0, List.of(top, "l" + leaves)));
      nodes.add(Node.gate("goal", "Goal", Gate.OR, 0, List.of("p0", "p1")));
      leaves++;
    }
    for (int l = 0; l < leaves; l++) {
      nodes.add(Node.leaf("l" + l, "Leaf " + l, Estimate.of(random.nextDouble())));
    }
    List<Mitigation> mitigations = RandomTrees.attachMitigations(random, nodes, 2);
    return new AttackTree("Hubs " + seed, null, "goal", nodes, mitigations, null,
        AnalysisSettings.NONE, Map.of());
  }

  private static Node gate(Random random, String id, Set<String> children,
      boolean nonCoherent) {
    int n = children.size();
    Gate gate = Gate.values()[1 + random.nextInt(3)];
    if (nonCoherent && n == 1 && random.nextBoolean()) {
      gate = Gate.NOT;
    } else if (nonCoherent && n == 2 && random.nextInt(3) == 0) {
      gate = Gate.XOR;
    }
    int k = gate == Gate.ATLEAST ? 1 + random.nextInt(n) : 0;
    return Node.gate(id, "Gate " + id, gate, k, List.copyOf(children));
  }
}
