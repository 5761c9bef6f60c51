package dev.thicket.model.io.mef;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Small random attack DAGs for the interchange tests: shared nodes and mitigations, every gate
 * kind (NOT and XOR when asked), unestimated leaves, ids with '.' and '-' that MEF must adapt.
 */
final class SmallRandomTrees {
  private SmallRandomTrees() {}

  static AttackTree generate(long seed, boolean nonCoherent) {
    Random random = new Random(seed);
    int gates = 1 + random.nextInt(8);
    int leaves = 1 + random.nextInt(9);
    List<Set<String>> children = new ArrayList<>();
    for (int g = 0; g < gates; g++) {
      children.add(new LinkedHashSet<>());
    }
    for (int g = 1; g < gates; g++) {
      children.get(random.nextInt(g)).add(gateId(g));
    }
    for (int l = 0; l < leaves; l++) {
      children.get(random.nextInt(gates)).add("leaf-" + l);
    }
    for (int e = random.nextInt(gates + 2); e > 0; e--) {
      int from = random.nextInt(gates);
      int to = random.nextInt(gates + leaves);
      if (to < gates && to > from) {
        children.get(from).add(gateId(to));
      } else if (to >= gates) {
        children.get(from).add("leaf-" + (to - gates));
      }
    }
    List<Node> nodes = new ArrayList<>();
    for (int g = 0; g < gates; g++) {
      if (children.get(g).isEmpty()) {
        children.get(g).add("leaf-" + random.nextInt(leaves));
      }
      int n = children.get(g).size();
      Gate gate = Gate.values()[1 + random.nextInt(3)];
      if (nonCoherent && n == 1 && random.nextBoolean()) {
        gate = Gate.NOT;
      } else if (nonCoherent && n == 2 && random.nextBoolean()) {
        gate = Gate.XOR;
      }
      int k = gate == Gate.ATLEAST ? 1 + random.nextInt(n) : 0;
      nodes.add(Node.gate(gateId(g), "Gate " + g, gate, k, List.copyOf(children.get(g))));
    }
    for (int l = 0; l < leaves; l++) {
      Estimate likelihood = random.nextInt(6) == 0 ? null : Estimate.of(random.nextDouble());
      nodes.add(Node.leaf("leaf-" + l, "Leaf " + l, likelihood));
    }
    List<Mitigation> mitigations = new ArrayList<>();
    for (int m = random.nextInt(4); m > 0; m--) {
      String id = "m." + m;
      mitigations.add(new Mitigation(id, "Mitigation " + m, random.nextDouble(),
          MitigationStatus.values()[random.nextInt(2)]));
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        int index = random.nextInt(nodes.size());
        Node node = nodes.get(index);
        if (!node.mitigations().contains(id)) {
          List<String> attached = new ArrayList<>(node.mitigations());
          attached.add(id);
          nodes.set(index, node.withMitigations(attached));
        }
      }
    }
    return new AttackTree("Random " + seed, null, gateId(0), nodes, mitigations, null,
        AnalysisSettings.NONE, Map.of());
  }

  private static String gateId(int g) {
    return "gate." + g;
  }
}
