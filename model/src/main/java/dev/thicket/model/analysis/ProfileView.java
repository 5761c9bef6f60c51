package dev.thicket.model.analysis;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.StepAttributes;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis of a tree for one attacker profile (docs/analysis.md, "Attackers"): what {@code
 * thicket analyze --profile} prints and what a profile switch re-scores.
 *
 * <p>Probability and risk are P_profile, exactly. Importance, critical nodes and mitigation
 * effects are those of the tree with the steps out of the profile's reach at probability 0 (the
 * profile's budget and time limit do not enter them). The scenarios are counted exactly within
 * reach; the listed ones are the riskiest of that tree without the sets out of reach ({@code
 * rankingExact} is false when some were left out of a list that did not hold every scenario).
 * The order distribution is not computed per profile (empty).
 */
public final class ProfileView {
  private ProfileView() {}

  /** Throws {@link IllegalArgumentException} when the tree has no profile {@code id}. */
  public static AnalysisResult analyse(AttackTree tree, String id, AnalysisOptions options) {
    return analyse(tree, id, options, TreeAnalysis.run(tree, options));
  }

  /**
   * As {@link #analyse(AttackTree, String, AnalysisOptions)}, reusing {@code full}, the analysis
   * of the whole tree with the same options (a profile switch keeps it), so only the tree within
   * reach is analysed anew.
   */
  public static AnalysisResult analyse(AttackTree tree, String id, AnalysisOptions options,
      AnalysisResult full) {
    AttackerProfile profile = tree.profiles().get(id);
    if (profile == null) {
      throw new IllegalArgumentException("no profile '" + id + "'"
          + (tree.profiles().isEmpty() ? "; the tree has no profiles"
              : "; the tree has " + String.join(", ", tree.profiles().keySet())));
    }
    ProfileResult reach = full.attackers().profile(id).orElseThrow();
    AnalysisResult view = TreeAnalysis.run(withinReach(tree, profile), options);
    List<Scenario> listed = new ArrayList<>();
    for (Scenario scenario : view.cutSets().listed()) {
      if (reaches(tree, profile, scenario.leaves())) {
        listed.add(scenario);
      }
    }
    CutSetSummary all = view.cutSets();
    boolean everyScenarioSeen = BigInteger.valueOf(all.listed().size()).equals(all.count());
    boolean exact = all.rankingExact() && (listed.size() == all.listed().size()
        || everyScenarioSeen);
    CutSetSummary cutSets = new CutSetSummary(reach.scenarios(), all.total(), List.of(), false,
        listed, exact, all.countExact(), all.limitOrder(), all.cutOff());
    return new AnalysisResult(full.title(), full.root(), full.impact(), reach.probability(),
        reach.risk(), view.mode(), cutSets, view.importanceMode(), view.nodes(),
        view.criticalNodes(), view.mitigations(), full.unestimated(), view.criticalThreshold(),
        view.highRiskThreshold(), full.attackers());
  }

  /** {@code tree} with every step out of {@code profile}'s reach at likelihood 0, no profiles. */
  static AttackTree withinReach(AttackTree tree, AttackerProfile profile) {
    List<Node> blocked = new ArrayList<>();
    for (Node node : tree.nodes().values()) {
      if (node.isLeaf() && !profile.reaches(node.attacker().potential())) {
        blocked.add(node.withLikelihood(Estimate.of(0)));
      }
    }
    return tree.withNodes(blocked).withProfiles(List.of());
  }

  /** Whether the steps reach and fit (a step without cost or time adds nothing). */
  static boolean reaches(AttackTree tree, AttackerProfile profile, List<String> leaves) {
    double cost = 0;
    double time = 0;
    for (String leaf : leaves) {
      StepAttributes step = tree.node(leaf).attacker();
      if (!profile.reaches(step.potential())) {
        return false;
      }
      cost += step.cost() == null ? 0 : step.cost();
      time += step.time() == null ? 0 : step.time();
    }
    return (profile.budget() == null || cost <= profile.budget())
        && (profile.time() == null || time <= profile.time());
  }
}
