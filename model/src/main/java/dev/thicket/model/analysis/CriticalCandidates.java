package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.PairMemo;
import dev.thicket.model.tree.Gate;
import java.util.Arrays;

/**
 * The nodes that may be critical (Fussell–Vesely importance at least the threshold), found with
 * upper bounds on FV(X) = (P(T) − P(T[X:=0])) / P(T) that cost no intervention (docs/analysis.md,
 * "Critical nodes only"). For X in the body of module M, D(M) = ∂P(T)/∂P(M):
 * <ul>
 *   <li>T differs from T[X:=0] only where X occurs: FV(X) ≤ |D(M)| · P(X) / P(T), the one bound
 *       of a node below a NOT or XOR gate; the others hold for the nodes that no path from the
 *       goal reaches through such a gate, T being monotone in them (every node of a coherent
 *       tree; decision 50), with cuts and children of such nodes only;
 *   <li>a cut of X, a set S of variables of M's diagram whose failure makes X false, gives T[X:=0]
 *       ≥ T[S:=0], so FV(X) ≤ D(M) · (P(M) − P(M[S:=0])) / P(T): a leaf's variable, a module's
 *       variable (both exact), the cut of one child of an AND gate (FV(X) ≤ FV(child): the least
 *       bound of its children), the union of the children's cuts of an OR gate (of n − k + 1
 *       children of an ATLEAST k gate), which costs one walk of M's diagram;
 *   <li>the change of T passes every dominator Y of X: FV(X) ≤ FV(Y);
 *   <li>absorption: for a dominator D of X that is an OR gate and a child Y of D that does not
 *       reach X, FV(X) ≤ D(M) · (P(X) − P(X ∧ Y)) / P(T), zero when X implies Y.
 * </ul>
 * A node is left out when a bound is below the threshold by more than {@link #MARGIN}. The bounds
 * that cost no walk come first, children first; then, parents first, each node takes its
 * dominator's, and only a node still above walks its cuts and its absorptions (decision 48), so
 * that a gate left out by a dominator costs nothing. Walks stop once {@link #MOST_VISITS} diagram
 * and tree nodes have been visited in all; the nodes not bounded by then stay candidates.
 */
final class CriticalCandidates {
  /** Distance below the threshold a bound must be to leave a node out (rounding of both sides). */
  static final double MARGIN = 1e-9;
  /** Diagram and tree nodes visited by the walks at most, in all. */
  static final long MOST_VISITS = 40_000_000L;
  /** Pair values an absorption bound's walk computes at most. */
  static final long PAIRS_PER_WALK = 1_000_000L;
  /**
   * Pair values of a walk tried at once; a longer one is first checked against the cut of the
   * other child (a single walk of X's diagram).
   */
  static final long SHORT_WALK = 4_096L;

  private final ModeDiagrams diagrams;
  private final TreeIndex index;
  private final Derivatives derivatives;
  private final double top;
  /** The children whose cuts make up a gate's; null for a leaf or a module (its variable). */
  private final int[][] cutOf;
  private final CutWalks cutWalks;
  private final int[] ancestorAt;
  private int ancestorStamp;
  private Ancestors ancestors;
  private final PairMemo pairs;
  /** Pair values of an absorption walk tried before the other child's cut is checked. */
  private final long shortWalk;
  /** Each node's bound, once computed (trees whose every node the goal reaches). */
  private double[] bound;
  /**
   * Whether no path from the goal to each node passes a NOT or XOR gate: T is monotone in such a
   * node, and every bound holds for it; null when all are (a coherent tree).
   */
  private boolean[] positive;
  /** The nodes parents first, and their dominators, with {@link #bound}. */
  private int[] parentsFirst;
  private BodyDominators dominators;
  /** Whether each node has a cut ({@link #cutOf}, or its own variable). */
  private boolean[] hasCut;
  /** The bound through each cut walked, NaN before ({@link #cutBound}). */
  private double[] walked;
  /** Tree nodes and pairs visited, the cut walks' apart ({@link #visits}). */
  private long visited;

