package dev.thicket.model.analysis;

import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.PotentialFactor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cheapest, fastest and easiest scenarios and every profile's reach, from the diagrams and
 * cut sets the rest of the analysis built (docs/analysis.md, "Attackers").
 *
 * <p>The easiest scenario minimises a sum of maxima, which is no path weight: the levels of the
 * five factors are capped in every combination the tree's steps use, cheapest total first; the
 * first combination that leaves a cut set of rated steps gives the least total, and the best
 * set among the combinations of that total is the easiest. Cost: O(ZDD size) per combination
 * tried (at most 5·4·4·4·4).
 */
final class AttackerAnalysis {
  private AttackerAnalysis() {}

  static AttackerResult run(TreeIndex index, DiagramSet diagrams, MinimalCutSets cutSets,
      ScenarioRanking ranking, double impact, Checkpoints checkpoints) {
    StepTable steps = new StepTable(index);
    BestScenario best = new BestScenario(cutSets);
    Scenario cheapest = scenario(ranking, best.minimum(leafWeights(index, cutSets, steps.cost)));
    Scenario fastest = scenario(ranking, best.minimum(leafWeights(index, cutSets, steps.time)));
    checkpoints.run();
    Scenario easiest = scenario(ranking, easiest(index, cutSets, steps, best));
    List<ProfileResult> profiles = new ArrayList<>();
    if (!index.tree.profiles().isEmpty()) {
      ProfileReach reach = new ProfileReach(index, diagrams, cutSets, steps, checkpoints);
      for (AttackerProfile profile : index.tree.profiles().values()) {
        checkpoints.run();
        profiles.add(reach.of(profile, impact));
      }
    }
    return new AttackerResult(cheapest, fastest, easiest,
        easiest == null ? null : easiest.attributes().rating(), profiles,
        index.tree.scales().riskMatrixInUse());
  }

  private static Scenario scenario(ScenarioRanking ranking, BestScenario.Best best) {
    return best == null ? null : ranking.score(best.leaves());
  }

  /** Each leaf variable's weight from {@code byNode} (NaN when the step has none). */
  private static double[] leafWeights(TreeIndex index, MinimalCutSets cutSets, double[] byNode) {
    double[] weights = new double[cutSets.zddVariables()];
    java.util.Arrays.fill(weights, Double.NaN);
    for (int node = 0; node < index.size; node++) {
      int v = cutSets.leafVariable(node);
      if (v >= 0) {
        weights[v] = byNode[node];
      }
    }
    return weights;
  }

  private static BestScenario.Best easiest(TreeIndex index, MinimalCutSets cutSets,
      StepTable steps, BestScenario best) {
    BestScenario.Best found = null;
    int least = Integer.MAX_VALUE;
    for (int[] caps : capCombinations(index, steps)) {
      int total = total(caps);
      if (total > least) {
        break;
      }
      double[] byNode = new double[index.size];
      for (int node = 0; node < index.size; node++) {
        byNode[node] = index.isLeaf(node) && steps.within(node, caps) ? 0 : Double.NaN;
      }
      BestScenario.Best candidate = best.minimum(leafWeights(index, cutSets, byNode));
      if (candidate != null && (found == null || BestScenario.better(0, candidate.probability(),
          candidate.size(), 0, found.probability(), found.size()))) {
        found = candidate;
        least = total;
      }
    }
    return found;
  }

  /** Every combination of factor levels the rated steps use, by ascending total points. */
  private static List<int[]> capCombinations(TreeIndex index, StepTable steps) {
    List<List<Integer>> used = new ArrayList<>();
    for (PotentialFactor factor : PotentialFactor.values()) {
      java.util.TreeSet<Integer> ranks = new java.util.TreeSet<>();
      for (int node = 0; node < index.size; node++) {
        if (index.isLeaf(node) && steps.potential[node].rated()) {
          ranks.add(steps.potential[node].rank(factor));
        }
      }
      used.add(List.copyOf(ranks));
    }
    List<int[]> combinations = new ArrayList<>();
    combine(used, new int[used.size()], 0, combinations);
    combinations.sort(Comparator.comparingInt(AttackerAnalysis::total));
    return combinations;
  }

  private static void combine(List<List<Integer>> used, int[] caps, int factor,
      List<int[]> into) {
    if (factor == caps.length) {
      into.add(caps.clone());
      return;
    }
    for (int rank : used.get(factor)) {
      caps[factor] = rank;
      combine(used, caps, factor + 1, into);
    }
  }

  private static int total(int[] caps) {
    int total = 0;
    for (PotentialFactor factor : PotentialFactor.values()) {
      total += factor.pointsOfRank(caps[factor.ordinal()]);
    }
    return total;
  }
}
