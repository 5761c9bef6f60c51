package dev.thicket.model.analysis.bdd;

import java.util.Arrays;

/**
 * Hash-consed decision-diagram nodes (variable, low, high) packed in one int array, shared by
 * {@link Bdd} and {@link Zdd}. Nodes 0 and 1 are the terminals; new nodes get increasing
 * indices, so a node's children always have smaller indices than the node ({@link #collect}
 * keeps that). The reduction rule is the caller's.
 */
final class NodeTable {
  private static final int MAX_NODES = 1 << 28;

  /**
   * Four ints a node, read together (one memory access): variable, low branch, high branch, and
   * the terminal reached from the node by following low branches only.
   */
  private int[] cells = new int[4 * 1024];
  int size = 2;
  /** Open addressing; each entry is (32-bit hash << 32 | node), -1 when free. */
  private long[] unique = new long[2048];
  private int uniqueMask = unique.length - 1;
  private final Runnable checkpoint;

  private int maxNodes;
  /** Nodes dropped by collections so far: the budget counts every node ever made. */
  long collected;

  /**
   * @param checkpoint run every 65,536 new nodes (may throw to stop a long computation)
   * @param budget the most nodes made, those dropped by {@link #collect} included (at most 2^28
   *     live)
   */
  NodeTable(Runnable checkpoint, int budget) {
    this.checkpoint = checkpoint;
    this.maxNodes = budget;
    cells[0] = cells[4] = Integer.MAX_VALUE;
    cells[4 + 3] = 1;
    Arrays.fill(unique, -1L);
  }

  /** Allows up to 2^28 live nodes from now on, whatever the budget given at construction. */
  void liftBudget() {
    maxNodes = Integer.MAX_VALUE;
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
        int at = node << 2;
        if (cells[at] == v && cells[at + 1] == lowBranch && cells[at + 2] == highBranch) {
          return node;
        }
      }
      slot = (slot + 1) & uniqueMask;
    }
    if (size >= MAX_NODES || size + collected >= maxNodes) {
      throw new BddTooLargeException(size);
    }
    if (size << 2 == cells.length) {
      cells = Arrays.copyOf(cells, cells.length * 2);
    }
    if ((size & 0xFFFF) == 0) {
      checkpoint.run();
    }
    int node = size++;
    int at = node << 2;
    cells[at] = v;
    cells[at + 1] = lowBranch;
    cells[at + 2] = highBranch;
    cells[at + 3] = cells[(lowBranch << 2) + 3];
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
      long hash = hash(node);
      long entry = (hash & 0xFFFFFFFF00000000L) | node;
      int slot = (int) (hash & uniqueMask);
      while (unique[slot] != entry) {
        slot = (slot + 1) & uniqueMask;
      }
      unique[slot] = -1L;
    }
    size = mark;
  }

  /**
   * Mark and compact: keeps the nodes reachable from {@code roots} (terminals always), renumbered
   * in their old order, so that children still come before parents, and rebuilds the unique
   * table. Returns the renumbering, old node → new node, -1 for a node not kept. O(size).
   */
  int[] collect(int[] roots) {
    int[] renumbered = new int[size];
    Arrays.fill(renumbered, -1);
    renumbered[0] = 0;
    renumbered[1] = 1;
    for (int root : roots) {
      if (root > 1) {
        renumbered[root] = 0;
      }
    }
    // Parents have larger numbers than their children: one descending sweep marks everything.
    for (int node = size - 1; node >= 2; node--) {
      if (renumbered[node] == 0) {
        renumbered[low(node)] = 0;
        renumbered[high(node)] = 0;
      }
    }
    renumbered[1] = 1;
    int next = 2;
    for (int node = 2; node < size; node++) {
      if (renumbered[node] == 0) {
        int from = node << 2;
        int to = next << 2;
        cells[to] = cells[from];
        cells[to + 1] = renumbered[cells[from + 1]];
        cells[to + 2] = renumbered[cells[from + 2]];
        cells[to + 3] = cells[from + 3];
        renumbered[node] = next++;
      }
    }
    collected += size - next;
    size = next;
    int capacity = 4 * Math.max(1024, Integer.highestOneBit(Math.max(1, size - 1)) * 2);
    if (capacity < cells.length / 2) {
      cells = Arrays.copyOf(cells, capacity);
    }
    int slots = Math.max(2048, Integer.highestOneBit(Math.max(1, size)) * 4);
    unique = new long[Math.min(slots, unique.length)];
    uniqueMask = unique.length - 1;
    fillUnique();
    return renumbered;
  }

  int variable(int node) {
    return cells[node << 2];
  }

  int low(int node) {
    return cells[(node << 2) + 1];
  }

  int high(int node) {
    return cells[(node << 2) + 2];
  }

  int lowestTerminal(int node) {
    return cells[(node << 2) + 3];
  }

  private long hash(int node) {
    int at = node << 2;
    return Bdd.mix(cells[at], Bdd.mix(cells[at + 1], cells[at + 2]));
  }

  private void rehash() {
    unique = new long[unique.length * 2];
    uniqueMask = unique.length - 1;
    fillUnique();
  }

  /** Enters every node in an emptied unique table. */
  private void fillUnique() {
    Arrays.fill(unique, -1L);
    for (int node = 2; node < size; node++) {
      long hash = hash(node);
      int slot = (int) (hash & uniqueMask);
      while (unique[slot] != -1L) {
        slot = (slot + 1) & uniqueMask;
      }
      unique[slot] = (hash & 0xFFFFFFFF00000000L) | node;
    }
  }
}
