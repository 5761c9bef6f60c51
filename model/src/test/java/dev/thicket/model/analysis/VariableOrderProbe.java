package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Bdd;
import dev.thicket.model.analysis.bdd.BddTooLargeException;
import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A developer tool, not a test: builds one tree's diagrams (inherent mode) with a candidate
 * variable order and prints the node count, time and P(top), or, with {@code trace}, every gate
 * whose diagram exceeds 100,000 live nodes (the Aralia experiments in docs/NOTES.md). Orders:
 * {@code child}, {@code largest} (the engine's two), {@code fanin} (depth-first, children with
 * more parents first), {@code shared} (gates with several parents first, most parents first, each
 * walked in child order, then the root), {@code forceN} and {@code sharedforceN} (N rounds of
 * FORCE from child order or from shared gates first), {@code smallest}, {@code leaveschild} and
 * {@code leaveslargest} (a gate's leaf children first, then its gates in child order or largest
 * first), {@code privatelargest}, {@code privatetreelargest} and {@code privatechild} (leaves
 * with one parent first, then by leaves, sub-tree size or child order), {@code pathsN} (the N
 * leaves with the most root paths first, then privatelargest). The probe builds every gate on its
 * own (no deferred gates, {@code DeferredGates}). With {@code -Dprobe.collect=true} the node table is collected between gates as the
 * engine does ({@code Bdd.collect}), keeping only module functions and the frontier.
 *
 * <pre>
 * javac -d /tmp/probe -cp app/target/thicket.jar model/src/test/java/dev/thicket/model/analysis/VariableOrderProbe.java
 * java -Xmx8g -cp /tmp/probe:app/target/thicket.jar dev.thicket.model.analysis.VariableOrderProbe \
 *     ../shared/benchmarks/aralia/nus9601.xml shared 100000000 [trace]
 * </pre>
 */
final class VariableOrderProbe {
  private VariableOrderProbe() {}

  public static void main(String[] args) throws Exception {
    AttackTree tree = TreeFiles.read(List.of(Path.of(args[0])));
    int budget = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
    boolean trace = args.length > 3 && args[3].equals("trace");
    DeepStack.call(() -> {
      probe(tree, args[1], budget, trace);
      return null;
    });
  }

  private static void probe(AttackTree tree, String order, int budget, boolean trace) {
    TreeIndex index = new TreeIndex(tree);
    Modules modules = new Modules(index);
    Variables variables = new Variables(index, modules, Variables.Order.CHILD_ORDER);
    renumber(variables, order(index, variables, order));
    long start = System.nanoTime();
    Bdd bdd = new Bdd(variables.count, () -> {}, budget);
    int[] input = new int[index.size];
    int built = 0;
    boolean collect = Boolean.getBoolean("probe.collect");
    int[] moduleOwn = new int[index.size];
    int[] unbuiltParents = new int[index.size];
    for (int node = 0; node < index.size; node++) {
      unbuiltParents[node] = index.parents[node].length;
    }
    long nextCollection = 4 << 20;
    int collections = 0;
    try {
      for (int node : index.bottomUp) {
        built++;
        if (collect && bdd.size() >= nextCollection) {
          int[] roots = new int[2 * index.size];
          int n = 0;
          for (int x = 0; x < index.size; x++) {
            if (unbuiltParents[x] > 0) {
              roots[n++] = input[x];
            }
            roots[n++] = moduleOwn[x];
          }
          int[] renumbered = bdd.collect(Arrays.copyOf(roots, n));
          for (int x = 0; x < index.size; x++) {
            input[x] = unbuiltParents[x] > 0 ? renumbered[input[x]] : 0;
            moduleOwn[x] = renumbered[moduleOwn[x]];
          }
          collections++;
          nextCollection = Math.max(4 << 20, 2L * bdd.size());
          System.out.printf("  collection %d before %s: %,d live, %.1f s%n", collections,
              index.ids[node], bdd.size(), (System.nanoTime() - start) / 1e9);
        }
        int own = index.isLeaf(node) ? bdd.variableNode(variables.leafVariable[node])
            : gate(bdd, index, node, input);
        for (int child : index.children[node]) {
          unbuiltParents[child]--;
        }
        if (variables.moduleVariable[node] >= 0 || node == index.root) {
          moduleOwn[node] = own;
        }
        input[node] = variables.moduleVariable[node] >= 0
            ? bdd.variableNode(variables.moduleVariable[node]) : own;
        int live = trace ? bdd.nodesOf(own).length : 0;
        if (live > 100_000) {
          System.out.printf("%s %s%s: %,d live, %,d in the table, %.1f s%n", index.ids[node],
              index.gate[node], modules.isModule[node] ? " (module)" : "", live, bdd.size(),
              (System.nanoTime() - start) / 1e9);
        }
      }
      System.out.printf("%s: %,d nodes made, %,d in the table, %.2f s%n", order,
          bdd.nodesMade(), bdd.size(), (System.nanoTime() - start) / 1e9);
    } catch (BddTooLargeException e) {
      System.out.printf("%s: over %,d nodes after %.2f s, %d of %d nodes built%n", order, budget,
          (System.nanoTime() - start) / 1e9, built, index.size);
    }
  }

