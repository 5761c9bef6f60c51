package dev.thicket.model.tree;

/**
 * The position of each id in an array of distinct ids: an open-addressing table of ints (one
 * array, a fifth of a {@code HashMap<String, Integer>} of a million ids), using the strings'
 * cached hash codes.
 */
final class IdIndex {
  private final String[] ids;
  /** Position + 1 of the id hashed here, 0 for an empty slot; a power of two, at most half full. */
  private final int[] slots;
  private final int shift;
  /** The position of the first id equal to an earlier one, or -1. */
  private int firstRepeat = -1;

  /** @param ids the ids, kept, not copied; a repeated id is found by {@link #firstRepeat()} */
  IdIndex(String[] ids) {
    this.ids = ids;
    int bits = 1;
    while ((1 << bits) < 2L * ids.length && bits < 30) {
      bits++;
    }
    slots = new int[1 << bits];
    shift = 32 - bits;
    for (int i = 0; i < ids.length; i++) {
      int slot = slotOf(ids[i]);
      while (slots[slot] != 0 && !ids[slots[slot] - 1].equals(ids[i])) {
        slot = (slot + 1) & (slots.length - 1);
      }
      if (slots[slot] != 0) {
        firstRepeat = firstRepeat < 0 ? i : firstRepeat;
        continue; // the first of equal ids keeps the slot
      }
      slots[slot] = i + 1;
    }
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
    return (id.hashCode() * 0x9E3779B9) >>> shift;
  }
}
