package dev.thicket.model.analysis.bdd;

import java.util.Arrays;

/**
 * Hash-consed decision-diagram nodes (variable, low, high) packed in one int array, shared by
 * {@link Bdd} and {@link Zdd}. Nodes 0 and 1 are the terminals; new nodes get increasing
 * indices, so a node's children always have smaller indices than the node ({@link #collect}
 * keeps that). The reduction rule is the caller's.
 */
final class NodeTable {
  static final int NODE_BITS = 28;
  private static final int MAX_NODES = (1 << NODE_BITS) - 1;
  private static final long NODE_MASK = (1L << NODE_BITS) - 1;

  /**
   * Four ints a node, read together (one memory access): variable, low branch, high branch, and
   * the terminal reached from the node by following low branches only.
   */
  private int[] cells = new int[4 * 1024];
  int size = 2;
  /** The entries of the nodes numbered below {@link #temporaryFrom}. */
  private UniqueSlots permanent = new UniqueSlots();
  /**
   * The entries of the nodes numbered {@link #temporaryFrom} or more, made while temporary nodes
   * are kept apart ({@link #keepTemporaryApart}). A node with a temporary child cannot be among
   * the older nodes, so it is looked up here only, in a table the size of the temporary nodes
   * rather than of the whole diagram; a rollback to the start empties it at once.
   */
  private UniqueSlots temporary = new UniqueSlots();
  /** The first temporary node; {@link Integer#MAX_VALUE} when they are not kept apart. */
  private int temporaryFrom = Integer.MAX_VALUE;
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
    UniqueSlots slots = permanent;
    if (temporaryFrom != Integer.MAX_VALUE) {
      if (lowBranch < temporaryFrom && highBranch < temporaryFrom) {
        int found = find(permanent, tag, v, lowBranch, highBranch);
        if (found >= 0) {
          return found;
        }
      }
      slots = temporary;
    }
    int found = find(slots, tag, v, lowBranch, highBranch);
    if (found >= 0) {
      return found;
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
    slots.insertAt(~found, tag | node);
    return node;
  }

  /** The node (v, low, high) if {@code slots} holds it, else ~(the free slot its probe reached). */
  private int find(UniqueSlots slots, long tag, int v, int lowBranch, int highBranch) {
    long[] entries = slots.entries;
    int mask = entries.length - 1;
    int slot = slots.home(tag);
    long entry;
    while ((entry = entries[slot]) != 0L) {
      if ((entry & ~NODE_MASK) == tag) {
        int node = (int) (entry & NODE_MASK);
        int at = node << 2;
        if (cells[at] == v && cells[at + 1] == lowBranch && cells[at + 2] == highBranch) {
          return node;
        }
      }
      slot = (slot + 1) & mask;
    }
    return ~slot;
  }

  /**
   * Enters the nodes made from now on in a table of their own, until {@link #mergeTemporary}:
   * for a computation that makes many nodes and rolls them back, in a diagram of millions. Nodes
   * kept apart before are entered with the others first.
   */
  void keepTemporaryApart() {
    mergeTemporary();
    temporaryFrom = size;
  }

  /** Enters the temporary nodes left, if any, with the others, and stops keeping them apart. */
  void mergeTemporary() {
    if (temporaryFrom == Integer.MAX_VALUE) {
      return;
    }
    for (int node = temporaryFrom; node < size; node++) {
      permanent.insert(entry(node));
    }
    if (size > temporaryFrom) {
      temporary = new UniqueSlots();
    }
    temporaryFrom = Integer.MAX_VALUE;
  }

  /**
   * Forgets every node numbered {@code mark} or more (nodes made since {@code size} was {@code
   * mark}), so that a computation's temporary nodes free their room. Each entry is removed by a
   * backward shift ({@link UniqueSlots#remove}), whatever order the entries went in; when every
   * temporary node goes, their table is replaced by an empty one at once. O(nodes removed).
   */
  void rollback(int mark) {
    if (mark < 2 || mark > size) {
      throw new IllegalArgumentException("no such mark: " + mark);
    }
    int node = size - 1;
    if (mark <= temporaryFrom && temporaryFrom < size) {
      // A table for as many as there were: a new array costs what clearing it does.
      temporary = new UniqueSlots(4 * (size - temporaryFrom));
      node = temporaryFrom - 1;
    }
    for (; node >= mark; node--) {
      (node >= temporaryFrom ? temporary : permanent).remove(entry(node));
    }
    if (mark < temporaryFrom && temporaryFrom != Integer.MAX_VALUE) {
      temporaryFrom = mark;
    }
    size = mark;
  }

