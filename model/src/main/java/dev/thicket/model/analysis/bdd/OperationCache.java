package dev.thicket.model.analysis.bdd;

/**
 * The lossy, direct-mapped cache of {@link Bdd}'s operations, four ints an entry (one memory
 * access): left operand (-1 when empty), key (right operand and operation), result, and the
 * rollback epoch the entry was written in. It grows with the diagram, to about one entry per
 * node as in CUDD. After a rollback an entry stays valid when it was written since, or when every
 * node it names is older than the oldest rollback's mark.
 */
final class OperationCache {
  private static final int MAX_ENTRIES = 1 << 24;

  private int[] entries;
  private int mask;
  private int epoch;
  /** Nodes below this number were never rolled back: entries about them stay valid. */
  private int stableBelow = Integer.MAX_VALUE;
  private final int keyShift;

  /** @param keyShift the bits of a key below its right operand (they hold the operation) */
  OperationCache(int entries, int keyShift) {
    this.keyShift = keyShift;
    allocate(entries);
  }

  /** Grows, emptied, to twice the table's nodes (a power of two) when smaller than them. */
  void fit(int nodes) {
    if (nodes > mask + 1 && mask + 1 < MAX_ENTRIES) {
      allocate(Math.min(MAX_ENTRIES, Integer.highestOneBit(nodes) * 2));
    }
  }

  /** Where ({@code f}, {@code key}) is kept. */
  int slot(int f, int key) {
    return (int) (Bdd.mix(f, key) & mask) << 2;
  }

  /** The result kept at {@code slot} for ({@code f}, {@code key}), or -1. */
  int get(int slot, int f, int key) {
    return entries[slot] == f && entries[slot + 1] == key && valid(slot) ? entries[slot + 2] : -1;
  }

  void put(int slot, int f, int key, int result) {
    entries[slot] = f;
    entries[slot + 1] = key;
    entries[slot + 2] = result;
    entries[slot + 3] = epoch;
  }

  /** After a rollback to {@code mark}: entries naming newer nodes are no longer trusted. */
  void rolledBack(int mark) {
    epoch++;
    stableBelow = Math.min(stableBelow, mark);
  }

  /** After a collection renumbered the nodes: nothing kept is trusted. */
  void clear() {
    empty();
    epoch++;
    stableBelow = Integer.MAX_VALUE;
  }

  private boolean valid(int slot) {
    return entries[slot + 3] == epoch
        || Math.max(entries[slot], Math.max(entries[slot + 1] >>> keyShift, entries[slot + 2]))
            < stableBelow;
  }

  private void allocate(int size) {
    entries = new int[4 * size];
    empty();
    mask = size - 1;
  }

  private void empty() {
    for (int slot = 0; slot < entries.length; slot += 4) {
      entries[slot] = -1;
    }
  }
}
