package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Zdd;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counting minimal cut sets under limits: by order (a distribution, one ascending pass over the
 * ZDD, sub-module families convolved in) and by probability (a pruned depth-first enumeration: a
 * branch stops as soon as its best possible product falls below the cut-off).
 */
final class CutSetCounting {
  /** Cut-off counting enumerates at most this many sets, then reports a lower bound. */
  static final long ENUMERATION_CAP = 10_000_000L;

  private final MinimalCutSets cutSets;
  private final Zdd zdd;
  private final int[] minOrder;
  private final double[] maxWeight;
  private long found;
  private final Checkpoints checkpoints;

  CutSetCounting(MinimalCutSets cutSets, Checkpoints checkpoints) {
    this.checkpoints = checkpoints;
    this.cutSets = cutSets;
    this.zdd = cutSets.zdd;
    int size = zdd.size();
    minOrder = new int[size];
    maxWeight = new double[size];
    minOrder[Zdd.EMPTY] = Integer.MAX_VALUE / 2;
    maxWeight[Zdd.EMPTY] = 0;
    minOrder[Zdd.BASE] = 0;
    maxWeight[Zdd.BASE] = 1;
    for (int node = 2; node < size; node++) {
      int v = zdd.variable(node);
      int family = cutSets.moduleFamily[v];
      int high = zdd.high(node);
      int low = zdd.low(node);
      int orderOfV = family >= 0 ? minOrder[family] : 1;
      double weightOfV = family >= 0 ? maxWeight[family] : cutSets.leafWeight(v);
      minOrder[node] = Math.min(minOrder[low], orderOfV + minOrder[high]);
      maxWeight[node] = Math.max(maxWeight[low], weightOfV * maxWeight[high]);
    }
  }

  /** The cut sets one at a time, heaviest first. */
  HeaviestSets heaviest() {
    return new HeaviestSets(cutSets, this);
  }

  /** The heaviest set's product of leaf probabilities in {@code node}'s family (0: none). */
  double maxWeight(int node) {
    return maxWeight[node];
  }

  /** Number of cut sets of each order 0..cap, and whether there are none larger. */
  Distribution distribution(int cap) {
    BigInteger[][] dist = new BigInteger[zdd.size()][];
    dist[Zdd.EMPTY] = new BigInteger[] {};
    dist[Zdd.BASE] = new BigInteger[] {BigInteger.ONE};
    boolean[] reachable = reachableFromRoot();
    boolean[] beyondCap = new boolean[zdd.size()];
    for (int node = 2; node < zdd.size(); node++) {
      if (!reachable[node]) {
        continue;
      }
      int v = zdd.variable(node);
      int family = cutSets.moduleFamily[v];
      BigInteger[] ofV = family >= 0 ? dist[family] : new BigInteger[] {null, BigInteger.ONE};
      BigInteger[] withV = convolve(ofV, dist[zdd.high(node)], cap);
      dist[node] = add(dist[zdd.low(node)], withV);
      beyondCap[node] = beyondCap[zdd.low(node)] || beyondCap[zdd.high(node)]
          || (family >= 0 && beyondCap[family]) || exceeds(ofV, dist[zdd.high(node)], cap);
    }
    BigInteger[] atRoot = dist[cutSets.root];
    List<BigInteger> counts = new ArrayList<>();
    for (int order = 0; order < atRoot.length; order++) {
      counts.add(atRoot[order] == null ? BigInteger.ZERO : atRoot[order]);
    }
    while (counts.size() > 1 && counts.get(counts.size() - 1).signum() == 0) {
      counts.remove(counts.size() - 1);
    }
    return new Distribution(counts, !beyondCap[cutSets.root]);
  }

  record Distribution(List<BigInteger> counts, boolean complete) {
    BigInteger total() {
      return counts.stream().reduce(BigInteger.ZERO, BigInteger::add);
    }
  }