  /**
   * Mark and compact: keeps the nodes reachable from {@code roots} (terminals always), renumbered
   * in their old order, so that children still come before parents, and rebuilds the unique
   * table (temporary nodes kept are then entered with the others). Returns the renumbering, old
   * node → new node, -1 for a node not kept. O(size).
   */
  int[] collect(int[] roots) {
    int[] renumbered = new int[size];
    int kept = renumber(roots, renumbered);
    for (int node = 2; node < size; node++) {
      if (renumbered[node] >= 0) {
        copyNode(cells, node, renumbered);
      }
    }
    collected += size - kept;
    size = kept;
    int capacity = capacityFor(size);
    if (capacity < cells.length / 2) {
      cells = Arrays.copyOf(cells, capacity);
    }
    enterAll(Math.min(slotsFor(size), permanent.slots()));
    return renumbered;
  }

  /**
   * A table of its own holding the nodes reachable from {@code roots}, renumbered as {@link
   * #collect} would, with {@code copyCheckpoint} and the same budget; this one is left as it is.
   * Not while temporary nodes are kept apart. O(size).
   *
   * @param renumbered filled with old node → new node, -1 for a node not kept (length ≥ size)
   */
  NodeTable copyKeeping(int[] roots, Runnable copyCheckpoint, int[] renumbered) {
    if (temporaryFrom != Integer.MAX_VALUE) {
      throw new IllegalStateException("temporary nodes are kept apart");
    }
    NodeTable copy = new NodeTable(copyCheckpoint, maxNodes);
    copy.size = renumber(roots, renumbered);
    copy.collected = collected + size - copy.size;
    if (copy.size == size) {
      // Every node kept, in its place: the arrays are copied as they are (edf9202's 335 K nodes
      // in 15 ms instead of 33 on a cold start), the unique table's entries included.
      copy.cells = Arrays.copyOf(cells, capacityFor(size));
      copy.permanent = new UniqueSlots(permanent);
      return copy;
    }
    copy.cells = new int[capacityFor(copy.size)];
    System.arraycopy(cells, 0, copy.cells, 0, 8);
    for (int node = 2; node < size; node++) {
      if (renumbered[node] >= 0) {
        copy.copyNode(cells, node, renumbered);
      }
    }
    copy.enterAll(slotsFor(copy.size));
    return copy;
  }

  /**
   * Numbers the nodes reachable from {@code roots} (terminals always) in their old order into
   * {@code renumbered}, -1 for the others; returns how many are kept.
   */
  private int renumber(int[] roots, int[] renumbered) {
    Arrays.fill(renumbered, 0, size, -1);
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
    renumbered[0] = 0;
    renumbered[1] = 1;
    int next = 2;
    for (int node = 2; node < size; node++) {
      if (renumbered[node] == 0) {
        renumbered[node] = next++;
      }
    }
    return next;
  }

  /** Writes node {@code node} of {@code from} here, as node renumbered[node], its children too. */
  private void copyNode(int[] from, int node, int[] renumbered) {
    int source = node << 2;
    int target = renumbered[node] << 2;
    cells[target] = from[source];
    cells[target + 1] = renumbered[from[source + 1]];
    cells[target + 2] = renumbered[from[source + 2]];
    cells[target + 3] = from[source + 3];
  }

  private static int capacityFor(int nodes) {
    return 4 * Math.max(1024, Integer.highestOneBit(Math.max(1, nodes - 1)) * 2);
  }

  private static int slotsFor(int nodes) {
    return Math.max(2048, Integer.highestOneBit(Math.max(1, nodes)) * 4);
  }

  /** Enters every node in a new table of {@code slots} slots; none kept apart. */
  private void enterAll(int slots) {
    permanent = new UniqueSlots(slots);
    temporary = new UniqueSlots();
    temporaryFrom = Integer.MAX_VALUE;
    for (int node = 2; node < size; node++) {
      permanent.insert(entry(node));
    }
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
}