  private CriticalCandidates(ModeDiagrams diagrams, Derivatives derivatives, long shortWalk) {
    this.diagrams = diagrams;
    this.shortWalk = shortWalk;
    this.index = diagrams.index;
    this.derivatives = derivatives;
    this.top = diagrams.top();
    cutOf = new int[index.size][];
    cutWalks = new CutWalks(diagrams, cutOf);
    ancestorAt = new int[index.size];
    pairs = new PairMemo(diagrams.variableProbability);
  }

  /**
   * Whether each node may be critical at {@code threshold}: those whose bounds do not leave them
   * out ({@code known}: the nodes whose measures are computed already, P(T[X:=0]) in {@code
   * blocked}, which stay candidates and bound the nodes they dominate by their exact FV).
   */
  static Candidates of(ModeDiagrams diagrams, Derivatives derivatives, boolean[] known,
      double[] blocked, double threshold, long shortWalk) {
    boolean[] candidate = new boolean[diagrams.index.size];
    Arrays.fill(candidate, true);
    CriticalCandidates bounds = new CriticalCandidates(diagrams, derivatives, shortWalk);
    bounds.bound(known, blocked, threshold, candidate);
    return new Candidates(candidate, bounds.bound, bounds.parentsFirst, bounds.dominators,
        bounds.positive);
  }

  /**
   * @param candidate whether each node may be critical
   * @param bound each node's upper bound on its Fussell–Vesely importance; null in a tree with
   *     nodes outside the goal's sub-graph (no bounds but the first)
   * @param parentsFirst the nodes, parents before children, the goal first; null without bounds
   * @param dominators the nodes' dominators from the goal; null without bounds
   * @param positive the nodes that no path from the goal reaches through a NOT or XOR gate,
   *     whose bounds take their dominators'; null when all are
   */
  record Candidates(boolean[] candidate, double[] bound, int[] parentsFirst,
      BodyDominators dominators, boolean[] positive) {
    /** Whether FV(X) ≤ FV(Y) for every dominator Y of {@code node}. */
    boolean dominatorsBound(int node) {
      return monotone(positive, node);
    }
  }

  /** Whether {@code node} is among {@code positive} (all are when it is null). */
  private static boolean monotone(boolean[] positive, int node) {
    return positive == null || positive[node];
  }

  private void bound(boolean[] known, double[] blocked, double threshold, boolean[] candidate) {
    if (!(top > 0)) {
      Arrays.fill(candidate, false); // no node has a Fussell–Vesely importance: none is critical
      return;
    }
    double below = threshold - MARGIN;
    int[] order = DominatorsFirst.parentsFirst(index);
    if (order[0] != index.root) {
      // a node outside the root's sub-graph: no dominators, only the first bound
      for (int node = 0; node < index.size && index.nonCoherent; node++) {
        candidate[node] = known[node] || node == index.root || anyTree(node) >= below;
      }
      return;
    }
    parentsFirst = order;
    positive = index.nonCoherent ? positive(order) : null;
    bound = new double[index.size];
    hasCut = new boolean[index.size];
    for (int node : index.bottomUp) {
      bound[node] = node == index.root ? 1 : isPositive(node) ? withoutWalks(node) : anyTree(node);
      if (known[node]) {
        bound[node] = Math.min(bound[node], (top - blocked[node]) / top); // its exact FV
      }
    }
    dominators = new BodyDominators(index);
    dominators.compute(parentsFirst);
    walked = new double[index.size];
    Arrays.fill(walked, Double.NaN);
    for (int i = 1; i < parentsFirst.length; i++) {
      int node = parentsFirst[i];
      if (!isPositive(node)) {
        candidate[node] = known[node] || bound[node] >= below;
        continue;
      }
      bound[node] = Math.min(bound[node], bound[dominators.of(node)]);
      if (!known[node] && bound[node] >= below) {
        bound[node] = throughCuts(node, below);
      }
      if (!known[node] && bound[node] >= below && visits() < MOST_VISITS) {
        bound[node] = absorbed(node, bound[node], below);
      }
      candidate[node] = known[node] || bound[node] >= below;
    }
  }

  /** The bound of any node, below a NOT gate too: |D(M)| · P(X) / P(T). */
  private double anyTree(int node) {
    return Math.abs(derivatives.module[diagrams.modules.body[node]]) * diagrams.probability(node)
        / top;
  }