  /** A coherent gate over its children's inputs, as {@link ModeDiagrams} builds it. */
  private static int gate(Bdd bdd, TreeIndex index, int node, int[] input) {
    int[] children = index.children[node];
    int result;
    switch (index.gate[node]) {
      case AND -> {
        result = Bdd.TRUE;
        for (int i = children.length - 1; i >= 0; i--) {
          result = bdd.and(input[children[i]], result);
        }
      }
      case OR -> {
        result = Bdd.FALSE;
        for (int i = children.length - 1; i >= 0; i--) {
          result = bdd.or(input[children[i]], result);
        }
      }
      case ATLEAST -> {
        int k = index.k[node];
        int[] next = new int[k + 1];
        next[0] = Bdd.TRUE;
        for (int i = children.length - 1; i >= 0; i--) {
          int[] current = new int[k + 1];
          current[0] = Bdd.TRUE;
          for (int j = 1; j <= k; j++) {
            current[j] = children.length - i < j ? Bdd.FALSE
                : bdd.or(bdd.and(input[children[i]], next[j - 1]), next[j]);
          }
          next = current;
        }
        result = next[k];
      }
      case NOT -> result = bdd.not(input[children[0]]);
      case XOR -> result = bdd.xor(input[children[0]], input[children[1]]);
      default -> throw new IllegalStateException("a leaf is not a gate");
    }
    return result;
  }

