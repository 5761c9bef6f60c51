package dev.thicket.model.analysis;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * P(goal) of a tree the exact engine cannot build, exact outside its largest module: M is the
 * gate module below the goal with the most nodes inside it ({@link Modules}). Nothing inside M
 * is reached from outside it, so in a mode P(goal) = (1 − q)·A + q·A₁ with q = P(M),
 * A = P(goal | M not achieved) and A₁ = P(goal | M achieved). A and A₁ are exact (the tree with
 * M a leaf of probability 0, then 1, through {@link TreeAnalysis#probabilities}); q is simulated
 * ({@link GoalSimulation} on M's sub-tree) and its interval maps linearly to the goal's. The
 * result is an estimate unless A = A₁, its interval q's times |A₁ − A|; for a coherent tree A is
 * also an exact lower bound. nus9601 (decision 0034): M = g8, an interval 1,000 times narrower
 * than the whole tree's simulation, in about the same time.
 *
 * <p>Cost: two exact analyses of the tree without M's inside (they throw as {@link
 * TreeAnalysis#run} does when that is still too large) and one simulation of M's sub-tree.
 */
public record ModuleSplitEstimate(String module, double whenNotAchieved, double whenAchieved,
    SimulatedProbability moduleProbability) {

  /**
   * The split of {@code tree} in {@code mode}; empty when no gate below the goal is a module
   * (nothing to split off).
   */
  public static Optional<ModuleSplitEstimate> of(AttackTree tree, Mode mode, long samples,
      long seed, double confidence, AnalysisMonitor monitor) {
    Optional<String> module = largestModuleInput(tree);
    if (module.isEmpty()) {
      return Optional.empty();
    }
    String m = module.get();
    double notAchieved = TreeAnalysis.probabilities(withLeaf(tree, m, 0), monitor).get(mode);
    double achieved = TreeAnalysis.probabilities(withLeaf(tree, m, 1), monitor).get(mode);
    SimulatedProbability q = GoalSimulation.estimate(below(tree, m), mode, samples, seed,
        confidence);
    return Optional.of(new ModuleSplitEstimate(m, notAchieved, achieved, q));
  }

  /** P(goal) at the module's simulated probability. */
  public double estimate() {
    return at(moduleProbability.estimate());
  }

  /** The lower end of the goal's interval: the module's interval mapped. */
  public double lower() {
    return Math.min(at(moduleProbability.lower()), at(moduleProbability.upper()));
  }

  /** The upper end of the goal's interval. */
  public double upper() {
    return Math.max(at(moduleProbability.lower()), at(moduleProbability.upper()));
  }

  /** P(goal) when P(M) = {@code q}: exact up to rounding for an exact {@code q}. */
  public double at(double q) {
    return (1 - q) * whenNotAchieved + q * whenAchieved;
  }

  /**
   * The gate module input of the goal's own function with the most nodes inside it (any module
   * below the goal lies inside one of these). O(nodes × module nesting depth).
   */
  static Optional<String> largestModuleInput(AttackTree tree) {
    TreeIndex index = new TreeIndex(tree);
    Modules modules = new Modules(index);
    int[] inside = new int[index.size];
    for (int node = 0; node < index.size; node++) {
      int top = modules.isModule[node] ? node : modules.body[node];
      while (top != index.root && modules.body[top] != index.root) {
        top = modules.body[top];
      }
      if (top != index.root) {
        inside[top]++;
      }
    }
    int best = -1;
    for (int node = 0; node < index.size; node++) {
      if (!index.isLeaf(node) && inside[node] > 0 && (best < 0 || inside[node] > inside[best])) {
        best = node;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(index.ids[best]);
  }

  /** The tree with {@code module} a leaf of probability {@code p} (its inside dropped). */
  static AttackTree withLeaf(AttackTree tree, String module, double p) {
    List<Node> nodes = new ArrayList<>();
    for (String id : reachable(tree, tree.root(), module)) {
      Node node = tree.node(id);
      nodes.add(id.equals(module) ? Node.leaf(id, node.title(), Estimate.of(p)) : node);
    }
    return tree.rebuilt(tree.root(), nodes, List.copyOf(tree.mitigations().values()));
  }

  /** The sub-tree below {@code module}, {@code module} its goal. */
  static AttackTree below(AttackTree tree, String module) {
    List<Node> nodes = reachable(tree, module, null).stream().map(tree::node).toList();
    return tree.rebuilt(module, nodes, List.copyOf(tree.mitigations().values()));
  }

  /** Ids reached from {@code from}, itself first, without entering {@code stop}. */
  private static Set<String> reachable(AttackTree tree, String from, String stop) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> stack = new ArrayList<>(List.of(from));
    while (!stack.isEmpty()) {
      String id = stack.remove(stack.size() - 1);
      if (seen.add(id) && !id.equals(stop)) {
        stack.addAll(tree.node(id).children());
      }
    }
    return seen;
  }
}
