package dev.thicket.model.analysis.bdd;

import java.util.Arrays;

/**
 * A lossy, direct-mapped cache from node pairs to P(a ∧ b), for {@link Bdd#probabilityOfBoth}.
 * An entry may be overwritten by a colliding pair; the value is then recomputed, so results stay
 * exact. No probing; the table starts small (a small tree's importance should not allocate and
 * clear 40 MB) and doubles, keeping its current entries, whenever it has been written as many
 * times as it has slots, up to 2^21 entries. Key and value of an entry sit side by side (one
 * cache line per look-up); the key packs both nodes (below 2^28) and the {@link #clear}
 * generation.
 */
public final class PairMemo {
  private static final int MIN_SIZE = 1 << 10;
  private static final int MAX_SIZE = 1 << 21;
  private static final int NODE_BITS = 28;
  /** Generations 0..254: the empty key -1 carries 255 and never matches. */
  private static final int GENERATIONS = 255;

  /** Entry i: key at 2i, value's bits at 2i + 1. */
  private long[] table;
  private int mask;
  private int generation;
  private int writes;
  private long pairs;
  private long mostPairs = Long.MAX_VALUE;
  private final double[] variableProbability;

  public PairMemo(double[] variableProbability) {
    this.variableProbability = variableProbability;
    allocate(MIN_SIZE);
  }

  /** Forgets every entry (after {@link Bdd#rollback}, node numbers name other nodes). */
  public void clear() {
    generation++;
    if (generation == GENERATIONS) {
      generation = 0;
      Arrays.fill(table, -1L);
    }
  }

  /** How many pair values have been computed with this memo: the walks' cost so far. */
  public long pairsComputed() {
    return pairs;
  }

  /**
   * Makes a walk that computes more than {@code most} pair values in all throw {@link
   * TooManyPairs}; the values computed until then stay valid.
   */
  public void limitPairs(long most) {
    mostPairs = most;
  }

  /** A walk stopped by {@link #limitPairs}. */
  public static final class TooManyPairs extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final TooManyPairs INSTANCE = new TooManyPairs();

    private TooManyPairs() {
      super("too many pairs", null, false, false);
    }
  }

  double variableProbability(int v) {
    return variableProbability[v];
  }

  double get(int a, int b) {
    int slot = (int) (Bdd.mix(a, b) & mask) << 1;
    return table[slot] == key(a, b) ? Double.longBitsToDouble(table[slot + 1]) : Double.NaN;
  }

  void put(int a, int b, double value) {
    if (++pairs > mostPairs) {
      throw TooManyPairs.INSTANCE;
    }
    if (++writes > mask + 1 && mask + 1 < MAX_SIZE) {
      grow();
    }
    int slot = (int) (Bdd.mix(a, b) & mask) << 1;
    table[slot] = key(a, b);
    table[slot + 1] = Double.doubleToRawLongBits(value);
  }

  private long key(int a, int b) {
    return (long) generation << 2 * NODE_BITS | (long) a << NODE_BITS | b;
  }

  private void allocate(int size) {
    table = new long[2 * size];
    mask = size - 1;
    Arrays.fill(table, -1L);
  }

  /** Twice the slots, with the entries of the current generation moved over. */
  private void grow() {
    long[] old = table;
    allocate((mask + 1) * 2);
    writes = 0;
    long current = (long) generation << 2 * NODE_BITS;
    long generationMask = -1L << 2 * NODE_BITS;
    for (int slot = 0; slot < old.length; slot += 2) {
      if (old[slot] != -1L && (old[slot] & generationMask) == current) {
        int a = (int) (old[slot] >>> NODE_BITS & ((1 << NODE_BITS) - 1));
        int b = (int) (old[slot] & ((1 << NODE_BITS) - 1));
        int to = (int) (Bdd.mix(a, b) & mask) << 1;
        table[to] = old[slot];
        table[to + 1] = old[slot + 1];
        writes++;
      }
    }
  }
}