  /** The leaf and module nodes in the order's sequence. */
  private static List<Integer> order(TreeIndex index, Variables variables, String name) {
    int[] parents = new int[index.size];
    for (int node = 0; node < index.size; node++) {
      parents[node] = index.parents[node].length;
    }
    Comparator<Integer> moreParents = (a, b) -> Integer.compare(parents[b], parents[a]);
    double[] leaves = new double[index.size];
    for (int node : index.bottomUp) {
      leaves[node] = index.isLeaf(node) ? 1 : 0;
      for (int child : index.children[node]) {
        leaves[node] = Math.min(1e300, leaves[node] + leaves[child]);
      }
    }
    double[] tree = new double[index.size];
    for (int node : index.bottomUp) {
      tree[node] = 1;
      for (int child : index.children[node]) {
        tree[node] = Math.min(1e300, tree[node] + tree[child]);
      }
    }
    List<Integer> sequence = new ArrayList<>();
    boolean[] visited = new boolean[index.size];
    switch (name) {
      case "child" -> walk(index, variables, index.root, null, visited, sequence);
      case "largest" -> walk(index, variables, index.root,
          (a, b) -> Double.compare(leaves[b], leaves[a]), visited, sequence);
      case "leaveslargest" -> walk(index, variables, index.root,
          (a, b) -> index.isLeaf(a) != index.isLeaf(b) ? (index.isLeaf(a) ? -1 : 1)
              : Double.compare(leaves[b], leaves[a]), visited, sequence);
      case "leaveschild" -> walk(index, variables, index.root,
          (a, b) -> index.isLeaf(a) != index.isLeaf(b) ? (index.isLeaf(a) ? -1 : 1) : 0, visited,
          sequence);
      case "privatelargest" -> walk(index, variables, index.root,
          (a, b) -> privateLeaf(index, a) != privateLeaf(index, b)
              ? (privateLeaf(index, a) ? -1 : 1) : Double.compare(leaves[b], leaves[a]),
          visited, sequence);
      case "privatetreelargest" -> walk(index, variables, index.root,
          (a, b) -> privateLeaf(index, a) != privateLeaf(index, b)
              ? (privateLeaf(index, a) ? -1 : 1) : Double.compare(tree[b], tree[a]),
          visited, sequence);
      case "privatechild" -> walk(index, variables, index.root,
          (a, b) -> privateLeaf(index, a) != privateLeaf(index, b)
              ? (privateLeaf(index, a) ? -1 : 1) : 0, visited, sequence);
      case "smallest" -> walk(index, variables, index.root,
          (a, b) -> Double.compare(leaves[a], leaves[b]), visited, sequence);
      case "fanin" -> walk(index, variables, index.root, moreParents, visited, sequence);
      case "shared" -> {
        Integer[] gates = new Integer[index.size];
        Arrays.setAll(gates, i -> i);
        Arrays.sort(gates, moreParents);
        for (int gate : gates) {
          if (!index.isLeaf(gate) && parents[gate] > 1) {
            walk(index, variables, gate, null, visited, sequence);
          }
        }
        walk(index, variables, index.root, null, visited, sequence);
      }
      default -> {
        if (name.startsWith("file:")) {
          return fromFile(index, variables, Path.of(name.substring(5)));
        }
        if (name.startsWith("paths")) {
          double[] paths = new double[index.size];
          paths[index.root] = 1;
          for (int i = index.bottomUp.length - 1; i >= 0; i--) {
            int node = index.bottomUp[i];
            for (int child : index.children[node]) {
              paths[child] = Math.min(1e300, paths[child] + paths[node]);
            }
          }
          Integer[] byPaths = new Integer[index.size];
          Arrays.setAll(byPaths, i -> i);
          Arrays.sort(byPaths, (a, b) -> Double.compare(paths[b], paths[a]));
          int n = Integer.parseInt(name.substring(5));
          for (int node : byPaths) {
            if (n > 0 && index.isLeaf(node)) {
              visited[node] = true;
              sequence.add(node);
              n--;
            }
          }
          walk(index, variables, index.root,
              (a, b) -> privateLeaf(index, a) != privateLeaf(index, b)
                  ? (privateLeaf(index, a) ? -1 : 1) : Double.compare(leaves[b], leaves[a]),
              visited, sequence);
          return sequence;
        }
        if (name.startsWith("force")) {
          List<Integer> preorder = new ArrayList<>();
          preorder(index, index.root, new boolean[index.size], preorder);
          return force(index, variables, preorder, Integer.parseInt(name.substring(5)));
        }
        if (name.startsWith("sharedforce")) {
          List<Integer> start = new ArrayList<>();
          boolean[] seen = new boolean[index.size];
          Integer[] gates = new Integer[index.size];
          Arrays.setAll(gates, i -> i);
          Arrays.sort(gates, moreParents);
          for (int gate : gates) {
            if (!index.isLeaf(gate) && parents[gate] > 1) {
              preorder(index, gate, seen, start);
            }
          }
          preorder(index, index.root, seen, start);
          return force(index, variables, start, Integer.parseInt(name.substring(11)));
        }
        throw new IllegalArgumentException("unknown order " + name);
      }
    }
    return sequence;
  }

