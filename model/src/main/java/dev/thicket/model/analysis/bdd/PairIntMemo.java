package dev.thicket.model.analysis.bdd;

import java.util.Arrays;

/**
 * A lossy, direct-mapped cache from node pairs to nodes (−1 when absent). A colliding pair
 * overwrites an entry, which is then recomputed; results stay exact. The cache grows (and is
 * emptied) when asked to, so its size can follow the diagram's.
 */
final class PairIntMemo {
  private static final int MAX_SIZE = 1 << 24;

  private long[] keys;
  private int[] values;

  PairIntMemo() {
    allocate(1 << 16);
  }

  private void allocate(int size) {
    keys = new long[size];
    values = new int[size];
    Arrays.fill(keys, -1L);
  }

  /** Grows to about {@code entries} slots (a power of two, at most 2^24) if smaller. */
  void ensureCapacity(int entries) {
    if (keys.length < entries && keys.length < MAX_SIZE) {
      allocate(Math.min(MAX_SIZE, Integer.highestOneBit(entries) * 2));
    }
  }

  int get(int a, int b) {
    int slot = (int) (Bdd.mix(a, b) & (keys.length - 1));
    return keys[slot] == (((long) a << 32) | b) ? values[slot] : -1;
  }

  void put(int a, int b, int value) {
    int slot = (int) (Bdd.mix(a, b) & (keys.length - 1));
    keys[slot] = ((long) a << 32) | b;
    values[slot] = value;
  }
}
