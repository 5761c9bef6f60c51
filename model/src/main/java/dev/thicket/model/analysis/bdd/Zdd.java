package dev.thicket.model.analysis.bdd;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A zero-suppressed decision diagram manager: a node denotes a family of sets of variables.
 * {@link #EMPTY} is the empty family, {@link #BASE} the family holding only the empty set. Nodes
 * are allocated children-first, like {@link Bdd}.
 *
 * <p>{@link #minimalSolutions} turns the BDD of a monotone function into the ZDD of its minimal
 * solutions (for a fault or attack tree: its minimal cut sets) with Rauzy's algorithm. Reference:
 * A. Rauzy, "New algorithms for fault trees analysis", Reliability Engineering and System Safety
 * 40 (1993); S. Minato, "Zero-suppressed BDDs for set manipulation", DAC 1993.
 */
public final class Zdd {
  public static final int EMPTY = 0;
  public static final int BASE = 1;

  private int[] variable;
  private int[] low;
  private int[] high;
  private int size;
  private int[] uniqueTable;
  private int uniqueMask;

  private final Bdd bdd;
  private final int[] minsolMemo;
  private final PairIntMemo withoutMemo = new PairIntMemo();

  /** A ZDD manager sharing the variables of {@code bdd}. */
  public Zdd(Bdd bdd) {
    this.bdd = bdd;
    variable = new int[1024];
    low = new int[1024];
    high = new int[1024];
    variable[EMPTY] = variable[BASE] = Integer.MAX_VALUE;
    size = 2;
    uniqueTable = new int[2048];
    Arrays.fill(uniqueTable, -1);
    uniqueMask = uniqueTable.length - 1;
    minsolMemo = new int[bdd.size()];
    Arrays.fill(minsolMemo, -1);
  }

  public int size() {
    return size;
  }

  public int variable(int node) {
    return variable[node];
  }

  public int low(int node) {
    return low[node];
  }

  public int high(int node) {
    return high[node];
  }

  /** The node {@code {v} × high ∪ low}, zero-suppressed. */
  public int make(int v, int lowBranch, int highBranch) {
    if (highBranch == EMPTY) {
      return lowBranch;
    }
    int slot = (int) (Bdd.mix(v, Bdd.mix(lowBranch, highBranch)) & uniqueMask);
    while (uniqueTable[slot] != -1) {
      int node = uniqueTable[slot];
      if (variable[node] == v && low[node] == lowBranch && high[node] == highBranch) {
        return node;
      }
      slot = (slot + 1) & uniqueMask;
    }
    if (size == variable.length) {
      if (size > 1 << 27) {
        throw new BddTooLargeException(size);
      }
      variable = Arrays.copyOf(variable, size * 2);
      low = Arrays.copyOf(low, size * 2);
      high = Arrays.copyOf(high, size * 2);
    }
    int node = size++;
    variable[node] = v;
    low[node] = lowBranch;
    high[node] = highBranch;
    uniqueTable[slot] = node;
    if (size * 2 > uniqueTable.length) {
      rehash();
    }
    return node;
  }

  private void rehash() {
    uniqueTable = new int[uniqueTable.length * 2];
    Arrays.fill(uniqueTable, -1);
    uniqueMask = uniqueTable.length - 1;
    for (int node = 2; node < size; node++) {
      int slot = (int) (Bdd.mix(variable[node], Bdd.mix(low[node], high[node])) & uniqueMask);
      while (uniqueTable[slot] != -1) {
        slot = (slot + 1) & uniqueMask;
      }
      uniqueTable[slot] = node;
    }
  }

  /**
   * The minimal solutions of the monotone function {@code f} (a node of this manager's BDD):
   * minsol(x ? f1 : f0) = {x} × without(minsol(f1), minsol(f0)) ∪ minsol(f0).
   */
  public int minimalSolutions(int f) {
    if (f == Bdd.FALSE) {
      return EMPTY;
    }
    if (f == Bdd.TRUE) {
      return BASE;
    }
    if (minsolMemo[f] >= 0) {
      return minsolMemo[f];
    }
    int lowSolutions = minimalSolutions(bdd.low(f));
    int highSolutions = without(minimalSolutions(bdd.high(f)), lowSolutions);
    int result = make(bdd.variable(f), lowSolutions, highSolutions);
    minsolMemo[f] = result;
    return result;
  }

  /** The sets of {@code p} that contain no set of {@code q}. */
  public int without(int p, int q) {
    if (q == EMPTY || p == EMPTY) {
      return p;
    }
    if (q == BASE || p == q) {
      return EMPTY;
    }
    if (p == BASE) {
      return containsEmptySet(q) ? EMPTY : BASE;
    }
    int known = withoutMemo.get(p, q);
    if (known >= 0) {
      return known;
    }
    int vp = variable[p];
    int vq = variable[q];
    int result;
    if (vp < vq) {
      result = make(vp, without(low[p], q), without(high[p], q));
    } else if (vp > vq) {
      result = without(p, low[q]);
    } else {
      result = make(vp, without(low[p], low[q]), without(without(high[p], high[q]), low[q]));
    }
    withoutMemo.put(p, q, result);
    return result;
  }

  private boolean containsEmptySet(int q) {
    while (q > BASE) {
      q = low[q];
    }
    return q == BASE;
  }

  /**
   * The number of sets in the family of every node: one ascending pass. A variable v with
   * {@code variableFamily[v] >= 0} stands for every set of that (earlier-built) node's family.
   */
  public BigInteger[] counts(int[] variableFamily) {
    BigInteger[] count = new BigInteger[size];
    count[EMPTY] = BigInteger.ZERO;
    count[BASE] = BigInteger.ONE;
    for (int node = 2; node < size; node++) {
      int family = variableFamily[variable[node]];
      BigInteger withVariable = family >= 0 ? count[family].multiply(count[high[node]])
          : count[high[node]];
      count[node] = count[low[node]].add(withVariable);
    }
    return count;
  }

  /** Size of the smallest set in each node's family (MAX_VALUE for the empty family). */
  public int[] minimumOrders() {
    int[] order = new int[size];
    order[EMPTY] = Integer.MAX_VALUE;
    order[BASE] = 0;
    for (int node = 2; node < size; node++) {
      int viaHigh = order[high[node]] == Integer.MAX_VALUE ? Integer.MAX_VALUE
          : order[high[node]] + 1;
      order[node] = Math.min(order[low[node]], viaHigh);
    }
    return order;
  }
}