  /**
   * FORCE (Aloul, Markov, Sakallah 2003): every node starts at its position in {@code start}; each
   * round moves it to the mean centre of gravity of the gates it takes part in (a gate and its
   * children), then the positions are re-ranked.
   */
  private static List<Integer> force(TreeIndex index, Variables variables, List<Integer> start,
      int rounds) {
    double[] position = new double[index.size];
    Integer[] ranked = new Integer[index.size];
    Arrays.setAll(ranked, i -> i);
    for (int round = 0; round <= rounds; round++) {
      if (round == 0) {
        ranked = start.toArray(new Integer[0]);
      } else {
        double[] sum = new double[index.size];
        int[] edges = new int[index.size];
        for (int gate = 0; gate < index.size; gate++) {
          if (index.isLeaf(gate)) {
            continue;
          }
          double centre = position[gate];
          for (int child : index.children[gate]) {
            centre += position[child];
          }
          centre /= index.children[gate].length + 1;
          sum[gate] += centre;
          edges[gate]++;
          for (int child : index.children[gate]) {
            sum[child] += centre;
            edges[child]++;
          }
        }
        double[] target = new double[index.size];
        for (int node = 0; node < index.size; node++) {
          target[node] = edges[node] > 0 ? sum[node] / edges[node] : position[node];
        }
        Arrays.sort(ranked, (a, b) -> Double.compare(target[a], target[b]));
      }
      for (int i = 0; i < ranked.length; i++) {
        position[ranked[i]] = i;
      }
    }
    List<Integer> sequence = new ArrayList<>();
    for (int node : ranked) {
      if (variables.leafVariable[node] >= 0 || variables.moduleVariable[node] >= 0) {
        sequence.add(node);
      }
    }
    return sequence;
  }

  private static boolean privateLeaf(TreeIndex index, int node) {
    return index.isLeaf(node) && index.parents[node].length == 1;
  }

  private static void preorder(TreeIndex index, int node, boolean[] visited, List<Integer> out) {
    if (!visited[node]) {
      visited[node] = true;
      out.add(node);
      for (int child : index.children[node]) {
        preorder(index, child, visited, out);
      }
    }
  }

  static void walk(TreeIndex index, Variables variables, int node, Comparator<Integer> children,
      boolean[] visited, List<Integer> sequence) {
    if (visited[node]) {
      return;
    }
    visited[node] = true;
    if (variables.leafVariable[node] >= 0 || variables.moduleVariable[node] >= 0) {
      sequence.add(node);
    }
    Integer[] next = Arrays.stream(index.children[node]).boxed().toArray(Integer[]::new);
    if (children != null) {
      Arrays.sort(next, children);
    }
    for (int child : next) {
      walk(index, variables, child, children, visited, sequence);
    }
  }

  /** Gives the variables of the nodes in {@code sequence} the numbers 0, 1, ... (no mitigations). */
  /**
   * Leaves in the order of a file of leaf ids (one a line; leaves it does not name go last), each
   * module variable just above its first leaf: to try an order found elsewhere (e.g. by sifting).
   */
  private static List<Integer> fromFile(TreeIndex index, Variables variables, Path file) {
    List<String> ids;
    try {
      ids = java.nio.file.Files.readAllLines(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    java.util.Map<String, Integer> position = new java.util.HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      position.put(ids.get(i).strip(), i);
    }
    double[] key = new double[index.size];
    for (int node : index.bottomUp) {
      key[node] = index.isLeaf(node) ? position.getOrDefault(index.ids[node], ids.size())
          : Double.MAX_VALUE;
      for (int child : index.children[node]) {
        key[node] = Math.min(key[node], key[child] - 0.5);
      }
    }
    List<Integer> sequence = new ArrayList<>();
    for (int node = 0; node < index.size; node++) {
      if (variables.leafVariable[node] >= 0 || variables.moduleVariable[node] >= 0) {
        sequence.add(node);
      }
    }
    sequence.sort(Comparator.comparingDouble(node -> key[node]));
    return sequence;
  }

  private static void renumber(Variables variables, List<Integer> sequence) {
    if (sequence.size() != variables.count) {
      throw new IllegalArgumentException("trees with mitigations are not supported");
    }
    for (int v = 0; v < sequence.size(); v++) {
      int node = sequence.get(v);
      if (variables.leafVariable[node] >= 0) {
        variables.leafVariable[node] = v;
      } else {
        variables.moduleVariable[node] = v;
      }
      variables.nodeOfVariable[v] = node;
    }
  }
}
