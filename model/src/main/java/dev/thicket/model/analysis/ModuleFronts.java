package dev.thicket.model.analysis;

import dev.thicket.model.analysis.ParetoPoints.Point;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.MitigationStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The cost–probability front of every module of a tree over its candidate mitigations, bottom-up
 * (see {@link MitigationPlans}). Works on diagrams that count every mitigation: a candidate's
 * failure probability is 1 − effectiveness when chosen and 1 when not; implemented mitigations
 * count, other ones do not.
 */
final class ModuleFronts {
  /** A general module searched over more choices than this is not known to finish. */
  private static final int MOST_SEARCH_BITS = 20;

  private final ModeDiagrams diagrams;
  private final TreeIndex index;
  private final Modules modules;
  private final List<Integer> candidates;
  private final Checkpoints checkpoints;
  /** Candidate index (position in {@link #candidates}) of each mitigation; -1 if none. */
  private final int[] candidateOf;
  private final int[] attachments;
  /** The variable probabilities of the empty plan (module variables: their empty-plan P). */
  private final double[] base;
  private double[] scratch;
  /** The empty plan's variable probabilities, changed and restored by {@link #probability}. */
  private final double[] working;
  /** Each module's own candidates, child modules and diagram nodes (children first). */
  private final List<List<Integer>> ownCandidates = new ArrayList<>();
  private final List<List<Integer>> childModules = new ArrayList<>();
  /** The nodes of each function evaluated, children first. */
  private final java.util.Map<Integer, int[]> diagramNodes = new java.util.HashMap<>();
  private final List<List<Point>> fronts = new ArrayList<>();

  ModuleFronts(ModeDiagrams diagrams, List<Integer> candidates, Checkpoints checkpoints) {
    diagrams.restoreDropped();
    this.diagrams = diagrams;
    this.index = diagrams.index;
    this.modules = diagrams.modules;
    this.candidates = candidates;
    this.checkpoints = checkpoints;
    candidateOf = new int[index.mitigation.length];
    Arrays.fill(candidateOf, -1);
    for (int i = 0; i < candidates.size(); i++) {
      candidateOf[candidates.get(i)] = i;
    }
    attachments = new int[index.mitigation.length];
    boolean[] implemented = new boolean[index.mitigation.length];
    for (int m = 0; m < implemented.length; m++) {
      implemented[m] = index.mitigation[m].status() == MitigationStatus.IMPLEMENTED;
    }
    base = diagrams.evaluate(diagrams.baseProbabilities(implemented)).variableProbability();
    scratch = new double[diagrams.bdd.size()];
    working = base.clone();
    for (int node = 0; node < index.size; node++) {
      ownCandidates.add(new ArrayList<>());
      childModules.add(new ArrayList<>());
      fronts.add(null);
    }
    for (int node = 0; node < index.size; node++) {
      for (int m : index.mitigations[node]) {
        attachments[m]++;
        if (candidateOf[m] >= 0 && !ownCandidates.get(diagrams.moduleHolding(node))
            .contains(candidateOf[m])) {
          ownCandidates.get(diagrams.moduleHolding(node)).add(candidateOf[m]);
        }
      }
      if (modules.isModule[node] && node != index.root) {
        childModules.get(modules.body[node]).add(node);
      }
    }
  }

  /** The empty plan: today's residual probability of the goal. */
  Point empty() {
    return new Point(0, diagrams.evaluate(base).nodeProbability()[diagrams.own[index.root]],
        new BitSet());
  }

  /**
   * Whether every module is sure to finish: AND/OR modules over independent inputs always are,
   * any other searches at most 2^20 choices (the candidates in its whole sub-graph).
   */
  boolean finishes() {
    int[] inside = new int[index.size];
    for (int node : index.bottomUp) {
      if (modules.isModule[node]) {
        inside[node] += ownCandidates.get(node).size();
        for (int child : childModules.get(node)) {
          inside[node] += inside[child];
        }
        if (!independentInputs(node) && inside[node] > MOST_SEARCH_BITS) {
          return false;
        }
      }
    }
    return true;
  }

  /** The root module's front: every plan of the tree that no other plan beats. */
  List<Point> root() {
    int done = 0;
    for (int node : index.bottomUp) {
      if (modules.isModule[node]) {
        checkpoints.step(++done, index.size);
        fronts.set(node, independentInputs(node) ? merged(node)
            : new ComponentFronts(this, node).front());
      }
    }
    return fronts.get(index.root);
  }

  /** Every plan evaluated on the whole tree, then reduced (for non-coherent trees). */
  List<Point> enumerate() {
    List<Point> points = new ArrayList<>();
    double[] probabilities = base.clone();
    for (long plan = 0; plan < 1L << candidates.size(); plan++) {
      checkpoints.run();
      BitSet chosen = BitSet.valueOf(new long[] {plan});
      double cost = 0;
      for (int i = 0; i < candidates.size(); i++) {
        int m = candidates.get(i);
        if (diagrams.variables.mitigationVariable[m] >= 0) {
          probabilities[diagrams.variables.mitigationVariable[m]] =
              chosen.get(i) ? 1 - index.mitigation[m].effectiveness() : 1;
        }
        cost += chosen.get(i) ? index.mitigation[m].cost() : 0;
      }
      points.add(new Point(cost,
          diagrams.evaluate(probabilities).nodeProbability()[diagrams.own[index.root]], chosen));
    }
    return ParetoPoints.front(points);
  }

