package dev.thicket.model.analysis;

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

/** Small random attack DAGs: shared nodes, shared mitigations, every gate kind, unestimated leaves. */
public final class RandomTrees {
  private RandomTrees() {}

  public static AttackTree generate(long seed, int maxGates, int maxLeaves, int maxMitigations) {
    return generate(seed, maxGates, maxLeaves, maxMitigations, false);
  }

  /** With {@code nonCoherent}, gates of one child may be NOT and gates of two children XOR. */
  static AttackTree generate(long seed, int maxGates, int maxLeaves, int maxMitigations,
      boolean nonCoherent) {
    Random random = new Random(seed);
    int gates = 1 + random.nextInt(maxGates);
    int leaves = 1 + random.nextInt(maxLeaves);
    List<Set<String>> children = new ArrayList<>();
    for (int g = 0; g < gates; g++) {
      children.add(new LinkedHashSet<>());
    }
    for (int g = 1; g < gates; g++) {
      children.get(random.nextInt(g)).add("g" + g);
    }
    for (int l = 0; l < leaves; l++) {
      children.get(random.nextInt(gates)).add("l" + l);
    }
    int extraEdges = random.nextInt(gates + 2);
    for (int e = 0; e < extraEdges; e++) {
      int from = random.nextInt(gates);
      int to = random.nextInt(gates + leaves);
      if (to < gates && to > from) {
        children.get(from).add("g" + to);
      } else if (to >= gates) {
        children.get(from).add("l" + (to - gates));
      }
    }
    List<Node> nodes = new ArrayList<>();
    for (int g = 0; g < gates; g++) {
      if (children.get(g).isEmpty()) {
        children.get(g).add("l" + random.nextInt(leaves));
      }
      int n = children.get(g).size();
      Gate gate = Gate.values()[1 + random.nextInt(3)];
      if (nonCoherent && n == 1 && random.nextBoolean()) {
        gate = Gate.NOT;
      } else if (nonCoherent && n == 2 && random.nextBoolean()) {
        gate = Gate.XOR;
      }
      int k = gate == Gate.ATLEAST ? 1 + random.nextInt(n) : 0;
      nodes.add(Node.gate("g" + g, "Gate " + g, gate, k, List.copyOf(children.get(g))));
    }
    for (int l = 0; l < leaves; l++) {
      Estimate likelihood = random.nextInt(8) == 0 ? null : Estimate.of(random.nextDouble());
      nodes.add(Node.leaf("l" + l, "Leaf " + l, likelihood));
    }
    List<Mitigation> mitigations = attachMitigations(random, nodes, maxMitigations);
    return new AttackTree("Random " + seed, null, "g0", nodes, mitigations, null,
        AnalysisSettings.NONE, Map.of());
  }

  /**
   * Ladders (decision 38): a root over 2–4 branches, each a chain of 2–5 gates of mostly one
   * operation (one in three of the other), each gate with 0–2 leaves of a shared pool of 4–10
   * besides the next gate down (the leaves used), the chains ending in one of 1–2 shared tail
   * gates over leaves; up to two mitigations as {@link #attachMitigations}.
   */
  static AttackTree ladders(long seed) {
    Random random = new Random(seed);
    int leaves = 4 + random.nextInt(7);
    List<Node> nodes = new ArrayList<>();
    int tails = 1 + random.nextInt(2);
    for (int t = 0; t < tails; t++) {
      Set<String> inputs = new LinkedHashSet<>();
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        inputs.add("l" + random.nextInt(leaves));
      }
      nodes.add(Node.gate("t" + t, "Tail " + t, andOr(random), 0, List.copyOf(inputs)));
    }
    List<String> branches = new ArrayList<>();
    int count = 2 + random.nextInt(3);
    for (int b = 0; b < count; b++) {
      Gate mostly = andOr(random);
      String below = "t" + (b < tails ? b : random.nextInt(tails)); // every tail used
      for (int level = 1 + random.nextInt(4); level >= 0; level--) {
        Set<String> inputs = new LinkedHashSet<>();
        int own = random.nextInt(3);
        for (int i = 0; i < own; i++) {
          inputs.add("l" + random.nextInt(leaves));
        }
        inputs.add(below);
        Gate gate = random.nextInt(3) > 0 ? mostly : mostly == Gate.AND ? Gate.OR : Gate.AND;
        String id = "b" + b + "x" + level;
        nodes.add(Node.gate(id, "Rung " + level + " of " + b, gate, 0, List.copyOf(inputs)));
        below = id;
      }
      branches.add(below);
    }
    nodes.add(Node.gate("g0", "Root", andOr(random), 0, List.copyOf(branches)));
    for (int l = 0; l < leaves; l++) {
      String id = "l" + l;
      if (nodes.stream().anyMatch(node -> node.children().contains(id))) {
        nodes.add(Node.leaf(id, "Leaf " + l, Estimate.of(random.nextDouble())));
      }
    }
    List<Mitigation> mitigations = attachMitigations(random, nodes, 2);
    return new AttackTree("Ladders " + seed, null, "g0", nodes, mitigations, null,
        AnalysisSettings.NONE, Map.of());
  }

  private static Gate andOr(Random random) {
    return random.nextBoolean() ? Gate.AND : Gate.OR;
  }

  /**
   * Up to {@code max} mitigations, planned or implemented, each attached to one or two random
   * nodes of {@code nodes} (replaced in place).
   */
  static List<Mitigation> attachMitigations(Random random, List<Node> nodes, int max) {
    List<Mitigation> mitigations = new ArrayList<>();
    int mitigationCount = random.nextInt(max + 1);
    for (int m = 0; m < mitigationCount; m++) {
      MitigationStatus status = MitigationStatus.values()[random.nextInt(2)];
      mitigations.add(new Mitigation("m" + m, "Mitigation " + m, random.nextDouble(), status));
      int guarded = 1 + random.nextInt(2);
      for (int i = 0; i < guarded; i++) {
        int index = random.nextInt(nodes.size());
        Node node = nodes.get(index);
        if (!node.mitigations().contains("m" + m)) {
          List<String> attached = new ArrayList<>(node.mitigations());
          attached.add("m" + m);
          nodes.set(index, node.withMitigations(attached));
        }
      }
    }
    return mitigations;
  }
}
