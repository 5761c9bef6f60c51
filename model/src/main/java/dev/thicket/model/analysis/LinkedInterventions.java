package dev.thicket.model.analysis;

import dev.thicket.model.tree.Gate;
import java.util.Arrays;

/**
 * Interventions that are equal because a node has a single parent (decision 28). Forcing the
 * outcome of a node K whose only parent is P changes nothing but P's input, pointwise; so
 * <ul>
 *   <li>for an AND gate P (or k-of-n with k = n), T[K:=0] = T[P:=0]: K false makes P false, its
 *       own mitigations or not;
 *   <li>for an OR gate P (or k-of-n with k = 1) without counted mitigations, T[K:=1] = T[P:=1].
 * </ul>
 * These links join the interventions (node, value) into classes. A class holding a node whose
 * values are known anyway (a module, a leaf seen only through itself, the root) costs nothing;
 * in any other class only the top node (the one whose parent is outside the class) is computed,
 * and the others copy its value. On the Aralia fault trees most OR gates have a child of their
 * own. Cost O(nodes + edges).
 */
final class LinkedInterventions {
  /** source[2 × node + c]: the node whose T[·:=1] (c = 0) or T[·:=0] (c = 1) this one equals. */
  private final int[] source;
  /** Whether a wanted node's value is copied from the slot, or is the slot's own. */
  private final boolean[] needed;

  /**
   * @param computed the nodes whose two values are known without intervening
   */
  LinkedInterventions(ModeDiagrams diagrams, boolean[] computed) {
    this(diagrams, computed, null);
  }

  /**
   * @param computed the nodes whose two values are known without intervening
   * @param wanted the nodes whose values are wanted ({@link CriticalCandidates}); null for all.
   *     A value no wanted node needs is not computed, and is not copied
   */
  LinkedInterventions(ModeDiagrams diagrams, boolean[] computed, boolean[] wanted) {
    TreeIndex index = diagrams.index;
    source = new int[2 * index.size];
    int[] parent = new int[2 * index.size];
    for (int node = 0; node < index.size; node++) {
      parent[2 * node] = 2 * node;
      parent[2 * node + 1] = 2 * node + 1;
      if (index.parents[node].length == 1) {
        int up = index.parents[node][0];
        int n = index.children[up].length;
        Gate gate = index.gate[up];
        // a gate of one child (AND or OR) is both
        boolean any = gate == Gate.OR || gate == Gate.ATLEAST && index.k[up] == 1
            || gate == Gate.AND && n == 1;
        boolean all = gate == Gate.AND || gate == Gate.ATLEAST && index.k[up] == n
            || gate == Gate.OR && n == 1;
        if (any && !guarded(diagrams, up)) {
          parent[2 * node] = 2 * up;
        }
        if (all) {
          parent[2 * node + 1] = 2 * up + 1;
        }
      }
    }
    // Each intervention links to at most one above it: the classes are trees. Their top is
    // found from the root down (parents before children), so every link is resolved once.
    for (int i = index.bottomUp.length - 1; i >= 0; i--) {
      int node = index.bottomUp[i];
      for (int c = 0; c < 2; c++) {
        int self = 2 * node + c;
        source[self] = parent[self] == self ? self : source[parent[self]];
      }
    }
    // A class with a computed node takes its value from there.
    int[] known = new int[2 * index.size];
    Arrays.fill(known, -1);
    for (int node = 0; node < index.size; node++) {
      if (computed[node]) {
        for (int c = 0; c < 2; c++) {
          int top = source[2 * node + c];
          if (known[top] < 0) {
            known[top] = 2 * node + c;
          }
        }
      }
    }
    for (int i = 0; i < source.length; i++) {
      source[i] = computed[i / 2] ? i : known[source[i]] >= 0 ? known[source[i]] : source[i];
    }
    needed = new boolean[source.length];
    for (int i = 0; i < source.length; i++) {
      if (wanted == null || wanted[i / 2]) {
        needed[i] = true;
        needed[source[i]] = true;
      }
    }
  }

  /** Whether T[node:=1] (or T[node:=0]) must be computed for {@code node} itself. */
  boolean computes(int node, boolean achieved) {
    int self = 2 * node + (achieved ? 0 : 1);
    return source[self] == self && needed[self];
  }

  /** Fills every value that equals another node's, once the computed ones are known. */
  void copy(double[] achieved, double[] blocked) {
    copyKnown(achieved, blocked, null);
  }

  /**
   * Fills the values that equal another node's whose value is {@code known} (by slot: 2 × node
   * for T[·:=1], 2 × node + 1 for T[·:=0]; null: all), marking them known too.
   */
  void copyKnown(double[] achieved, double[] blocked, boolean[] known) {
    for (int i = 0; i < source.length; i++) {
      if (source[i] != i && needed[i] && (known == null || known[source[i]])) {
        double[] values = i % 2 == 0 ? achieved : blocked;
        values[i / 2] = values[source[i] / 2];
        if (known != null) {
          known[i] = true;
        }
      }
    }
  }

  /**
   * Marks {@code computed} the nodes whose two values are linked to computed nodes', copying
   * them: they need no intervention.
   */
  static void computeLinked(ModeDiagrams diagrams, boolean[] computed, double[] achieved,
      double[] blocked) {
    boolean[] slots = new boolean[2 * computed.length];
    for (int node = 0; node < computed.length; node++) {
      slots[2 * node] = slots[2 * node + 1] = computed[node];
    }
    new LinkedInterventions(diagrams, computed).copyKnown(achieved, blocked, slots);
    for (int node = 0; node < computed.length; node++) {
      computed[node] = slots[2 * node] && slots[2 * node + 1];
    }
  }

  private static boolean guarded(ModeDiagrams diagrams, int node) {
    for (int m : diagrams.index.mitigations[node]) {
      if (diagrams.counted[m]) {
        return true;
      }
    }
    return false;
  }
}
