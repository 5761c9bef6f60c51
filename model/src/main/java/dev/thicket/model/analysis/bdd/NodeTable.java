package dev.thicket.model.analysis.bdd;

import java.util.Arrays;

/**
 * Hash-consed decision-diagram nodes (variable, low, high) in flat int arrays, shared by {@link
 * Bdd} and {@link Zdd}. Nodes 0 and 1 are the terminals; new nodes get increasing indices, so a
 * node's children always have smaller indices than the node. The reduction rule is the caller's.
 */
final class NodeTable {
  private static final int MAX_NODES = 1 << 28;

  int[] variable = new int[1024];
  int[] low = new int[1024];
  int[] high = new int[1024];
  int size = 2;
  private int[] unique = new int[2048];
  private int uniqueMask = unique.length - 1;
  private final Runnable checkpoint;

  /** @param checkpoint run every 65,536 new nodes (may throw to stop a long computation) */
  NodeTable(Runnable checkpoint) {
    this.checkpoint = checkpoint;
    variable[0] = variable[1] = Integer.MAX_VALUE;
    Arrays.fill(unique, -1);
  }

  /** The node (v, lowBranch, highBranch), created if new. */
  int findOrAdd(int v, int lowBranch, int highBranch) {
    int slot = slot(v, lowBranch, highBranch);
    while (unique[slot] != -1) {
      int node = unique[slot];
      if (variable[node] == v && low[node] == lowBranch && high[node] == highBranch) {
        return node;
      }
      slot = (slot + 1) & uniqueMask;
    }
    if (size == variable.length) {
      if (size >= MAX_NODES) {
        throw new BddTooLargeException(size);
      }
      variable = Arrays.copyOf(variable, size * 2);
      low = Arrays.copyOf(low, size * 2);
      high = Arrays.copyOf(high, size * 2);
    }
    if ((size & 0xFFFF) == 0) {
      checkpoint.run();
    }
    int node = size++;
    variable[node] = v;
    low[node] = lowBranch;
    high[node] = highBranch;
    unique[slot] = node;
    if (size * 2 > unique.length) {
      rehash();
    }
    return node;
  }

  private int slot(int v, int lowBranch, int highBranch) {
    return (int) (Bdd.mix(v, Bdd.mix(lowBranch, highBranch)) & uniqueMask);
  }

  private void rehash() {
    unique = new int[unique.length * 2];
    Arrays.fill(unique, -1);
    uniqueMask = unique.length - 1;
    for (int node = 2; node < size; node++) {
      int slot = slot(variable[node], low[node], high[node]);
      while (unique[slot] != -1) {
        slot = (slot + 1) & uniqueMask;
      }
      unique[slot] = node;
    }
  }
}
