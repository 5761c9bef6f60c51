package dev.thicket.model.analysis.bdd;

import java.util.Arrays;

/** An open-addressing map from node pairs to nodes (−1 when absent). */
final class PairIntMemo {
  private long[] keys = new long[1 << 12];
  private int[] values = new int[keys.length];
  private int count;

  PairIntMemo() {
    Arrays.fill(keys, -1L);
  }

  int get(int a, int b) {
    long key = ((long) a << 32) | b;
    int mask = keys.length - 1;
    int slot = (int) (Bdd.mix(a, b) & mask);
    while (keys[slot] != -1L) {
      if (keys[slot] == key) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  void put(int a, int b, int value) {
    if ((count + 1) * 2 > keys.length) {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[keys.length];
      Arrays.fill(keys, -1L);
      count = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != -1L) {
          put((int) (oldKeys[i] >>> 32), (int) oldKeys[i], oldValues[i]);
        }
      }
    }
    long key = ((long) a << 32) | b;
    int mask = keys.length - 1;
    int slot = (int) (Bdd.mix(a, b) & mask);
    while (keys[slot] != -1L && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == -1L) {
      count++;
    }
    keys[slot] = key;
    values[slot] = value;
  }
}
