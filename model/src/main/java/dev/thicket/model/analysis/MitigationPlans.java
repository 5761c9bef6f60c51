package dev.thicket.model.analysis;

import dev.thicket.model.analysis.ParetoPoints.Point;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The exact cost–risk front of mitigation plans: which candidates (mitigations not implemented,
 * with a cost) to fund, for every budget (docs/analysis.md, "What to fund"; decision record 8).
 *
 * <p>Module by module, bottom-up: in a coherent tree a module's probability can only rise with
 * its sub-modules' probabilities, so only a sub-module's own front matters to its parent, and a
 * module's front is the front over its own candidates and one front point per sub-module. An AND
 * or OR module over independent inputs merges its inputs' fronts pairwise; any other module is
 * searched by branch and bound over those choices, the bound being the module's probability with
 * every undecided candidate chosen and every undecided sub-module at its lowest point. Each
 * evaluation is one pass over the module's own diagram. Non-coherent trees (NOT, XOR), where
 * adding a mitigation can raise the risk, enumerate every plan.
 */
public final class MitigationPlans {
  /** Most plans enumerated for a non-coherent tree (2^20). */
  private static final int MOST_NON_COHERENT_CANDIDATES = 20;

  private MitigationPlans() {}

  /**
   * The front of {@code tree}'s plans.
   *
   * @param maxCandidates more candidates than this are refused ({@link PlanTooLargeException})
   *     unless every module's search is small enough to finish (at most 2^20 choices each)
   * @throws PlanTooLargeException when there are too many candidates
   */
  public static PlanFront front(AttackTree tree, int maxCandidates, AnalysisMonitor monitor) {
    return DeepStack.call(() -> compute(tree, maxCandidates, new Checkpoints(monitor),
        DiagramLimits.DEFAULT));
  }

  /**
   * Whether {@code after}'s front is {@code before}'s, without computing it: the two trees differ
   * at most in what a front does not read, the statuses of mitigations that stay unimplemented
   * (proposed or planned: a candidate stays one), the budget, the profiles, and the tree's title,
   * description and {@code x-} keys. Nodes and mitigations are compared in file order. O(size).
   */
  public static boolean sameFront(AttackTree before, AttackTree after) {
    return before.root().equals(after.root())
        && List.copyOf(before.nodes().values()).equals(List.copyOf(after.nodes().values()))
        && frontMitigations(before).equals(frontMitigations(after))
        && before.scales().equals(after.scales())
        && before.settings().withBudget(null).equals(after.settings().withBudget(null));
  }

  /** The mitigations in file order, every unimplemented one as proposed. */
  private static List<Mitigation> frontMitigations(AttackTree tree) {
    return tree.mitigations().values().stream()
        .map(m -> m.status() == MitigationStatus.IMPLEMENTED ? m
            : m.withStatus(MitigationStatus.PROPOSED))
        .toList();
  }

  /** As {@link #front}, with other limits for building the diagrams (for tests). */
  static PlanFront front(AttackTree tree, int maxCandidates, DiagramLimits limits) {
    return DeepStack.call(() -> compute(tree, maxCandidates,
        new Checkpoints(AnalysisMonitor.NONE), limits));
  }

  private static PlanFront compute(AttackTree tree, int maxCandidates, Checkpoints checkpoints,
      DiagramLimits limits) {
    TreeIndex index = new TreeIndex(tree);
    Modules modules = new Modules(index);
    boolean[] every = new boolean[index.mitigation.length];
    Arrays.fill(every, true);
    checkpoints.stage("diagrams, all mitigations", 0, 0.3);
    ModeDiagrams all = OrderRace.build(index, modules, every, limits, checkpoints);
    List<Integer> candidates = new ArrayList<>();
    List<String> uncosted = new ArrayList<>();
    for (int m = 0; m < index.mitigation.length; m++) {
      Mitigation mitigation = index.mitigation[m];
      if (mitigation.candidate()) {
        candidates.add(m);
      } else if (mitigation.status() != MitigationStatus.IMPLEMENTED) {
        uncosted.add(mitigation.id());
      }
    }
    ModuleFronts fronts = new ModuleFronts(all, candidates, checkpoints);
    if (candidates.size() > maxCandidates && !fronts.finishes()) {
      throw new PlanTooLargeException(candidates.size(), maxCandidates);
    }
    if (index.nonCoherent && candidates.size() > MOST_NON_COHERENT_CANDIDATES) {
      throw new PlanTooLargeException(candidates.size(), MOST_NON_COHERENT_CANDIDATES);
    }
    checkpoints.stage("plans", 0.3, 1.0);
    List<Point> points = index.nonCoherent ? fronts.enumerate() : fronts.root();
    double impact = tree.rootImpact();
    List<Plan> plans = points.stream().map(point -> plan(point, candidates, index, impact))
        .toList();
    Plan baseline = plan(fronts.empty(), candidates, index, impact);
    checkpoints.done();
    return new PlanFront(baseline,
        candidates.stream().map(m -> index.mitigation[m].id()).toList(), uncosted, plans);
  }

  private static Plan plan(Point point, List<Integer> candidates, TreeIndex index,
      double impact) {
    List<String> ids = new ArrayList<>();
    point.chosen().stream().forEach(i -> ids.add(index.mitigation[candidates.get(i)].id()));
    return new Plan(ids, point.cost(), point.probability(), point.probability() * impact);
  }
}
