package dev.thicket.model.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link MitigationEffect} of every mitigation in one mode, from diagrams that give every
 * mitigation a variable: P(T) is multilinear in a mitigation's failure probability q, so with the
 * mode's probabilities (a mitigation the mode does not count fails always, q = 1) P(T) at any
 * other q is P(T) + (q' − q) · ∂P(T)/∂q. One probability pass and one derivative pass for all
 * mitigations: O(diagram size).
 */
final class MitigationMeasures {
  private MitigationMeasures() {}

  /**
   * @param all diagrams counting every mitigation
   * @param mode the mode whose other mitigations count
   */
  static List<MitigationEffect> of(ModeDiagrams all, Mode mode, double impact) {
    TreeIndex index = all.index;
    if (index.mitigation.length == 0) {
      return List.of();
    }
    double[] base = all.baseProbabilities(ModeDiagrams.countedIn(index, mode));
    ModeDiagrams.Evaluation evaluation = all.evaluate(base);
    Derivatives derivatives = new Derivatives(all, evaluation);
    double top = evaluation.nodeProbability()[all.own[index.root]];
    int[] holder = new int[index.mitigation.length];
    for (int node = 0; node < index.size; node++) {
      for (int m : index.mitigations[node]) {
        holder[m] = all.moduleHolding(node);
      }
    }
    List<MitigationEffect> effects = new ArrayList<>(index.mitigation.length);
    for (int m = 0; m < index.mitigation.length; m++) {
      int v = all.variables.mitigationVariable[m];
      double slope = v < 0 ? 0 : derivatives.of(v, holder[m]);
      double q = v < 0 ? 1 : base[v];
      double e = index.mitigation[m].effectiveness();
      effects.add(new MitigationEffect(index.mitigation[m].id(), index.mitigation[m].status(),
          risk(top + (1 - q) * slope, impact), risk(top + (1 - e - q) * slope, impact),
          risk(top - q * slope, impact)));
    }
    return effects;
  }

  private static double risk(double probability, double impact) {
    return Math.min(1, Math.max(0, probability)) * impact;
  }
}
