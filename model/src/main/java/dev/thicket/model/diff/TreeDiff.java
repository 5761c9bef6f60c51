package dev.thicket.model.diff;

import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What changed between two versions of a tree, in meaning: the structural changes by id (nodes in
 * the new tree's file order, removed ones after), how the risk moved, and the residual-risk change
 * attributed to the change units (docs/analysis.md, "Diff").
 *
 * @param tree changed fields of the tree itself (title, description, root, scales, analysis)
 */
public record TreeDiff(List<FieldChange> tree, List<NodeChange> nodes,
    List<MitigationChange> mitigations, RiskChange risk, Attribution attribution) {

  public TreeDiff {
    tree = List.copyOf(tree);
    nodes = List.copyOf(nodes);
    mitigations = List.copyOf(mitigations);
  }

  /**
   * Compares {@code old} with {@code neu}. Cost: two full analyses plus up to 2¹² probability
   * evaluations (see {@link Attribution}).
   */
  public static TreeDiff of(AttackTree old, AttackTree neu) {
    Structure structure = new Structure(old, neu);
    return new TreeDiff(structure.tree, structure.nodes, structure.mitigations,
        risk(old, neu), RiskAttribution.of(structure));
  }

  /** Risks this close (relative) are equal: two evaluation orders of one function differ so. */
  static final double TIE = 1e-9;

  /** Whether the trees are equal in meaning (formatting and key order aside). */
  public boolean same() {
    return tree.isEmpty() && nodes.isEmpty() && mitigations.isEmpty();
  }

  private static RiskChange risk(AttackTree old, AttackTree neu) {
    // the critical nodes alone are compared (decision 42)
    AnalysisOptions options =
        new AnalysisOptions(Mode.RESIDUAL, RiskChange.TOP_SCENARIOS, AnalysisSettings.NONE)
            .withOnlyCriticalNodes();
    AnalysisResult before = TreeAnalysis.run(old, options);
    AnalysisResult after = TreeAnalysis.run(neu, options);
    return new RiskChange(before.probability(), after.probability(), before.risk(), after.risk(),
        minus(after.criticalNodes(), before.criticalNodes()),
        minus(before.criticalNodes(), after.criticalNodes()),
        scenariosMinus(after, before), scenariosMinus(before, after), moved(before, after));
  }

  private static List<String> minus(List<String> a, List<String> b) {
    return a.stream().filter(id -> !b.contains(id)).toList();
  }

  /**
   * Scenarios in both top lists at different ranks, by their new rank; not one that keeps its
   * risk and as many scenarios of a higher risk above it (its rank changed only among ties).
   */
  private static List<ScenarioMove> moved(AnalysisResult before, AnalysisResult after) {
    List<Set<String>> old = leafSets(before);
    List<Scenario> oldList = before.cutSets().listed();
    List<Scenario> listed = after.cutSets().listed();
    List<ScenarioMove> result = new ArrayList<>();
    for (int rank = 0; rank < listed.size(); rank++) {
      int oldRank = old.indexOf(Set.copyOf(listed.get(rank).leaves()));
      if (oldRank < 0 || oldRank == rank) {
        continue;
      }
      double was = oldList.get(oldRank).risk();
      double is = listed.get(rank).risk();
      if (!tied(was, is) || riskier(oldList, was) != riskier(listed, is)) {
        result.add(new ScenarioMove(listed.get(rank).leaves(), oldRank + 1, rank + 1));
      }
    }
    return result;
  }

  /** How many listed scenarios have a risk above {@code risk}, ties not counted. */
  private static int riskier(List<Scenario> listed, double risk) {
    int count = 0;
    for (Scenario scenario : listed) {
      count += scenario.risk() > risk && !tied(scenario.risk(), risk) ? 1 : 0;
    }
    return count;
  }

  private static boolean tied(double a, double b) {
    return Math.abs(a - b) <= TIE * Math.max(Math.abs(a), Math.abs(b));
  }

  private static List<Set<String>> leafSets(AnalysisResult result) {
    return result.cutSets().listed().stream().map(s -> Set.copyOf(s.leaves())).toList();
  }

  /**
   * The scenarios of {@code a}'s top list missing from {@code b}'s, but for those whose risk
   * ties with the last of a full list {@code b}: the analysis lists some of a tied class and not
   * others, so reordering children would make them come and go.
   */
  private static List<List<String>> scenariosMinus(AnalysisResult a, AnalysisResult b) {
    List<Set<String>> others = leafSets(b);
    List<Scenario> otherList = b.cutSets().listed();
    boolean full = otherList.size() == RiskChange.TOP_SCENARIOS;
    double last = full ? otherList.get(otherList.size() - 1).risk() : Double.NaN;
    List<List<String>> result = new ArrayList<>();
    for (Scenario scenario : a.cutSets().listed()) {
      if (!(full && tied(scenario.risk(), last))
          && !others.contains(Set.copyOf(scenario.leaves()))) {
        result.add(scenario.leaves());
      }
    }
    return result;
  }
}