  /**
   * The nodes that no path from the goal reaches through a NOT or XOR gate ({@code
   * parentsFirst}: the goal first): T is monotone in each, and in each one's children but
   * through such a gate.
   */
  private boolean[] positive(int[] parentsFirst) {
    boolean[] result = new boolean[index.size];
    result[index.root] = true;
    for (int i = 1; i < parentsFirst.length; i++) {
      int node = parentsFirst[i];
      boolean all = true;
      for (int parent : index.parents[node]) {
        all &= result[parent] && !index.gate[parent].isNonCoherent();
      }
      result[node] = all;
    }
    return result;
  }

  private boolean isPositive(int node) {
    return monotone(positive, node);
  }

  /**
   * The bounds of a node that cost no walk, its children's known: |D(M)| · P(X), exact for a leaf
   * and a module, the least of the children's for an AND gate. Marks its cut if any: for an AND
   * gate the child of least bound, for an OR gate the n − k + 1 children of least bounds.
   */
  private double withoutWalks(int node) {
    int holder = diagrams.modules.body[node];
    double slope = derivatives.module[holder] / top;
    double least = slope * diagrams.probability(node);
    if (index.isLeaf(node)) {
      int variable = diagrams.variables.leafVariable[node];
      hasCut[node] = true;
      return Math.min(least, slope * diagrams.variableProbability[variable]
          * derivatives.inModule[variable]);
    }
    if (diagrams.modules.isModule[node]) {
      hasCut[node] = true;
      return least; // exact: P(T[X:=0]) = P(T) − D(X) · P(X), and D(X) = D(M) · ∂P(M)/∂P(X)
    }
    int[] children = index.children[node];
    int needed = cutSize(node);
    if (needed == 1) {
      int best = -1;
      for (int child : children) {
        if (!isPositive(child)) {
          continue; // FV(X) ≤ FV(child) needs T monotone in the child
        }
        least = Math.min(least, bound[child]);
        if (hasCut[child] && (best < 0 || bound[child] < bound[best])) {
          best = child;
        }
      }
      if (best >= 0) {
        cutOf[node] = new int[] {best};
        hasCut[node] = true;
      }
      return least;
    }
    if (needed <= 0 || needed > children.length) {
      return least;
    }
    int[] byBound = byBound(children);
    if (byBound.length >= needed) {
      cutOf[node] = Arrays.copyOf(byBound, needed);
      hasCut[node] = true;
    }
    return least;
  }

  /** The children that have a cut, least bound first. */
  private int[] byBound(int[] children) {
    return Arrays.stream(children).filter(child -> hasCut[child]).boxed()
        .sorted((a, b) -> Double.compare(bound[a], bound[b])).mapToInt(Integer::intValue)
        .toArray();
  }

  /**
   * How many of a gate's children make up its cut: one for an AND gate (or n of n), n − k + 1
   * for k of n (every child of an OR gate); 0 or less when it has none.
   */
  private int cutSize(int node) {
    Gate gate = index.gate[node];
    int children = index.children[node].length;
    return gate == Gate.AND ? 1 : gate == Gate.OR ? children
        : gate == Gate.ATLEAST ? children - index.k[node] + 1 : -1;
  }

  /**
   * The least of {@code bound[node]} and its bounds through cuts, walked now, parents first, for
   * the nodes their dominators did not leave out: an AND gate takes its children's (FV(X) ≤
   * FV(child)), those of least bounds first, until one is below; any other gate its own cut's.
   */
  private double throughCuts(int node, double below) {
    double least = bound[node];
    if (index.isLeaf(node) || diagrams.modules.isModule[node]) {
      return least; // exact already
    }
    if (cutSize(node) != 1) {
      return hasCut[node] && visits() < MOST_VISITS ? Math.min(least, cutBound(node)) : least;
    }
    for (int child : byBound(index.children[node])) {
      if (least < below || visits() >= MOST_VISITS) {
        break;
      }
      least = Math.min(least, cutBound(child));
    }
    return least;
  }

