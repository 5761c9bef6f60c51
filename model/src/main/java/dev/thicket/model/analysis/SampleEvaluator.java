package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.ProbabilityProgram;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The exact probability of the goal in every mode for one choice of the tree's ranged values,
 * from diagrams built once: only the variables' probabilities change between choices. A value
 * choice is an array in the order of {@link #ranged}.
 */
final class SampleEvaluator {
  private static final Mode[] MODES = Mode.values();

  /** The ranged values that can move the goal's risk, leaves first, then mitigations, impact. */
  final List<RangedValue> ranged;
  /** For each mode, the index of its diagrams among {@link #programs}. */
  private final int[] diagramsOfMode = new int[MODES.length];
  private final List<ProbabilityProgram> programs = new ArrayList<>();
  /** Per diagrams: variable probabilities at the most likely values. */
  private final List<double[]> likelyBase = new ArrayList<>();
  /** Per diagrams: which mitigations are counted. */
  private final List<boolean[]> counted = new ArrayList<>();
  /** Per ranged value: its variable (leaf or mitigation), -1 for the impact. */
  private final int[] variableOf;
  /** Per ranged value: its mitigation index, -1 for the others. */
  private final int[] mitigationOf;
  private final int impactSlot;
  private final double likelyImpact;

  SampleEvaluator(AttackTree tree, Checkpoints checkpoints) {
    TreeIndex index = new TreeIndex(tree);
    DiagramSet diagrams =
        DiagramSet.build(index, new Modules(index), DiagramLimits.DEFAULT, checkpoints);
    List<ModeDiagrams> distinct = new ArrayList<>();
    for (Mode mode : MODES) {
      ModeDiagrams modeDiagrams = diagrams.of(mode);
      int at = distinct.indexOf(modeDiagrams);
      if (at < 0) {
        at = distinct.size();
        distinct.add(modeDiagrams);
        programs.add(new ProbabilityProgram(modeDiagrams.bdd, modeDiagrams.own[index.root],
            modeDiagrams.variableFunction));
        likelyBase.add(modeDiagrams.baseProbabilities(modeDiagrams.counted));
        counted.add(modeDiagrams.counted);
      }
      diagramsOfMode[mode.ordinal()] = at;
    }
    Variables variables = distinct.get(0).variables;
    List<RangedValue> found = new ArrayList<>();
    List<Integer> variable = new ArrayList<>();
    List<Integer> mitigation = new ArrayList<>();
    Map<String, Double> likelihoods = tree.scales().likelihood();
    for (int node = 0; node < index.size; node++) {
      Estimate likelihood = tree.node(index.ids[node]).likelihood();
      if (index.isLeaf(node) && likelihood != null && likelihood.isRange()
          && variables.leafVariable[node] >= 0) {
        found.add(ranged(RangedValue.Kind.LIKELIHOOD, index.ids[node], likelihood, likelihoods));
        variable.add(variables.leafVariable[node]);
        mitigation.add(-1);
      }
    }
    for (int m = 0; m < index.mitigation.length; m++) {
      Mitigation defence = index.mitigation[m];
      if (defence.effectivenessRange() != null && variables.mitigationVariable[m] >= 0) {
        found.add(ranged(RangedValue.Kind.EFFECTIVENESS, defence.id(),
            defence.effectivenessEstimate(), Map.of()));
        variable.add(variables.mitigationVariable[m]);
        mitigation.add(m);
      }
    }
    Node root = tree.rootNode();
    likelyImpact = tree.rootImpact();
    if (root.impact() != null && root.impact().isRange()) {
      impactSlot = found.size();
      found.add(ranged(RangedValue.Kind.IMPACT, root.id(), root.impact(),
          tree.scales().impact()));
      variable.add(-1);
      mitigation.add(-1);
    } else {
      impactSlot = -1;
    }
    ranged = List.copyOf(found);
    variableOf = variable.stream().mapToInt(Integer::intValue).toArray();
    mitigationOf = mitigation.stream().mapToInt(Integer::intValue).toArray();
  }

  private static RangedValue ranged(RangedValue.Kind kind, String id, Estimate estimate,
      Map<String, Double> scale) {
    return new RangedValue(kind, id, estimate.resolveLow(scale), estimate.resolve(scale),
        estimate.resolveHigh(scale));
  }

  /** Every ranged value at its most likely value. */
  double[] likely() {
    return ranged.stream().mapToDouble(RangedValue::likely).toArray();
  }

  /** Working arrays for one thread. */
  final class Scratch {
    final double[][] base = new double[programs.size()][];
    final double[][] nodes = new double[programs.size()][];

    Scratch() {
      for (int d = 0; d < programs.size(); d++) {
        base[d] = likelyBase.get(d).clone();
        nodes[d] = programs.get(d).scratch();
      }
    }
  }

  /** P(goal) in every mode (by ordinal) for {@code values}, into {@code probability}. */
  void probabilities(double[] values, Scratch scratch, double[] probability) {
    double[] byDiagrams = new double[programs.size()];
    for (int d = 0; d < programs.size(); d++) {
      double[] base = scratch.base[d];
      boolean[] countedHere = counted.get(d);
      for (int r = 0; r < values.length; r++) {
        int v = variableOf[r];
        if (v < 0) {
          continue;
        }
        int m = mitigationOf[r];
        if (m < 0) {
          base[v] = values[r];
        } else if (countedHere[m]) {
          base[v] = 1 - values[r];
        }
      }
      byDiagrams[d] = programs.get(d).evaluate(base, scratch.nodes[d]);
    }
    for (Mode mode : MODES) {
      probability[mode.ordinal()] = byDiagrams[diagramsOfMode[mode.ordinal()]];
    }
  }

  /** The goal's impact for {@code values}. */
  double impact(double[] values) {
    return impactSlot < 0 ? likelyImpact : values[impactSlot];
  }
}
