package dev.thicket.model.tree;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The position of each id in an array of ids: an open-addressing table of ints (one array, a
 * fifth of a {@code HashMap<String, Integer>} of a million ids), probed by the strings' cached
 * {@link String#hashCode()}. Ids come from untrusted files, and many strings share one hash code
 * (any mix of "Aa" and "BB"), which makes linear probing quadratic: after a long probe the table
 * is built again with a hash of its own, seeded at random.
 */
final class IdIndex {
  private final String[] ids;
  /** Position + 1 of the id hashed here, 0 for an empty slot; a power of two, at most half full. */
  private final int[] slots;
  private final int shift;
  /** 0 while probing by {@link String#hashCode()}, else the seed of the table's own hash. */
  private int seed;
  /** The position of the first id equal to an earlier one, or -1. */
  private int firstRepeat = -1;

  /** A probe this long means colliding hash codes (at most half full, it is rare otherwise). */
  private static final int LONG_PROBE = 64;

  /** @param ids the ids, kept, not copied; a repeated id is found by {@link #firstRepeat()} */
  IdIndex(String[] ids) {
    this.ids = ids;
    int bits = 1;
    while ((1 << bits) < 2L * ids.length && bits < 30) {
      bits++;
    }
    slots = new int[1 << bits];
    shift = 32 - bits;
    if (!fill()) {
      Arrays.fill(slots, 0);
      firstRepeat = -1;
      seed = ThreadLocalRandom.current().nextInt() | 1;
      fill();
    }
  }

  private IdIndex(String[] ids, int[] slots, int shift, int seed, int firstRepeat) {
    this.ids = ids;
    this.slots = slots;
    this.shift = shift;
    this.seed = seed;
    this.firstRepeat = firstRepeat;
  }

  /**
   * The index of {@code longer}, whose first ids are this index's ids, in this order: this
   * table copied with the others added, when they fit; else built anew.
   */
  IdIndex extendedTo(String[] longer) {
    if (2L * longer.length > slots.length) {
      return new IdIndex(longer);
    }
    IdIndex extended = new IdIndex(longer, slots.clone(), shift, seed, firstRepeat);
    return extended.fill(ids.length) ? extended : new IdIndex(longer);
  }

  /** Puts every id in the table; false at a long probe while hashing by hash codes. */
  private boolean fill() {
    return fill(0);
  }

  /** Puts the ids from position {@code from} on in the table; false as {@link #fill()}. */
  private boolean fill(int from) {
    for (int i = from; i < ids.length; i++) {
      int slot = slotOf(ids[i]);
      int probes = 0;
      while (slots[slot] != 0 && !ids[slots[slot] - 1].equals(ids[i])) {
        slot = (slot + 1) & (slots.length - 1);
        if (++probes > LONG_PROBE && seed == 0) {
          return false;
        }
      }
      if (slots[slot] != 0) {
        firstRepeat = firstRepeat < 0 ? i : firstRepeat;
        continue; // the first of equal ids keeps the slot
      }
      slots[slot] = i + 1;
    }
    return true;
  }

  /** The position of the first id that repeats an earlier one, or -1 when they are distinct. */
  int firstRepeat() {
    return firstRepeat;
  }

  /** The position of {@code id} (its first), or -1 when it is not one of the ids. */
  int indexOf(String id) {
    int slot = slotOf(id);
    while (true) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if (ids[entry - 1].equals(id)) {
        return entry - 1;
      }
      slot = (slot + 1) & (slots.length - 1);
    }
  }

  private int slotOf(String id) {
    if (seed == 0) {
      return (id.hashCode() * 0x9E3779B9) >>> shift;
    }
    int hash = seed;
    for (int i = 0; i < id.length(); i++) {
      hash = (hash ^ id.charAt(i)) * 0x9E3779B1;
    }
    return hash >>> shift;
  }
}