  /**
   * D(M) · (P(M) − P(M[S:=0])) / P(T) for the cut S of {@code node}: its first bound for a leaf
   * or a module (exact), else a walk, once per cut (an AND gate's cut is its chosen child's).
   */
  private double cutBound(int node) {
    while (cutOf[node] != null && cutOf[node].length == 1) {
      node = cutOf[node][0];
    }
    if (cutOf[node] == null) {
      return bound[node];
    }
    if (Double.isNaN(walked[node])) {
      int holder = diagrams.modules.body[node];
      walked[node] = derivatives.module[holder] / top
          * (diagrams.probability(holder) - cutWalks.withoutCut(node, holder));
    }
    return walked[node];
  }

  /**
   * The least of {@code least} and the absorption bounds of node X in the body of module M: for
   * every OR gate D that dominates X, up to M, and every child Y of D that does not reach X,
   * FV(X) ≤ D(M) · (P(X) − P(X ∧ Y)) / P(T), since blocking X changes D only where X is achieved
   * and Y is not (zero when X implies Y: X is absorbed). Stops below {@code below}; a walk of
   * P(X ∧ Y) gives up after {@link #PAIRS_PER_WALK} pairs or the visits left.
   */
  private double absorbed(int node, double least, double below) {
    int holder = diagrams.modules.body[node];
    int function = diagrams.own[node];
    markAncestors(node, holder);
    double slope = derivatives.module[holder] / top;
    double probability = diagrams.probability(node);
    int dominator = node;
    while (dominator != holder && least >= below && visits() < MOST_VISITS) {
      dominator = dominators.of(dominator);
      Gate gate = index.gate[dominator];
      if (gate != Gate.OR && !(gate == Gate.ATLEAST && index.k[dominator] == 1)) {
        continue;
      }
      for (int child : index.children[dominator]) {
        if (least < below || ++visited + cutWalks.visits >= MOST_VISITS) {
          break;
        }
        if (ancestorAt[child] == ancestorStamp) {
          continue;
        }
        int other = diagrams.input[child];
        if (slope * (probability - diagrams.nodeProbability[other]) >= below) {
          continue; // P(X ∧ Y) ≤ P(Y): the walk could not bring the bound below
        }
        double both = probabilityOfBoth(function, other, shortWalk);
        if (Double.isNaN(both)) {
          // A long walk: first P(X ∧ ¬Y) ≥ P(X ∧ all of Y's cut fails) = P(X[S:=0]) · Π (1 − p)
          if (hasCut[child]
              && slope * cutWalks.markCut(child) * cutWalks.walk(function) >= below) {
            continue;
          }
          both = probabilityOfBoth(function, other, PAIRS_PER_WALK);
          if (Double.isNaN(both)) {
            continue;
          }
        }
        least = Math.min(least, slope * (probability - both));
      }
    }
    return least;
  }

  /**
   * P(f ∧ g) by a pair walk of at most {@code most} new pair values (and the visits left); NaN
   * when it needs more. The values computed stay in the memo for a longer walk.
   */
  private double probabilityOfBoth(int f, int g, long most) {
    pairs.limitPairs(pairs.pairsComputed() + Math.min(most, MOST_VISITS - visits()));
    long before = pairs.pairsComputed();
    try {
      return diagrams.bdd.probabilityOfBoth(f, g, diagrams.nodeProbability, pairs);
    } catch (PairMemo.TooManyPairs tooMany) {
      return Double.NaN;
    } finally {
      visited += pairs.pairsComputed() - before;
    }
  }

  /** Marks {@code node} and every node above it up to {@code holder}, its module. */
  private void markAncestors(int node, int holder) {
    if (ancestors == null) {
      ancestors = new Ancestors(index); // only trees with absorption bounds to try need it
    }
    ancestorStamp++;
    ancestorAt[node] = ancestorStamp;
    int[] above = ancestors.upTo(node, holder);
    for (int ancestor : above) {
      ancestorAt[ancestor] = ancestorStamp;
    }
    visited += above.length + 1;
  }

  /** Diagram and tree nodes visited by the walks so far, in all. */
  private long visits() {
    return visited + cutWalks.visits;
  }
}
