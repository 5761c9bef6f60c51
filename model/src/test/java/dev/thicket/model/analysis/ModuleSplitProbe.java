package dev.thicket.model.analysis;

import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A developer tool, not a test: the goal's probability split at one module M the exact engine
 * cannot build. M's inputs occur nowhere else, so P(goal) = A + B·P(M) with A = P(goal | M false)
 * and A + B = P(goal | M true), both exact (the tree with M as a leaf of probability 0, then 1).
 * P(M) itself is simulated ({@link GoalSimulation} on M's sub-tree); for a coherent tree B ≥ 0,
 * so M's interval maps to the goal's. Trees without mitigations. nus9601, M = g8: decision 0034.
 *
 * <pre>
 * javac -d /tmp/probe -cp app/target/thicket.jar model/src/test/java/dev/thicket/model/analysis/ModuleSplitProbe.java
 * java -cp /tmp/probe:app/target/thicket.jar dev.thicket.model.analysis.ModuleSplitProbe \
 *     ../shared/benchmarks/aralia/nus9601.xml g8 100000000
 * </pre>
 */
final class ModuleSplitProbe {
  private ModuleSplitProbe() {}

  public static void main(String[] args) throws Exception {
    AttackTree tree = TreeFiles.read(List.of(Path.of(args[0])));
    String module = args[1];
    long samples = Long.parseLong(args[2]);
    TreeIndex index = new TreeIndex(tree);
    if (!new Modules(index).isModule[index.indexOf(module)]) {
      throw new IllegalArgumentException(module + " is not a module");
    }
    double whenFalse = exact(withLeaf(tree, module, 0));
    double whenTrue = exact(withLeaf(tree, module, 1));
    double slope = whenTrue - whenFalse;
    System.out.printf("P(goal) = A + B·P(%s): A = %s, B = %s%n", module, whenFalse, slope);
    long start = System.nanoTime();
    SimulatedProbability inner = GoalSimulation.estimate(below(tree, module), Mode.INHERENT,
        samples, 1, GoalSimulation.CONFIDENCE);
    System.out.printf("P(%s) simulated: %d in %d, %.4e, 99.9 %% [%.4e, %.4e], %.1f s%n", module,
        inner.hits(), inner.samples(), inner.estimate(), inner.lower(), inner.upper(),
        (System.nanoTime() - start) / 1e9);
    System.out.printf("P(goal) %.6e, 99.9 %% [%.6e, %.6e]; exact bounds [%s, %s]%n",
        whenFalse + slope * inner.estimate(), whenFalse + slope * inner.lower(),
        whenFalse + slope * inner.upper(), whenFalse, whenTrue);
  }

  private static double exact(AttackTree tree) {
    return TreeAnalysis.probabilities(tree, AnalysisMonitor.NONE).get(Mode.INHERENT);
  }

  /** The tree with {@code module} a leaf of probability {@code p}. */
  private static AttackTree withLeaf(AttackTree tree, String module, double p) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (String id : reachable(tree, tree.root(), module)) {
      Node node = tree.node(id);
      nodes.put(id, id.equals(module) ? Node.leaf(id, node.title(), Estimate.of(p)) : node);
    }
    return new AttackTree("split", null, tree.root(), List.copyOf(nodes.values()), List.of(),
        null, AnalysisSettings.NONE, Map.of());
  }

  /** The sub-tree below {@code module}, {@code module} its root. */
  private static AttackTree below(AttackTree tree, String module) {
    List<Node> nodes = reachable(tree, module, null).stream().map(tree::node).toList();
    return new AttackTree("module", null, module, nodes, List.of(), null, AnalysisSettings.NONE,
        Map.of());
  }

  /** Ids reached from {@code from}, itself first, not entering {@code stop}. */
  private static List<String> reachable(AttackTree tree, String from, String stop) {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    List<String> stack = new ArrayList<>(List.of(from));
    while (!stack.isEmpty()) {
      String id = stack.remove(stack.size() - 1);
      if (seen.putIfAbsent(id, true) == null && !id.equals(stop)) {
        stack.addAll(tree.node(id).children());
      }
    }
    return List.copyOf(seen.keySet());
  }
}
