package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Bdd;
import dev.thicket.model.analysis.bdd.ConjunctionSweep;
import dev.thicket.model.analysis.bdd.PairMemo;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Birnbaum, Fussell–Vesely, RAW and RRW of every node, leaves and gates, from the exact joint
 * probability P(T ∧ X) of the top event T and the node's outcome X: P(T | X) = P(T ∧ X) / P(X),
 * P(T | ¬X) = (P(T) − P(T ∧ X)) / (1 − P(X)).
 *
 * <p>Modules make this cheap. T depends on the inside of a module M only through M's outcome, so
 * for X inside M (or a module directly below it): P(T ∧ X) = P(T | M) · P(X ∧ M) + P(T | ¬M) ·
 * P(X ∧ ¬M), where P(X ∧ M) needs only M's own diagram, and P(T | M), P(T | ¬M) follow from
 * D(M) = ∂P(T)/∂P(M), pushed down the module hierarchy by the chain rule. A tree without sharing
 * costs O(n · fan-in). Reference: M. Rausand, A. Høyland, "System Reliability Theory", 2nd ed.,
 * Wiley 2004, §5.
 */
final class ImportanceMeasures {
  private final ModeDiagrams diagrams;

  private final Checkpoints checkpoints;

  ImportanceMeasures(ModeDiagrams diagrams, Checkpoints checkpoints) {
    this.diagrams = diagrams;
    this.checkpoints = checkpoints;
  }

  /** The measures of every node, in file order. */
  List<NodeImportance> compute(double criticalThreshold) {
    TreeIndex index = diagrams.index;
    double[] joint = jointProbabilities();
    List<NodeImportance> result = new ArrayList<>(index.size);
    for (int node = 0; node < index.size; node++) {
      result.add(measures(index.tree.node(index.ids[node]), diagrams.probability(node),
          joint[node], criticalThreshold));
    }
    return result;
  }

  private NodeImportance measures(Node node, double x, double both, double criticalThreshold) {
    double top = diagrams.top();
    both = Math.min(Math.max(both, 0), Math.min(top, x));
    Double achieved = x > 0 ? both / x : null;
    Double blocked = x < 1 ? Math.max(top - both, 0) / (1 - x) : null;
    Double birnbaum = achieved != null && blocked != null ? achieved - blocked : null;
    Double fussellVesely = top > 0 && blocked != null ? (top - blocked) / top : null;
    Double raw = top > 0 && achieved != null ? achieved / top : null;
    Double rrw = blocked != null && blocked > 0 ? top / blocked : null;
    boolean critical = fussellVesely != null && fussellVesely >= criticalThreshold;
    return new NodeImportance(node.id(), node.title(), node.gate(), x, birnbaum, fussellVesely,
        raw, rrw, critical);
  }

  /** P(T ∧ X) for every node X. */
  /**
   * P(X ∧ M) for every node X other than the root, M the module holding it: from the
   * derivative when X is a single variable of M's diagram, else by one sweep of M's diagram.
   */
  private double[] bothInOwnModule(double[] derivativeInModule) {
    TreeIndex index = diagrams.index;
    Bdd bdd = diagrams.bdd;
    double[] both = new double[index.size];
    java.util.Map<Integer, List<Integer>> gatesByModule = new java.util.HashMap<>();
    for (int node = 0; node < index.size; node++) {
      if (node == index.root) {
        continue;
      }
      int module = diagrams.modules.body[node];
      int outcome = diagrams.input[node];
      if (bdd.low(outcome) == Bdd.FALSE && bdd.high(outcome) == Bdd.TRUE) {
        double x = diagrams.nodeProbability[outcome];
        both[node] = x * (diagrams.probability(module)
            + (1 - x) * derivativeInModule[bdd.variable(outcome)]);
      } else {
        gatesByModule.computeIfAbsent(module, m -> new ArrayList<>()).add(node);
      }
    }
    ConjunctionSweep sweep = new ConjunctionSweep(bdd, diagrams.nodeProbability,
        new PairMemo(diagrams.variableProbability));
    for (var entry : gatesByModule.entrySet()) {
      checkpoints.run();
      List<Integer> nodes = entry.getValue();
      int[] outcomes = nodes.stream().mapToInt(n -> diagrams.input[n]).toArray();
      double[] values = sweep.probabilities(diagrams.own[entry.getKey()], outcomes);
      for (int i = 0; i < values.length; i++) {
        both[nodes.get(i)] = values[i];
      }
    }
    return both;
  }

  private double[] jointProbabilities() {
    TreeIndex index = diagrams.index;
    Modules modules = diagrams.modules;
    Bdd bdd = diagrams.bdd;
    double[] nodeProbability = diagrams.nodeProbability;
    double[] variableProbability = diagrams.variableProbability;
    double top = diagrams.top();
    // Each variable is tested in exactly one module's function, so one array holds every
    // ∂P(module)/∂P(variable) without clearing.
    double[] derivativeInModule = new double[diagrams.variables.count];
    double[] moduleDerivative = new double[index.size];
    moduleDerivative[index.root] = 1;
    for (int i = index.bottomUp.length - 1; i >= 0; i--) {
      int node = index.bottomUp[i];
      if (!modules.isModule[node]) {
        continue;
      }
      if (node != index.root) {
        int parentModule = modules.body[node];
        moduleDerivative[node] = moduleDerivative[parentModule]
            * derivativeInModule[diagrams.variables.moduleVariable[node]];
      }
      bdd.addDerivatives(diagrams.own[node], nodeProbability, variableProbability,
          derivativeInModule);
    }
    double[] joint = new double[index.size];
    double[] bothInModule = bothInOwnModule(derivativeInModule);
    for (int node = 0; node < index.size; node++) {
      if ((node & 1023) == 0) {
        checkpoints.step(node, index.size);
      }
      if (node == index.root) {
        joint[node] = top;
        continue;
      }
      int module = modules.body[node];
      double x = nodeProbability[diagrams.input[node]];
      double moduleProbability = diagrams.probability(module);
      double d = moduleDerivative[module];
      double topIfModule = top + (1 - moduleProbability) * d;
      double topIfNotModule = top - moduleProbability * d;
      joint[node] = topIfModule * bothInModule[node] + topIfNotModule * (x - bothInModule[node]);
    }
    return joint;
  }
}
