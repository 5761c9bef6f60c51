package dev.thicket.model.analysis;

import java.util.Arrays;

/**
 * The decision-diagram variables of a tree: one per leaf ("the step succeeds"), one per
 * mitigation ("the mitigation fails") and one per module gate other than the root ("the module
 * is achieved", standing for the module's whole function inside its parent's). Ordered by a
 * depth-first walk from the root, a node's mitigations just before it, entering children in file
 * order, largest sub-tree first or smallest sub-tree first ({@link Order}). Depth-first keeps
 * the diagrams of tree-like structure linear in size; on Aralia, child order suits edf9203 (3.2 M
 * nodes against 24 M), largest-first solves das9701 (992 nested NOT), where child order runs out
 * of memory, and smallest-first edf9202 (0.33 M nodes against 2.2 M in child order).
 */
final class Variables {
  final int count;
  final Order order;
  /** Variable of each leaf node, -1 for gates. */
  final int[] leafVariable;
  /** Variable of each non-root module gate, -1 otherwise. */
  final int[] moduleVariable;
  /** Variable of each mitigation. */
  final int[] mitigationVariable;
  /** The node of each leaf or module variable, -1 for mitigation variables. */
  final int[] nodeOfVariable;

  private int next;

  /** How a gate's children are entered by the depth-first walk. */
  enum Order {
    /** In file order: linear diagrams for tree-like structure; the first choice. */
    CHILD_ORDER,
    /**
     * Leaves with no other parent first, then the largest sub-tree first: used when it wins
     * {@link OrderRace}.
     */
    LARGEST_FIRST,
    /**
     * The sub-tree with the fewest leaves first (shared leaves counted once per path): small
     * diagrams where the largest gates share most of their leaves (edf9202, elf9601); tried
     * before the race ({@link OrderRace}).
     */
    SMALLEST_FIRST
  }

  Variables(TreeIndex index, Modules modules, Order order) {
    this.order = order;
    leafVariable = new int[index.size];
    moduleVariable = new int[index.size];
    mitigationVariable = new int[index.mitigation.length];
    Arrays.fill(leafVariable, -1);
    Arrays.fill(moduleVariable, -1);
    Arrays.fill(mitigationVariable, -1);
    int[] nodeOf = new int[index.size * 2 + index.mitigation.length];
    Arrays.fill(nodeOf, -1);
    double[] treeSize = order == Order.LARGEST_FIRST ? treeSizes(index) : null;
    double[] leafCount = order == Order.SMALLEST_FIRST ? leafCounts(index) : null;
    boolean[] visited = new boolean[index.size];
    int[] stack = new int[index.size + 1];
    int top = 0;
    stack[top++] = index.root;
    while (top > 0) {
      int node = stack[--top];
      if (visited[node]) {
        continue;
      }
      visited[node] = true;
      for (int m : index.mitigations[node]) {
        if (mitigationVariable[m] < 0) {
          mitigationVariable[m] = next++;
        }
      }
      if (index.isLeaf(node)) {
        nodeOf[next] = node;
        leafVariable[node] = next++;
      } else if (modules.isModule[node] && node != index.root) {
        nodeOf[next] = node;
        moduleVariable[node] = next++;
      }
      int[] children = switch (order) {
        case CHILD_ORDER -> index.children[node];
        case LARGEST_FIRST -> largestFirst(index, index.children[node], treeSize);
        case SMALLEST_FIRST -> fewestLeavesFirst(index.children[node], leafCount);
      };
      for (int i = children.length - 1; i >= 0; i--) {
        if (!visited[children[i]]) {
          if (top == stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
          }
          stack[top++] = children[i];
        }
      }
    }
    count = next;
    nodeOfVariable = Arrays.copyOf(nodeOf, count);
  }

  /** Size of each node's sub-tree, shared sub-trees counted once per path (saturating). */
  private static double[] treeSizes(TreeIndex index) {
    double[] size = new double[index.size];
    for (int node : index.bottomUp) {
      double total = 1;
      for (int child : index.children[node]) {
        total += size[child];
      }
      size[node] = Math.min(total, 1e300);
    }
    return size;
  }

  /** Leaves under each node, shared ones counted once per path (saturating). */
  private static double[] leafCounts(TreeIndex index) {
    double[] leaves = new double[index.size];
    for (int node : index.bottomUp) {
      double total = index.isLeaf(node) ? 1 : 0;
      for (int child : index.children[node]) {
        total += leaves[child];
      }
      leaves[node] = Math.min(total, 1e300);
    }
    return leaves;
  }

  /** The children, fewest leaves first (ties keep file order). */
  private static int[] fewestLeavesFirst(int[] children, double[] leafCount) {
    Integer[] order = new Integer[children.length];
    for (int i = 0; i < children.length; i++) {
      order[i] = children[i];
    }
    Arrays.sort(order, (a, b) -> Double.compare(leafCount[a], leafCount[b]));
    int[] sorted = new int[children.length];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = order[i];
    }
    return sorted;
  }

  /**
   * The children, leaves with no other parent first, then largest sub-tree first (ties keep file
   * order). Such a leaf above its siblings' variables joins the gate with one node; below them,
   * the gate's whole diagram is made again over it (das9701: its root's last leaf cost 2.8 M of
   * 14.4 M nodes).
   */
  private static int[] largestFirst(TreeIndex index, int[] children, double[] treeSize) {
    Integer[] order = new Integer[children.length];
    for (int i = 0; i < children.length; i++) {
      order[i] = children[i];
    }
    Arrays.sort(order, (a, b) -> privateLeaf(index, a) != privateLeaf(index, b)
        ? (privateLeaf(index, a) ? -1 : 1) : Double.compare(treeSize[b], treeSize[a]));
    int[] sorted = new int[children.length];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = order[i];
    }
    return sorted;
  }

  /** A leaf with a single parent. */
  private static boolean privateLeaf(TreeIndex index, int node) {
    return index.isLeaf(node) && index.parents[node].length == 1;
  }
}
