package dev.thicket.model.analysis.bdd;

import java.util.Arrays;

/** An open-addressing map from node pairs to doubles, for {@link Bdd#probabilityOfBoth}. */
public final class PairMemo {
  private long[] keys;
  private double[] values;
  private int count;
  private final double[] variableProbability;

  public PairMemo(double[] variableProbability) {
    this.variableProbability = variableProbability;
    keys = new long[1 << 10];
    values = new double[keys.length];
    Arrays.fill(keys, -1L);
  }

  double variableProbability(int v) {
    return variableProbability[v];
  }

  double get(int a, int b) {
    long key = ((long) a << 32) | b;
    int mask = keys.length - 1;
    int slot = (int) (Bdd.mix(a, b) & mask);
    while (keys[slot] != -1L) {
      if (keys[slot] == key) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return Double.NaN;
  }

  void put(int a, int b, double value) {
    if ((count + 1) * 2 > keys.length) {
      resize();
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

  private void resize() {
    long[] oldKeys = keys;
    double[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new double[keys.length];
    Arrays.fill(keys, -1L);
    count = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != -1L) {
        put((int) (oldKeys[i] >>> 32), (int) oldKeys[i], oldValues[i]);
      }
    }
  }
}
