package dev.thicket.model.analysis.bdd;

import java.util.Arrays;

/**
 * A lossy, direct-mapped cache from node pairs to P(a ∧ b), for {@link Bdd#probabilityOfBoth}.
 * An entry may be overwritten by a colliding pair; the value is then recomputed, so results stay
 * exact. No probing; the table starts small (a small tree's importance should not allocate and
 * clear 40 MB) and doubles, keeping its current entries, whenever it has been written as many
 * times as it has slots, up to 2^21 entries.
 */
public final class PairMemo {
  private static final int MIN_SIZE = 1 << 10;
  private static final int MAX_SIZE = 1 << 21;

  private long[] keys;
  private double[] values;
  /** The {@link #clear} generation each entry was written in. */
  private int[] generations;
  private int generation;
  private int writes;
  private final double[] variableProbability;

  public PairMemo(double[] variableProbability) {
    this.variableProbability = variableProbability;
    allocate(MIN_SIZE);
  }

  /** Forgets every entry (after {@link Bdd#rollback}, node numbers name other nodes). */
  public void clear() {
    generation++;
  }

  double variableProbability(int v) {
    return variableProbability[v];
  }

  double get(int a, int b) {
    long key = ((long) a << 32) | b;
    int slot = (int) (Bdd.mix(a, b) & (keys.length - 1));
    return keys[slot] == key && generations[slot] == generation ? values[slot] : Double.NaN;
  }

  void put(int a, int b, double value) {
    if (++writes > keys.length && keys.length < MAX_SIZE) {
      grow();
    }
    int slot = (int) (Bdd.mix(a, b) & (keys.length - 1));
    keys[slot] = ((long) a << 32) | b;
    values[slot] = value;
    generations[slot] = generation;
  }

  private void allocate(int size) {
    keys = new long[size];
    values = new double[size];
    generations = new int[size];
    Arrays.fill(keys, -1L);
  }

  /** Twice the slots, with the entries of the current generation moved over. */
  private void grow() {
    long[] oldKeys = keys;
    double[] oldValues = values;
    int[] oldGenerations = generations;
    allocate(oldKeys.length * 2);
    writes = 0;
    for (int slot = 0; slot < oldKeys.length; slot++) {
      if (oldKeys[slot] != -1L && oldGenerations[slot] == generation) {
        int a = (int) (oldKeys[slot] >>> 32);
        int b = (int) oldKeys[slot];
        int to = (int) (Bdd.mix(a, b) & (keys.length - 1));
        keys[to] = oldKeys[slot];
        values[to] = oldValues[slot];
        generations[to] = generation;
        writes++;
      }
    }
  }
}
