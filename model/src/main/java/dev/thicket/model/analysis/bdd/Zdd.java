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

  private final NodeTable nodes;

  private final Bdd bdd;
  private final int[] minsolMemo;
  private final PairIntMemo withoutMemo = new PairIntMemo();
  private int withoutCalls;

  /** A ZDD manager sharing the variables of {@code bdd}. */
  public Zdd(Bdd bdd) {
    this(bdd, () -> {});
  }

  /** @param checkpoint run every 65,536 new nodes; may throw to stop a long computation */
  public Zdd(Bdd bdd, Runnable checkpoint) {
    this.bdd = bdd;
    this.nodes = new NodeTable(checkpoint, Integer.MAX_VALUE);
    minsolMemo = new int[bdd.size()];
    Arrays.fill(minsolMemo, -1);
  }

  public int size() {
    return nodes.size;
  }

  public int variable(int node) {
    return nodes.variable(node);
  }

  public int low(int node) {
    return nodes.low(node);
  }

  public int high(int node) {
    return nodes.high(node);
  }

  /** The node {@code {v} × high ∪ low}, zero-suppressed. */
  public int make(int v, int lowBranch, int highBranch) {
    return highBranch == EMPTY ? lowBranch : nodes.findOrAdd(v, lowBranch, highBranch);
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
    if ((++withoutCalls & 0xFFFF) == 0) {
      withoutMemo.ensureCapacity(nodes.size);
    }
    int known = withoutMemo.get(p, q);
    if (known >= 0) {
      return known;
    }
    int vp = nodes.variable(p);
    int vq = nodes.variable(q);
    int result;
    if (vp < vq) {
      result = make(vp, without(nodes.low(p), q), without(nodes.high(p), q));
    } else if (vp > vq) {
      result = without(p, nodes.low(q));
    } else {
      result = make(vp, without(nodes.low(p), nodes.low(q)), without(without(nodes.high(p), nodes.high(q)), nodes.low(q)));
    }
    withoutMemo.put(p, q, result);
    return result;
  }

  /** Whether the family holds the empty set: its all-low path ends at BASE. */
  private boolean containsEmptySet(int q) {
    return nodes.lowestTerminal(q) == BASE;
  }

  /**
   * The number of sets in the family of every node: one ascending pass. A variable v with
   * {@code variableFamily[v] >= 0} stands for every set of that (earlier-built) node's family.
   */
  public BigInteger[] counts(int[] variableFamily) {
    BigInteger[] count = new BigInteger[nodes.size];
    count[EMPTY] = BigInteger.ZERO;
    count[BASE] = BigInteger.ONE;
    for (int node = 2; node < nodes.size; node++) {
      int family = variableFamily[nodes.variable(node)];
      BigInteger withVariable = family >= 0 ? count[family].multiply(count[nodes.high(node)])
          : count[nodes.high(node)];
      count[node] = count[nodes.low(node)].add(withVariable);
    }
    return count;
  }

  /** Size of the smallest set in each node's family (MAX_VALUE for the empty family). */
  public int[] minimumOrders() {
    int[] order = new int[nodes.size];
    order[EMPTY] = Integer.MAX_VALUE;
    order[BASE] = 0;
    for (int node = 2; node < nodes.size; node++) {
      int viaHigh = order[nodes.high(node)] == Integer.MAX_VALUE ? Integer.MAX_VALUE
          : order[nodes.high(node)] + 1;
      order[node] = Math.min(order[nodes.low(node)], viaHigh);
    }
    return order;
  }
}
