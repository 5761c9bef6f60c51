package dev.thicket.model.analysis.bdd;

import java.util.Arrays;

/**
 * The slots of a unique table ({@link NodeTable}): open addressing with linear probing, each
 * entry a node's hash with its low {@link NodeTable#NODE_BITS} bits replaced by the node, 0 when
 * free. An entry's home slot is the top bits of its hash, so an entry names its own home: doubling
 * is one sequential pass ({@link #grow}), and a removal is a backward shift ({@link #remove}).
 * Kept at most half full.
 */
final class UniqueSlots {
  private static final int MIN_SLOTS = 2048;

  long[] entries;
  private int shift;
  private int count;

  UniqueSlots() {
    this(MIN_SLOTS);
  }

  /** Room for {@code slots} entries, rounded up to a power of two (at least 2,048). */
  UniqueSlots(int slots) {
    allocate(Math.max(MIN_SLOTS, Integer.highestOneBit(Math.max(1, slots - 1)) * 2));
  }

  /** A copy of {@code original}: the same entries in the same slots. */
  UniqueSlots(UniqueSlots original) {
    entries = original.entries.clone();
    shift = original.shift;
    count = original.count;
  }

  private void allocate(int slots) {
    entries = new long[slots];
    shift = 64 - Integer.numberOfTrailingZeros(slots);
  }

  /** The slot where {@code entry}'s probe sequence starts. */
  int home(long entry) {
    return (int) (entry >>> shift);
  }

  int mask() {
    return entries.length - 1;
  }

  int slots() {
    return entries.length;
  }

  /** Puts {@code entry} at {@code slot}, the free slot its probe sequence reached; may grow. */
  void insertAt(int slot, long entry) {
    entries[slot] = entry;
    if (++count * 2 > entries.length) {
      grow();
    }
  }

  /** Puts {@code entry} in the first free slot from its home; may grow. */
  void insert(long entry) {
    enter(entry);
    if (++count * 2 > entries.length) {
      grow();
    }
  }

  /**
   * Removes {@code entry} (present): empties its slot, moving back each later entry of its run
   * whose probe sequence passed through the hole, so that every entry stays reachable from its
   * home without a free slot on the way. The table is then as if it had never been entered.
   */
  void remove(long entry) {
    int mask = mask();
    int hole = home(entry);
    while (entries[hole] != entry) {
      hole = (hole + 1) & mask;
    }
    int slot = hole;
    while (true) {
      slot = (slot + 1) & mask;
      long next = entries[slot];
      if (next == 0L) {
        break;
      }
      // Moves back unless its home lies cyclically in (hole, slot].
      if (((slot - home(next)) & mask) >= ((slot - hole) & mask)) {
        entries[hole] = next;
        hole = slot;
      }
    }
    entries[hole] = 0L;
    count--;
  }

  private void enter(long entry) {
    int mask = mask();
    int slot = home(entry);
    while (entries[slot] != 0L) {
      slot = (slot + 1) & mask;
    }
    entries[slot] = entry;
  }

  /**
   * Doubles the table. A home in the doubled table is twice the old one or one more, so entries
   * taken in slot order, from the start of a run, go in nearly in slot order: sequential writes.
   */
  private void grow() {
    long[] old = entries;
    int oldMask = old.length - 1;
    allocate(old.length * 2);
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
