package dev.thicket.model.analysis;

import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A developer tool, not a test: how far conditioning (Shannon expansion) on the most-shared leaves
 * of a coherent tree goes toward modules. Leaves are ranked by the number of gates above them; for
 * each N given, the first N are set all false, then all true (the two extreme branches of the 2^N),
 * constants are propagated through AND / OR / ATLEAST, one-input gates become their input, and
 * the modules of what is left are found ({@link Modules}). Prints the gates and leaves left and
 * the widest module: its own inputs (leaves and sub-modules), which bound its diagram's variables.
 * Conditioning pays only if that width falls far below the unconditioned one for few N (decision
 * 0034 has nus9601's figures).
 *
 * <pre>
 * javac -d /tmp/probe -cp app/target/thicket.jar model/src/test/java/dev/thicket/model/analysis/ConditioningProbe.java
 * java -cp /tmp/probe:app/target/thicket.jar dev.thicket.model.analysis.ConditioningProbe \
 *     ../shared/benchmarks/aralia/nus9601.xml g8 0 1 4 16 64 256
 * </pre>
 */
final class ConditioningProbe {
  private static final byte UNKNOWN = -1;

  private final TreeIndex index;

  private ConditioningProbe(TreeIndex index) {
    this.index = index;
  }

  public static void main(String[] args) throws Exception {
    AttackTree tree = TreeFiles.read(List.of(Path.of(args[0])));
    String top = args[1];
    AttackTree sub = ModuleSplitEstimate.below(tree, top);
    ConditioningProbe probe = new ConditioningProbe(new TreeIndex(sub));
    int[] ranked = probe.leavesByGatesAbove();
    for (int i = 2; i < args.length; i++) {
      int n = Math.min(Integer.parseInt(args[i]), ranked.length);
      for (byte value = 0; value <= 1; value++) {
        byte[] fixed = new byte[probe.index.size];
        java.util.Arrays.fill(fixed, UNKNOWN);
        for (int j = 0; j < n; j++) {
          fixed[ranked[j]] = value;
        }
        System.out.printf("N = %d, all %s: %s%n", n, value == 1, probe.describe(fixed));
      }
    }
  }

  /** Leaves, most gates above first. O(gates · leaves / 64). */
  private int[] leavesByGatesAbove() {
    BitSet[] below = new BitSet[index.size];
    int[] gatesAbove = new int[index.size];
    for (int node : index.bottomUp) {
      below[node] = new BitSet();
      if (index.isLeaf(node)) {
        below[node].set(node);
        continue;
      }
      for (int child : index.children[node]) {
        below[node].or(below[child]);
      }
      below[node].stream().forEach(leaf -> gatesAbove[leaf]++);
    }
    return IntStream.range(0, index.size).filter(index::isLeaf).boxed()
        .sorted(Comparator.comparingInt((Integer leaf) -> -gatesAbove[leaf]))
        .mapToInt(Integer::intValue).toArray();
  }

  /** The conditioned tree's size and its widest module. */
  private String describe(byte[] fixed) {
    byte[] value = fixed.clone();
    int[] alias = new int[index.size];
    List<Node> nodes = new ArrayList<>();
    for (int node : index.bottomUp) {
      alias[node] = node;
      if (index.isLeaf(node)) {
        if (value[node] == UNKNOWN) {
          nodes.add(Node.leaf(index.ids[node], index.ids[node],
              Estimate.of(index.likelihood[node])));
        }
        continue;
      }
      simplify(node, value, alias, nodes);
    }
    if (value[index.root] != UNKNOWN) {
      return "the goal is " + (value[index.root] == 1);
    }
    String root = index.ids[alias[index.root]];
    List<Node> reachable = reachable(nodes, root);
    TreeIndex conditioned = new TreeIndex(new AttackTree("conditioned", null, root, reachable,
        List.of(), null, AnalysisSettings.NONE, Map.of()));
    Modules modules = new Modules(conditioned);
    int[] width = new int[conditioned.size];
    for (int node = 0; node < conditioned.size; node++) {
      int module = modules.body[node];
      if (module >= 0 && (conditioned.isLeaf(node) || modules.isModule[node])) {
        width[module]++;
      }
    }
    int widest = IntStream.range(0, conditioned.size).boxed()
        .max(Comparator.comparingInt(node -> width[node])).orElseThrow();
    long leaves = IntStream.range(0, conditioned.size).filter(conditioned::isLeaf).count();
    long moduleCount = IntStream.range(0, conditioned.size)
        .filter(node -> modules.isModule[node]).count();
    return String.format("%d gates, %d leaves, %d modules, widest %s with %d inputs",
        conditioned.size - leaves, leaves, moduleCount, conditioned.ids[widest], width[widest]);
  }

  /** Propagates constants into one gate: a constant, an alias of one input, or a new gate. */
  private void simplify(int node, byte[] value, int[] alias, List<Node> nodes) {
    LinkedHashSet<String> open = new LinkedHashSet<>();
    int ones = 0;
    int inputs = index.children[node].length;
    for (int child : index.children[node]) {
      if (value[child] == UNKNOWN) {
        open.add(index.ids[alias[child]]);
      } else {
        ones += value[child];
      }
    }
    int needed = switch (index.gate[node]) {
      case AND -> inputs - ones;
      case OR -> ones > 0 ? 0 : 1;
      case ATLEAST -> index.k[node] - ones;
      default -> throw new IllegalArgumentException("not coherent: " + index.gate[node]);
    };
    int openCount = inputs - IntStream.of(index.children[node]).map(c -> value[c] == UNKNOWN
        ? 0 : 1).sum();
    if (needed <= 0 || needed > openCount) {
      value[node] = (byte) (needed <= 0 ? 1 : 0);
    } else if (open.size() == 1) {
      alias[node] = index.indexOf(open.iterator().next());
    } else if (open.size() < openCount && needed != 1 && needed != openCount) {
      throw new IllegalStateException("an ATLEAST lost a repeated input: " + index.ids[node]);
    } else {
      Gate gate = needed == 1 ? Gate.OR : needed == openCount ? Gate.AND : Gate.ATLEAST;
      nodes.add(Node.gate(index.ids[node], index.ids[node], gate, gate == Gate.ATLEAST ? needed : 0,
          List.copyOf(open)));
    }
  }

  private static List<Node> reachable(List<Node> nodes, String root) {
    Map<String, Node> byId = new LinkedHashMap<>();
    nodes.forEach(node -> byId.put(node.id(), node));
    Map<String, Node> kept = new LinkedHashMap<>();
    List<String> stack = new ArrayList<>(List.of(root));
    while (!stack.isEmpty()) {
      String id = stack.remove(stack.size() - 1);
      if (kept.putIfAbsent(id, byId.get(id)) == null) {
        stack.addAll(byId.get(id).children());
      }
    }
    List<Node> ordered = new ArrayList<>();
    ordered.add(kept.remove(root));
    ordered.addAll(kept.values());
    return ordered;
  }
}
