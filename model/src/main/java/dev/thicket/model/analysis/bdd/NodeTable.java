package dev.thicket.model.analysis.bdd;

import java.util.Arrays;

/**
 * Hash-consed decision-diagram nodes (variable, low, high) packed in one int array, shared by
 * {@link Bdd} and {@link Zdd}. Nodes 0 and 1 are the terminals; new nodes get increasing
 * indices, so a node's children always have smaller indices than the node ({@link #collect}
 * keeps that). The reduction rule is the caller's.
 */
final class NodeTable {
  private static final int NODE_BITS = 28;
  private static final int MAX_NODES = (1 << NODE_BITS) - 1;
  private static final long NODE_MASK = (1L << NODE_BITS) - 1;

  /**
   * Four ints a node, read together (one memory access): variable, low branch, high branch, and
   * the terminal reached from the node by following low branches only.
   */
  private int[] cells = new int[4 * 1024];
  int size = 2;
  /**
   * Open addressing with linear probing: each entry is the node's hash with its low {@link
   * #NODE_BITS} bits replaced by the node, 0 when free. A node's home slot is the top bits of its
   * hash, so an entry names its own home: doubling the table is one sequential pass over it
   * ({@link #rehash}) instead of a random write per node.
   */
  private long[] unique = new long[2048];
  private int uniqueShift = 64 - 11;
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
  }

  /** Allows up to 2^28 live nodes from now on, whatever the budget given at construction. */
  void liftBudget() {
    maxNodes = Integer.MAX_VALUE;
  }

  /** Allows at most {@code budget} nodes made, those dropped by {@link #collect} included. */
  void limitBudget(int budget) {
    maxNodes = budget;
  }

  /** The node (v, lowBranch, highBranch), created if new. */
  int findOrAdd(int v, int lowBranch, int highBranch) {
    long tag = Bdd.mix(v, Bdd.mix(lowBranch, highBranch)) & ~NODE_MASK;
    int slot = (int) (tag >>> uniqueShift);
    int mask = unique.length - 1;
    long entry;
    while ((entry = unique[slot]) != 0L) {
      if ((entry & ~NODE_MASK) == tag) {
        int node = (int) (entry & NODE_MASK);
        int at = node << 2;
        if (cells[at] == v && cells[at + 1] == lowBranch && cells[at + 2] == highBranch) {
          return node;
        }
      }
      slot = (slot + 1) & mask;
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
   * mark}), so that a computation's temporary nodes free their room. Each entry is removed by
   * backward-shift deletion, which leaves the table as if the node had never been entered,
   * whatever order the entries went in. O(nodes removed).
   */
  void rollback(int mark) {
    if (mark < 2 || mark > size) {
      throw new IllegalArgumentException("no such mark: " + mark);
    }
    int mask = unique.length - 1;
    for (int node = size - 1; node >= mark; node--) {
      long entry = entry(node);
      int slot = home(entry);
      while (unique[slot] != entry) {
        slot = (slot + 1) & mask;
      }
      remove(slot);
    }
    size = mark;
  }

  /**
   * Empties {@code hole}, moving back each later entry of its run whose probe sequence passed
   * through the hole, so that every entry stays reachable from its home without a free slot.
   */
  private void remove(int hole) {
    int mask = unique.length - 1;
    int slot = hole;
    while (true) {
      slot = (slot + 1) & mask;
      long entry = unique[slot];
      if (entry == 0L) {
        break;
      }
      // Moves back unless its home lies cyclically in (hole, slot].
      if (((slot - home(entry)) & mask) >= ((slot - hole) & mask)) {
        unique[hole] = entry;
        hole = slot;
      }
    }
    unique[hole] = 0L;
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
    uniqueShift = 64 - Integer.numberOfTrailingZeros(unique.length);
    for (int node = 2; node < size; node++) {
      enter(entry(node));
    }
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

  /** The unique-table entry of {@code node}: its hash's high bits and the node. */
  private long entry(int node) {
    int at = node << 2;
    return Bdd.mix(cells[at], Bdd.mix(cells[at + 1], cells[at + 2])) & ~NODE_MASK | node;
  }

  /** The slot where {@code entry}'s probe sequence starts. */
  private int home(long entry) {
    return (int) (entry >>> uniqueShift);
  }

  /** Puts {@code entry} in the first free slot from its home. */
  private void enter(long entry) {
    int mask = unique.length - 1;
    int slot = home(entry);
    while (unique[slot] != 0L) {
      slot = (slot + 1) & mask;
    }
    unique[slot] = entry;
  }

  /**
   * Doubles the table. A home in the doubled table is twice the old one or one more, so entries
   * taken in slot order, from the start of a run, go in nearly in slot order: sequential writes.
   */
  private void rehash() {
    long[] old = unique;
    int oldMask = old.length - 1;
    unique = new long[old.length * 2];
    uniqueShift--;
    int start = 0;
    while (old[start] != 0L) {
      start++;
    }
    for (int i = 1; i <= old.length; i++) {
      long entry = old[(start + i) & oldMask];
      if (entry != 0L) {
        enter(entry);
      }
    }
  }
}