  /** AND or OR of children that share no variable, its own mitigations on top. */
  private boolean independentInputs(int module) {
    Gate gate = index.gate[module];
    if (gate != Gate.AND && gate != Gate.OR) {
      return false;
    }
    for (int m : index.mitigations[module]) {
      if (attachments[m] > 1) {
        return false;
      }
    }
    for (int child : index.children[module]) {
      if (index.isLeaf(child)) {
        if (index.parents[child].length > 1) {
          return false;
        }
        for (int m : index.mitigations[child]) {
          if (attachments[m] > 1) {
            return false;
          }
        }
      } else if (!modules.isModule[child]) {
        return false;
      }
    }
    return true;
  }

  /** The front of an AND or OR module, merging its inputs' fronts two at a time. */
  List<Point> merged(int module) {
    boolean and = index.gate[module] == Gate.AND;
    List<Point> accumulated = null;
    for (int child : index.children[module]) {
      List<Point> input = modules.isModule[child] ? fronts.get(child)
          : guarded(child, index.likelihood[child]);
      accumulated = accumulated == null ? input : combine(accumulated, input, and);
    }
    return combine(accumulated, guarded(module, 1), true);
  }

  /** The front of {@code node}'s own mitigations over a probability p: p × Π q. */
  List<Point> guarded(int node, double p) {
    List<Point> points = new ArrayList<>(List.of(new Point(0, p, new BitSet())));
    for (int m : index.mitigations[node]) {
      int candidate = candidateOf[m];
      double q = 1 - index.mitigation[m].effectiveness();
      List<Point> next = new ArrayList<>();
      for (Point point : points) {
        if (candidate >= 0) {
          next.add(point);
          BitSet chosen = (BitSet) point.chosen().clone();
          chosen.set(candidate);
          next.add(new Point(point.cost() + index.mitigation[m].cost(), point.probability() * q,
              chosen));
        } else {
          boolean implemented = index.mitigation[m].status() == MitigationStatus.IMPLEMENTED;
          next.add(new Point(point.cost(), point.probability() * (implemented ? q : 1),
              point.chosen()));
        }
      }
      points = next;
    }
    return ParetoPoints.front(points);
  }

  /** Every pair of points, combined by AND (product) or OR. */
  List<Point> combine(List<Point> a, List<Point> b, boolean and) {
    List<Point> points = new ArrayList<>(a.size() * b.size());
    for (Point x : a) {
      checkpoints.run();
      for (Point y : b) {
        double p = and ? x.probability() * y.probability()
            : 1 - (1 - x.probability()) * (1 - y.probability());
        BitSet chosen = (BitSet) x.chosen().clone();
        chosen.or(y.chosen());
        points.add(new Point(x.cost() + y.cost(), p, chosen));
      }
    }
    return ParetoPoints.front(points);
  }

  // --- what ComponentFronts and ModuleSearch need ---

  ModeDiagrams diagrams() {
    return diagrams;
  }

  int[] attachments() {
    return attachments;
  }

  /** The candidate index of mitigation {@code m}, -1 if it is no candidate. */
  int candidateOf(int m) {
    return candidateOf[m];
  }

  List<Integer> ownCandidates(int module) {
    return ownCandidates.get(module);
  }

  List<Integer> childModules(int module) {
    return childModules.get(module);
  }

  List<Point> front(int module) {
    return fronts.get(module);
  }

  Checkpoints checkpoints() {
    return checkpoints;
  }

  double cost(int candidate) {
    return index.mitigation[candidates.get(candidate)].cost();
  }

  /**
   * P(function) with the given candidates chosen (the others not) and each child module at the
   * given probability; every other variable as in the empty plan. One pass over the function's
   * diagram.
   */
  double probability(int function, boolean[] chosen, List<Integer> own,
      double[] childProbability, List<Integer> children) {
    for (int i = 0; i < own.size(); i++) {
      int m = candidates.get(own.get(i));
      working[diagrams.variables.mitigationVariable[m]] =
          chosen[i] ? 1 - index.mitigation[m].effectiveness() : 1;
    }
    for (int i = 0; i < children.size(); i++) {
      working[diagrams.variables.moduleVariable[children.get(i)]] = childProbability[i];
    }
    double result = evaluate(function, working);
    for (int i = 0; i < own.size(); i++) {
      int v = diagrams.variables.mitigationVariable[candidates.get(own.get(i))];
      working[v] = base[v];
    }
    for (int i = 0; i < children.size(); i++) {
      int v = diagrams.variables.moduleVariable[children.get(i)];
      working[v] = base[v];
    }
    return result;
  }

  private double evaluate(int function, double[] variable) {
    int[] nodes = diagramNodes.get(function);
    if (nodes == null) {
      int[] descending = diagrams.bdd.nodesOf(function);
      nodes = new int[descending.length];
      for (int i = 0; i < nodes.length; i++) {
        nodes[i] = descending[nodes.length - 1 - i];
      }
      diagramNodes.put(function, nodes);
    }
    if (scratch.length < diagrams.bdd.size()) {
      scratch = new double[diagrams.bdd.size()];
    }
    scratch[0] = 0;
    scratch[1] = 1;
    for (int node : nodes) {
      double p = variable[diagrams.bdd.variable(node)];
      scratch[node] = p * scratch[diagrams.bdd.high(node)]
          + (1 - p) * scratch[diagrams.bdd.low(node)];
    }
    return function <= 1 ? function : scratch[function];
  }
}
