package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Bdd;
import dev.thicket.model.analysis.bdd.Zdd;
import java.util.HashMap;
import java.util.Map;

/**
 * The sets of a ZDD family whose variables are all allowed and whose summed cost and time stay
 * within a budget and a number of hours, as a new ZDD (a knapsack filter), and the monotone
 * function "some set of the family is contained in the true variables" as a BDD.
 *
 * <p>filter(node, b, h) = make(v, filter(low, b, h), filter(high, b − c(v), h − t(v))) when v is
 * allowed and fits, memoised on (node, b, h); a remaining budget at or above the family's largest
 * sum is no limit, and a node whose family is all allowed and fits is kept as it is. Cost:
 * pseudo-polynomial, O(ZDD size × distinct remaining budgets × distinct remaining hours) in the
 * worst case; sums are compared in floating point, exact for whole numbers.
 */
final class KnapsackFilter {
  private final Zdd zdd;
  private final double[] cost;
  private final double[] time;
  private final boolean[] allowed;
  private final double[] minCost;
  private final double[] maxCost;
  private final double[] minTime;
  private final double[] maxTime;
  private final boolean[] clean;
  private final Map<Key, Integer> memo = new HashMap<>();
  private final Runnable checkpoint;

  /**
   * A memo key. Not a record: a record's first {@code hashCode} bootstraps its generated methods,
   * 10-15 ms of a cold start (decision 46).
   */
  private static final class Key {
    private final int node;
    private final double budget;
    private final double hours;

    Key(int node, double budget, double hours) {
      this.node = node;
      this.budget = budget;
      this.hours = hours;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.node == node
          && Double.compare(key.budget, budget) == 0 && Double.compare(key.hours, hours) == 0;
    }

    @Override
    public int hashCode() {
      return (31 * node + Double.hashCode(budget)) * 31 + Double.hashCode(hours);
    }
  }

  /**
   * Weights and permissions by variable; {@code checkpoint} runs every 65,536 memoised results
   * (it may throw to stop).
   */
  KnapsackFilter(Zdd zdd, double[] cost, double[] time, boolean[] allowed, Runnable checkpoint) {
    this.zdd = zdd;
    this.checkpoint = checkpoint;
    this.cost = cost;
    this.time = time;
    this.allowed = allowed;
    int size = zdd.size();
    minCost = new double[size];
    maxCost = new double[size];
    minTime = new double[size];
    maxTime = new double[size];
    clean = new boolean[size];
    minCost[Zdd.EMPTY] = Double.POSITIVE_INFINITY;
    minTime[Zdd.EMPTY] = Double.POSITIVE_INFINITY;
    clean[Zdd.EMPTY] = true;
    clean[Zdd.BASE] = true;
    for (int node = 2; node < size; node++) {
      int v = zdd.variable(node);
      int low = zdd.low(node);
      int high = zdd.high(node);
      minCost[node] = Math.min(minCost[low], cost[v] + minCost[high]);
      maxCost[node] = Math.max(maxCost[low], cost[v] + maxCost[high]);
      minTime[node] = Math.min(minTime[low], time[v] + minTime[high]);
      maxTime[node] = Math.max(maxTime[low], time[v] + maxTime[high]);
      clean[node] = allowed[v] && clean[low] && clean[high];
    }
  }

  /** The sets of {@code node}'s family that are allowed and within budget and hours. */
  int filter(int node, double budget, double hours) {
    if (node == Zdd.EMPTY || node == Zdd.BASE) {
      return node;
    }
    if (minCost[node] > budget || minTime[node] > hours) {
      return Zdd.EMPTY;
    }
    double b = budget >= maxCost[node] ? Double.POSITIVE_INFINITY : budget;
    double h = hours >= maxTime[node] ? Double.POSITIVE_INFINITY : hours;
    if (clean[node] && b == Double.POSITIVE_INFINITY && h == Double.POSITIVE_INFINITY) {
      return node;
    }
    Key key = new Key(node, b, h);
    Integer known = memo.get(key);
    if (known != null) {
      return known;
    }
    int v = zdd.variable(node);
    int low = filter(zdd.low(node), b, h);
    int high = allowed[v] && cost[v] <= b && time[v] <= h
        ? filter(zdd.high(node), b - cost[v], h - time[v]) : Zdd.EMPTY;
    int result = zdd.make(v, low, high);
    memo.put(key, result);
    if ((memo.size() & 0xFFFF) == 0) {
      checkpoint.run();
    }
    return result;
  }

  /**
   * The BDD (in {@code bdd}, whose variables {@code family}'s are) of "some set of {@code
   * family} holds only true variables": up(v, low, high) = ite(v, up(low) ∨ up(high), up(low)).
   */
  static int upwardClosure(Zdd zdd, int family, Bdd bdd) {
    int[] memo = new int[zdd.size()];
    java.util.Arrays.fill(memo, -1);
    return up(zdd, family, bdd, memo);
  }

  private static int up(Zdd zdd, int node, Bdd bdd, int[] memo) {
    if (node == Zdd.EMPTY) {
      return Bdd.FALSE;
    }
    if (node == Zdd.BASE) {
      return Bdd.TRUE;
    }
    if (memo[node] < 0) {
      int low = up(zdd, zdd.low(node), bdd, memo);
      int high = up(zdd, zdd.high(node), bdd, memo);
      memo[node] = bdd.make(zdd.variable(node), low, bdd.or(low, high));
    }
    return memo[node];
  }
}
