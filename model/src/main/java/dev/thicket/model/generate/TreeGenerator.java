package dev.thicket.model.generate;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic attack trees for benchmarks and scale tests: breadth-first, 2–5 children per gate
 * (half OR, 40 % AND, 10 % 2-of-n), a mitigation on one node in 50, and optionally a fraction of
 * nodes given a second parent (a shared sub-tree): a sibling of their parent, so that sharing
 * stays local as it does in real trees. Leaf likelihoods range from 0.001 to 0.2.
 */
public final class TreeGenerator {
  private static final double[] LIKELIHOODS = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2};

  private TreeGenerator() {}

  /**
   * @param nodeCount total number of nodes (gates and leaves)
   * @param sharedFraction fraction of non-root nodes that get an extra parent (0 for a pure tree)
   * @param seed the same seed gives the same tree
   */
  public static AttackTree generate(int nodeCount, double sharedFraction, long seed) {
    if (nodeCount < 2) {
      throw new IllegalArgumentException("a generated tree has at least 2 nodes");
    }
    Random random = new Random(seed);
    List<List<String>> children = new ArrayList<>();
    List<Gate> gates = new ArrayList<>();
    children.add(new ArrayList<>());
    gates.add(Gate.OR);
    int created = 1;
    int parent = 0;
    while (created < nodeCount) {
      int fanOut = 2 + random.nextInt(4);
      for (int c = 0; c < fanOut && created < nodeCount; c++) {
        children.get(parent).add(id(created));
        children.add(new ArrayList<>());
        double kind = random.nextDouble();
        gates.add(kind < 0.5 ? Gate.OR : kind < 0.9 ? Gate.AND : Gate.ATLEAST);
        created++;
      }
      parent++;
    }
    int[] parentOf = new int[nodeCount];
    for (int g = 0; g < nodeCount; g++) {
      for (String child : children.get(g)) {
        parentOf[Integer.parseInt(child.substring(1))] = g;
      }
    }
    int shared = (int) Math.round(sharedFraction * (nodeCount - 1));
    for (int attempt = 0; shared > 0 && attempt < 20 * nodeCount; attempt++) {
      int child = 1 + random.nextInt(nodeCount - 1);
      int parentIndex = parentOf[child];
      if (parentIndex == 0) {
        continue;
      }
      List<String> uncles = children.get(parentOf[parentIndex]);
      int uncle = Integer.parseInt(uncles.get(random.nextInt(uncles.size())).substring(1));
      if (uncle != parentIndex && !children.get(uncle).isEmpty()
          && !children.get(uncle).contains(id(child))) {
        children.get(uncle).add(id(child));
        shared--;
      }
    }
    List<Node> nodes = new ArrayList<>(nodeCount);
    List<Mitigation> mitigations = new ArrayList<>();
    for (int i = 0; i < nodeCount; i++) {
      Node node;
      if (children.get(i).isEmpty()) {
        double likelihood = LIKELIHOODS[random.nextInt(LIKELIHOODS.length)];
        node = Node.leaf(id(i), "Attack step " + i, Estimate.of(likelihood));
      } else {
        Gate gate = gates.get(i);
        int n = children.get(i).size();
        if (gate == Gate.ATLEAST && n < 2) {
          gate = Gate.OR;
        }
        node = Node.gate(id(i), "Goal " + i, gate, gate == Gate.ATLEAST ? 2 : 0, children.get(i));
      }
      if (random.nextInt(50) == 0) {
        String mitigationId = "m" + mitigations.size();
        MitigationStatus status = MitigationStatus.values()[random.nextInt(2)];
        double effectiveness = Math.round(random.nextDouble() * 100) / 100.0;
        mitigations.add(new Mitigation(mitigationId, "Mitigation " + mitigationId, effectiveness,
            status));
        node = node.withMitigations(List.of(mitigationId));
      }
      nodes.add(i == 0 ? node.withImpact(Estimate.of(8)) : node);
    }
    return new AttackTree("Generated tree of " + nodeCount + " nodes", null, id(0), nodes,
        mitigations, null, AnalysisSettings.NONE, Map.of());
  }

  /**
   * {@code tree} with its mitigations implemented and {@code count} proposed candidates added,
   * each on a random node, with effectiveness 0.05–0.95 and cost 1–20 (the benchmark of plans).
   */
  public static AttackTree withCandidates(AttackTree tree, int count, long seed) {
    Random random = new Random(seed);
    Map<String, Node> nodes = new java.util.LinkedHashMap<>(tree.nodes());
    List<String> ids = List.copyOf(nodes.keySet());
    List<Mitigation> mitigations = new ArrayList<>();
    tree.mitigations().values()
        .forEach(m -> mitigations.add(m.withStatus(MitigationStatus.IMPLEMENTED)));
    for (int i = 0; i < count; i++) {
      String id = "c" + i;
      mitigations.add(new Mitigation(id, "Candidate " + i, null,
          Math.round(5 + random.nextDouble() * 90) / 100.0, (double) (1 + random.nextInt(20)),
          MitigationStatus.PROPOSED, Map.of()));
      Node node = nodes.get(ids.get(random.nextInt(ids.size())));
      List<String> attached = new ArrayList<>(node.mitigations());
      attached.add(id);
      nodes.put(node.id(), node.withMitigations(attached));
    }
    return new AttackTree(tree.title() + " with " + count + " candidates", null, tree.root(),
        List.copyOf(nodes.values()), mitigations, null, AnalysisSettings.NONE, Map.of());
  }

  /**
   * {@code tree} with {@code count} of its estimated leaves (chosen at random) given a range
   * around their likelihood p: low in [0, p], high in [p, 1] (the benchmark of uncertainty).
   */
  public static AttackTree withRanges(AttackTree tree, int count, long seed) {
    Random random = new Random(seed);
    List<Node> leaves = new ArrayList<>(tree.nodes().values().stream()
        .filter(node -> node.isLeaf() && node.likelihood() != null
            && !node.likelihood().isLevel())
        .toList());
    java.util.Collections.shuffle(leaves, random);
    List<Node> ranged = new ArrayList<>();
    for (Node leaf : leaves.subList(0, Math.min(count, leaves.size()))) {
      double likely = leaf.likelihood().value();
      ranged.add(leaf.withLikelihood(Estimate.of(likely).withRange(Range.of(
          likely * random.nextDouble(), likely + (1 - likely) * random.nextDouble()))));
    }
    return tree.withNodes(ranged);
  }

  private static String id(int index) {
    return "n" + index;
  }
}
