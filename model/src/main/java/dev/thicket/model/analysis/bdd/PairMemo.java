package dev.thicket.model.analysis.bdd;

import java.util.Arrays;

/**
 * A lossy, direct-mapped cache from node pairs to P(a ∧ b), for {@link Bdd#probabilityOfBoth}.
 * An entry may be overwritten by a colliding pair; the value is then recomputed, so results stay
 * exact. Fixed size: no resizing, no probing.
 */
public final class PairMemo {
  private static final int SIZE = 1 << 21;

  private final long[] keys = new long[SIZE];
  private final double[] values = new double[SIZE];
  /** The {@link #clear} generation each entry was written in. */
  private final int[] generations = new int[SIZE];
  private int generation;
  private final double[] variableProbability;

  public PairMemo(double[] variableProbability) {
    this.variableProbability = variableProbability;
    Arrays.fill(keys, -1L);
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
    int slot = (int) (Bdd.mix(a, b) & (SIZE - 1));
    return keys[slot] == key && generations[slot] == generation ? values[slot] : Double.NaN;
  }

  void put(int a, int b, double value) {
    int slot = (int) (Bdd.mix(a, b) & (SIZE - 1));
    keys[slot] = ((long) a << 32) | b;
    values[slot] = value;
    generations[slot] = generation;
  }
}
