package dev.thicket.model.analysis;

import java.util.List;

/**
 * The gates that are modules: their sub-graph (mitigations included) is reached from the rest of
 * the tree only through them, so their outcome is independent of everything outside. Linear-time
 * detection by visit dates of one depth-first walk. Reference: Y. Dutuit, A. Rauzy, "A linear-time
 * algorithm to find modules of fault trees", IEEE Trans. Reliability 45(3), 1996.
 */
final class Modules {
  private final TreeIndex index;
  private final int[] firstVisit;
  private final int[] exitVisit;
  private final int[] lastVisit;
  private int date;
  /** Whether each node is a module gate (the root always is). */
  final boolean[] isModule;
  /** The module whose function has the node as an input or inside it; -1 for the root. */
  final int[] body;

  Modules(TreeIndex index) {
    this.index = index;
    int vertices = index.size + index.mitigation.length;
    firstVisit = new int[vertices];
    exitVisit = new int[vertices];
    lastVisit = new int[vertices];
    visit(index.root);
    isModule = new boolean[index.size];
    boolean[] trueWhenNothingOccurs = new boolean[index.size];
    int[] low = new int[index.size];
    int[] high = new int[index.size];
    for (int node : index.bottomUp) {
      int lo = Integer.MAX_VALUE;
      int hi = Integer.MIN_VALUE;
      trueWhenNothingOccurs[node] = trueWhenNothingOccurs(node, trueWhenNothingOccurs);
      for (int child : index.children[node]) {
        lo = Math.min(lo, Math.min(firstVisit[child], low[child]));
        hi = Math.max(hi, Math.max(lastVisit[child], high[child]));
      }
      for (int m : index.mitigations[node]) {
        lo = Math.min(lo, firstVisit[index.size + m]);
        hi = Math.max(hi, lastVisit[index.size + m]);
      }
      low[node] = lo;
      high[node] = hi;
      // A module stands for its cut sets in its parents' only if it is false when none of its
      // events occur; a NOT inside may break that: such gates stay inlined in their parents.
      isModule[node] = !index.isLeaf(node) && !trueWhenNothingOccurs[node]
          && lo > firstVisit[node] && hi < exitVisit[node];
    }
    isModule[index.root] = true;
    body = new int[index.size];
    body[index.root] = -1;
    for (int i = index.bottomUp.length - 1; i >= 0; i--) {
      int node = index.bottomUp[i];
      for (int child : index.children[node]) {
        body[child] = isModule[node] ? node : body[node];
      }
    }
  }

  /** Only the root as a module: one flat diagram over leaves and mitigations. */
  static Modules rootOnly(TreeIndex index) {
    return new Modules(index, true);
  }

  private Modules(TreeIndex index, boolean rootOnly) {
    this.index = index;
    firstVisit = null;
    exitVisit = null;
    lastVisit = null;
    isModule = new boolean[index.size];
    isModule[index.root] = true;
    body = new int[index.size];
    java.util.Arrays.fill(body, index.root);
    body[index.root] = -1;
  }

  /** The gate's value when no leaf succeeds, from its children's (mitigations ignored). */
  private boolean trueWhenNothingOccurs(int node, boolean[] childValue) {
    int count = 0;
    for (int child : index.children[node]) {
      count += childValue[child] ? 1 : 0;
    }
    return switch (index.gate[node]) {
      case LEAF -> false;
      case AND -> count == index.children[node].length;
      case OR -> count > 0;
      case ATLEAST -> count >= index.k[node];
      case NOT -> count == 0;
      case XOR -> count == 1;
    };
  }

  private void visit(int node) {
    date++;
    if (firstVisit[node] != 0) {
      lastVisit[node] = date;
      return;
    }
    firstVisit[node] = date;
    for (int m : index.mitigations[node]) {
      int vertex = index.size + m;
      date++;
      if (firstVisit[vertex] == 0) {
        firstVisit[vertex] = date;
        exitVisit[vertex] = date;
      }
      lastVisit[vertex] = date;
    }
    for (int child : index.children[node]) {
      visit(child);
    }
    date++;
    exitVisit[node] = date;
    lastVisit[node] = date;
  }

  /**
   * For each module with dependents: the module, then the nodes of its body, parents before
   * children. O(nodes).
   */
  int[][] bodies(List<List<Integer>> dependentsByModule) {
    int[] size = new int[index.size];
    for (int node = 0; node < index.size; node++) {
      int module = body[node];
      if (module >= 0 && dependentsByModule.get(module) != null) {
        size[module]++;
      }
    }
    int[][] bodies = new int[index.size][];
    int[] filled = new int[index.size];
    for (int i = index.bottomUp.length - 1; i >= 0; i--) {
      int node = index.bottomUp[i];
      if (dependentsByModule.get(node) != null) {
        bodies[node] = new int[size[node] + 1];
        bodies[node][filled[node]++] = node;
      }
      int module = body[node];
      if (module >= 0 && bodies[module] != null) {
        bodies[module][filled[module]++] = node;
      }
    }
    return bodies;
  }
}
