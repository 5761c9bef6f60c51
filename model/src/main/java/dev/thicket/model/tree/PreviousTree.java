package dev.thicket.model.tree;

import java.util.Arrays;
import java.util.Map;

/**
 * The tree an edit started from, as the rebuilt tree can use it: which positions hold the very
 * same node objects as before (their children are found through the old structure instead of by
 * id, and their own checks still hold), and where each old node went. Nodes are matched by the
 * identity of their id strings in file order, which edits keep (a changed node keeps its id
 * object, a deleted one is skipped, new ones come last); anything unmatched is looked up by id,
 * so a poor match costs time, never correctness.
 */
final class PreviousTree {
  private final NodeMap nodes;
  private final NodeMap oldNodes;
  private final TreeStructure oldStructure;
  /** For each new position the old position of the same id object, or -1. */
  private final int[] oldAt;
  /** For each old position the new position of the same id object, or -1. */
  private final int[] newAt;
  private final boolean checksHold;

  private PreviousTree(NodeMap nodes, NodeMap oldNodes, TreeStructure oldStructure, int[] oldAt,
      int[] newAt, boolean checksHold) {
    this.nodes = nodes;
    this.oldNodes = oldNodes;
    this.oldStructure = oldStructure;
    this.oldAt = oldAt;
    this.newAt = newAt;
    this.checksHold = checksHold;
  }

  /**
   * How {@code nodes} correspond to {@code oldNodes}, or {@code null} when they hardly do (then
   * the tree is built as from a file). A kept node's own checks hold when the scales are the same
   * and no mitigation it could list has gone.
   */
  static PreviousTree of(NodeMap nodes, NodeMap oldNodes, TreeStructure oldStructure,
      Map<String, Mitigation> mitigations, Map<String, Mitigation> oldMitigations,
      boolean sameScales) {
    String[] ids = nodes.ids();
    String[] oldIds = oldNodes.ids();
    int[] oldAt = new int[ids.length];
    int[] newAt = new int[oldIds.length];
    Arrays.fill(newAt, -1);
    long budget = 2L * oldIds.length + ids.length; // comparisons before giving up
    int next = 0;
    for (int node = 0; node < ids.length; node++) {
      int at = next;
      while (at < oldIds.length && oldIds[at] != ids[node] && budget-- > 0) {
        at++;
      }
      if (budget < 0) {
        return null;
      }
      if (at < oldIds.length && oldIds[at] == ids[node]) {
        oldAt[node] = at;
        newAt[at] = node;
        next = at + 1;
      } else {
        oldAt[node] = -1; // a new node, or one out of order: found by id
      }
    }
    boolean checksHold = sameScales && mitigations.keySet().containsAll(oldMitigations.keySet());
    return new PreviousTree(nodes, oldNodes, oldStructure, oldAt, newAt, checksHold);
  }

  /** The old position of the node at {@code node} when it is the very same object, else -1. */
  int keptAt(int node) {
    int old = oldAt[node];
    return old >= 0 && oldNodes.at(old) == nodes.at(node) ? old : -1;
  }

  /** Whether the node at {@code node} passed every check of its own in the old tree. */
  boolean checked(int node) {
    return checksHold && keptAt(node) >= 0;
  }

  /** The old structure, whose positions {@link #keptAt} gives. */
  TreeStructure oldStructure() {
    return oldStructure;
  }

  /** The new position of the node at old position {@code old}, or -1 when it has none. */
  int newAt(int old) {
    return newAt[old];
  }
}