  private boolean[] reachableFromRoot() {
    boolean[] reachable = new boolean[zdd.size()];
    int[] stack = new int[64];
    int top = 0;
    stack[top++] = cutSets.root;
    while (top > 0) {
      int node = stack[--top];
      if (node <= Zdd.BASE || reachable[node]) {
        continue;
      }
      reachable[node] = true;
      if (top + 3 > stack.length) {
        stack = Arrays.copyOf(stack, stack.length * 2);
      }
      stack[top++] = zdd.low(node);
      stack[top++] = zdd.high(node);
      int family = cutSets.moduleFamily[zdd.variable(node)];
      if (family >= 0) {
        stack[top++] = family;
      }
    }
    return reachable;
  }

  /** Whether a product of a set from {@code a} and one from {@code b} can exceed the cap. */
  private static boolean exceeds(BigInteger[] a, BigInteger[] b, int cap) {
    return a.length > 0 && b.length > 0 && a.length - 1 + b.length - 1 > cap;
  }

  private static BigInteger[] convolve(BigInteger[] a, BigInteger[] b, int cap) {
    if (a.length == 0 || b.length == 0) {
      return new BigInteger[] {};
    }
    BigInteger[] result = new BigInteger[Math.min(cap, a.length - 1 + b.length - 1) + 1];
    for (int i = 0; i < a.length; i++) {
      if (a[i] == null) {
        continue;
      }
      for (int j = 0; j < b.length && i + j < result.length; j++) {
        if (b[j] != null) {
          BigInteger product = a[i].multiply(b[j]);
          result[i + j] = result[i + j] == null ? product : result[i + j].add(product);
        }
      }
    }
    return result;
  }

  private static BigInteger[] add(BigInteger[] a, BigInteger[] b) {
    BigInteger[] result = Arrays.copyOf(a.length >= b.length ? a : b, Math.max(a.length, b.length));
    BigInteger[] other = a.length >= b.length ? b : a;
    for (int i = 0; i < other.length; i++) {
      if (other[i] != null) {
        result[i] = result[i] == null ? other[i] : result[i].add(other[i]);
      }
    }
    return result;
  }

  /**
   * The number of cut sets with at most {@code limitOrder} events (0: any) and a product of
   * leaf probabilities of at least {@code cutOff}, by enumeration; stops at the cap.
   */
  Enumeration countAbove(double cutOff, int limitOrder) {
    found = 0;
    int orderLimit = limitOrder > 0 ? limitOrder : Integer.MAX_VALUE / 4;
    boolean complete = enumerate(cutSets.root, 1.0, 0, null, cutOff, orderLimit);
    return new Enumeration(BigInteger.valueOf(found), complete);
  }

  record Enumeration(BigInteger count, boolean complete) {}

  /** {@code family} to expand before those {@code next}, with their combined bounds. */
  Pending pending(int family, Pending next) {
    return new Pending(family, next, maxWeight[family] * Pending.weight(next),
        minOrder[family] + Pending.order(next));
  }

  /** Families still to expand (sub-modules met on the way), with their combined bounds. */
  record Pending(int family, Pending next, double maxWeight, int minOrder) {
    static double weight(Pending p) {
      return p == null ? 1 : p.maxWeight;
    }

    static int order(Pending p) {
      return p == null ? 0 : p.minOrder;
    }
  }

  private boolean enumerate(int node, double weight, int order, Pending pending, double cutOff,
      int orderLimit) {
    if (node == Zdd.EMPTY) {
      return true;
    }
    if (weight * maxWeight[node] * Pending.weight(pending) < cutOff
        || order + minOrder[node] + Pending.order(pending) > orderLimit) {
      return true;
    }
    if (node == Zdd.BASE) {
      if (pending == null) {
        if ((++found & 0xFFFF) == 0) {
          checkpoints.run();
        }
        return found < ENUMERATION_CAP;
      }
      return enumerate(pending.family, weight, order, pending.next, cutOff, orderLimit);
    }
    if (!enumerate(zdd.low(node), weight, order, pending, cutOff, orderLimit)) {
      return false;
    }
    int v = zdd.variable(node);
    int family = cutSets.moduleFamily[v];
    if (family < 0) {
      return enumerate(zdd.high(node), weight * cutSets.leafWeight(v), order + 1, pending, cutOff,
          orderLimit);
    }
    return enumerate(zdd.high(node), weight, order, pending(family, pending), cutOff,
        orderLimit);
  }
}
