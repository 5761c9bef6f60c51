package dev.thicket.exports;

import dev.thicket.model.analysis.GoalSimulation;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.SimulatedProbability;
import dev.thicket.model.tree.AttackTree;
import java.util.Locale;

/**
 * What to say when the exact analysis of a tree is out of reach (its diagrams outgrow the
 * memory): the goal's probability and risk estimated by simulation (docs/analysis.md,
 * "Cross-checks"), marked as an estimate with its interval, so that such a tree still gets a
 * number. Shared by {@code analyze} and the editor's results.
 */
public final class OutOfReachText {
  /** Outcomes simulated: the usual number, fewer on large trees (2^37 node evaluations). */
  private static final long NODE_EVALUATIONS = 1L << 37;
  private static final long MIN_SAMPLES = 100_000;
  private static final long SEED = 1;

  private OutOfReachText() {}

  /** The estimate of {@code tree}'s goal in {@code mode}, one sentence. Takes seconds. */
  public static String estimate(AttackTree tree, Mode mode) {
    long samples = Math.max(MIN_SAMPLES,
        Math.min(GoalSimulation.SAMPLES, NODE_EVALUATIONS / Math.max(1, tree.nodes().size())));
    SimulatedProbability p = GoalSimulation.estimate(tree, mode, samples, SEED,
        GoalSimulation.CONFIDENCE);
    double impact = tree.rootImpact();
    return String.format(Locale.ROOT, "Estimated by simulation instead (not exact; %,d "
        + "outcomes, %s mode): P(goal) %.3e, %.1f %% interval [%.3e, %.3e]; risk %.3e [%.3e, "
        + "%.3e]", p.samples(), mode.keyword(), p.estimate(), 100 * p.confidence(), p.lower(),
        p.upper(), p.estimate() * impact, p.lower() * impact, p.upper() * impact);
  }
}
