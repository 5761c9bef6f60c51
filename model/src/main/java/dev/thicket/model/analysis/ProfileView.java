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
 * reach; the listed ones are the riskiest within reach: the riskiest of that tree without the
 * sets over the budget or time limit, drawn again four times as many (at most 4,096) while sets
 * were dropped ({@code rankingExact} is false if that still left fewer than asked for and the
 * tree has more). The order distribution is not computed per profile (empty).
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
    AttackTree within = withinReach(tree, profile);
    AnalysisResult view = TreeAnalysis.run(within, options);
    CutSetSummary all = view.cutSets();
    List<Scenario> listed = reachable(tree, profile, all, options.top());
    int draw = options.top();
    while (options.top() >= 0 && listed.size() < options.top() && !complete(all)
        && draw < MOST_DRAWN) {
      draw = Math.min(MOST_DRAWN, draw * 4);
      all = TreeAnalysis.run(within, new AnalysisOptions(options.mode(), draw,
          options.overrides(), options.limitOrder(), options.cutOff(), false,
          options.importanceMode())).cutSets();
      listed = reachable(tree, profile, all, options.top());
    }
    boolean exact = all.rankingExact() && (listed.size() == options.top() || complete(all));
    CutSetSummary cutSets = new CutSetSummary(reach.scenarios(), all.total(), List.of(), false,
        listed, exact, all.countExact(), all.limitOrder(), all.cutOff());
    return new AnalysisResult(full.title(), full.root(), full.impact(), reach.probability(),
        reach.risk(), view.mode(), cutSets, view.importanceMode(), view.nodes(),
        view.criticalNodes(), view.mitigations(), full.unestimated(), view.criticalThreshold(),
        view.highRiskThreshold(), full.attackers());
  }

  /** The most scenarios of the tree within reach drawn to find the top ones within budget. */
  private static final int MOST_DRAWN = 4096;

  /** The listed scenarios within reach, at most {@code top} (negative: all), in their order. */
  private static List<Scenario> reachable(AttackTree tree, AttackerProfile profile,
      CutSetSummary summary, int top) {
    List<Scenario> listed = new ArrayList<>();
    for (Scenario scenario : summary.listed()) {
      if ((top < 0 || listed.size() < top) && reaches(tree, profile, scenario.leaves())) {
        listed.add(scenario);
      }
    }
    return listed;
  }

  private static boolean complete(CutSetSummary summary) {
    return BigInteger.valueOf(summary.listed().size()).equals(summary.count());
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
