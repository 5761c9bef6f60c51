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
  /** The terminal reached from each node by following low branches only. */
  int[] lowestTerminal = new int[1024];
  int size = 2;
  /** Open addressing; each entry is (32-bit hash << 32 | node), -1 when free. */
  private long[] unique = new long[2048];
  private int uniqueMask = unique.length - 1;
  private final Runnable checkpoint;

  private int maxNodes;

  /**
   * @param checkpoint run every 65,536 new nodes (may throw to stop a long computation)
   * @param budget the most nodes allowed (capped at 2^28)
   */
  NodeTable(Runnable checkpoint, int budget) {
    this.checkpoint = checkpoint;
    this.maxNodes = Math.min(budget, MAX_NODES);
    variable[0] = variable[1] = Integer.MAX_VALUE;
    lowestTerminal[1] = 1;
    Arrays.fill(unique, -1L);
  }

  /** Allows up to 2^28 nodes from now on, whatever the budget given at construction. */
  void liftBudget() {
    maxNodes = MAX_NODES;
  }

  /** The node (v, lowBranch, highBranch), created if new. */
  int findOrAdd(int v, int lowBranch, int highBranch) {
    long hash = Bdd.mix(v, Bdd.mix(lowBranch, highBranch));
    long tag = hash & 0xFFFFFFFF00000000L;
    int slot = (int) (hash & uniqueMask);
    while (unique[slot] != -1L) {
      long entry = unique[slot];
      if ((entry & 0xFFFFFFFF00000000L) == tag) {
        int node = (int) entry;
        if (variable[node] == v && low[node] == lowBranch && high[node] == highBranch) {
          return node;
        }
      }
      slot = (slot + 1) & uniqueMask;
    }
    if (size >= maxNodes) {
      throw new BddTooLargeException(size);
    }
    if (size == variable.length) {
      variable = Arrays.copyOf(variable, size * 2);
      low = Arrays.copyOf(low, size * 2);
      high = Arrays.copyOf(high, size * 2);
      lowestTerminal = Arrays.copyOf(lowestTerminal, size * 2);
    }
    if ((size & 0xFFFF) == 0) {
      checkpoint.run();
    }
    int node = size++;
    variable[node] = v;
    low[node] = lowBranch;
    high[node] = highBranch;
    lowestTerminal[node] = lowestTerminal[lowBranch];
    unique[slot] = tag | node;
    if (size * 2 > unique.length) {
      rehash();
    }
    return node;
  }

  /**
   * Forgets every node numbered {@code mark} or more (nodes made since {@code size} was {@code
   * mark}), so that a computation's temporary nodes free their room. Removing the unique-table
   * entries newest first restores the table exactly: with linear probing, no older entry's probe
   * sequence passes through a slot filled later. O(nodes removed).
   */
  void rollback(int mark) {
    if (mark < 2 || mark > size) {
      throw new IllegalArgumentException("no such mark: " + mark);
    }
    for (int node = size - 1; node >= mark; node--) {
      long hash = Bdd.mix(variable[node], Bdd.mix(low[node], high[node]));
      long entry = (hash & 0xFFFFFFFF00000000L) | node;
      int slot = (int) (hash & uniqueMask);
      while (unique[slot] != entry) {
        slot = (slot + 1) & uniqueMask;
      }
      unique[slot] = -1L;
    }
    size = mark;
  }

  int lowestTerminal(int node) {
    return lowestTerminal[node];
  }

  private void rehash() {
    unique = new long[unique.length * 2];
    Arrays.fill(unique, -1L);
    uniqueMask = unique.length - 1;
    for (int node = 2; node < size; node++) {
      long hash = Bdd.mix(variable[node], Bdd.mix(low[node], high[node]));
      int slot = (int) (hash & uniqueMask);
      while (unique[slot] != -1L) {
        slot = (slot + 1) & uniqueMask;
      }
      unique[slot] = (hash & 0xFFFFFFFF00000000L) | node;
    }
  }
}
