package dev.thicket.exports;

import dev.thicket.model.analysis.AnalysisCancelledException;
import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.AnalysisTooLargeException;
import dev.thicket.model.analysis.GoalSimulation;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.ModuleSplitEstimate;
import dev.thicket.model.analysis.SimulatedProbability;
import dev.thicket.model.analysis.bdd.BddTooLargeException;
import dev.thicket.model.tree.AttackTree;
import java.util.Locale;
import java.util.Optional;

/**
 * What to say when the exact analysis of a tree is out of reach (its diagrams outgrow the
 * memory): the goal's probability and risk estimated, marked as an estimate with its interval,
 * so that such a tree still gets a number. When the goal has a module below it, the estimate is
 * exact but for the largest one, whose probability alone is simulated ({@link
 * ModuleSplitEstimate}, decision 34: nus9601's interval 1,000 times narrower); otherwise, or when
 * even the rest is out of reach, the whole goal is simulated (docs/analysis.md, "Cross-checks").
 * Shared by {@code analyze} and the editor's results.
 */
public final class OutOfReachText {
  /** Outcomes simulated: the usual number, fewer on large trees (2^37 node evaluations). */
  private static final long NODE_EVALUATIONS = 1L << 37;
  private static final long MIN_SAMPLES = 100_000;
  private static final long SEED = 1;
  /** How long the exact part of a split may take before the whole goal is simulated instead. */
  public static final long SPLIT_NANOS = 30_000_000_000L;

  private OutOfReachText() {}

  /** The estimate of {@code tree}'s goal in {@code mode}, one sentence. Takes seconds. */
  public static String estimate(AttackTree tree, Mode mode) {
    long samples = Math.max(MIN_SAMPLES,
        Math.min(GoalSimulation.SAMPLES, NODE_EVALUATIONS / Math.max(1, tree.nodes().size())));
    double impact = tree.rootImpact();
    Optional<ModuleSplitEstimate> split = split(tree, mode, samples);
    if (split.isPresent()) {
      ModuleSplitEstimate goal = split.get();
      String number = "%." + decimals(goal) + "e";
      return String.format(Locale.ROOT, "Estimated instead (not exact; exact but for the "
          + "sub-tree under %s, whose probability is simulated on %,d outcomes; %s mode): "
          + "P(goal) " + number + ", %.1f %% interval [" + number + ", " + number + "]; risk "
          + number + " [" + number + ", " + number + "]", goal.module(),
          goal.moduleProbability().samples(), mode.keyword(), goal.estimate(),
          100 * goal.moduleProbability().confidence(), goal.lower(), goal.upper(),
          goal.estimate() * impact, goal.lower() * impact, goal.upper() * impact);
    }
    SimulatedProbability p = GoalSimulation.estimate(tree, mode, samples, SEED,
        GoalSimulation.CONFIDENCE);
    return String.format(Locale.ROOT, "Estimated by simulation instead (not exact; %,d "
        + "outcomes, %s mode): P(goal) %.3e, %.1f %% interval [%.3e, %.3e]; risk %.3e [%.3e, "
        + "%.3e]", p.samples(), mode.keyword(), p.estimate(), 100 * p.confidence(), p.lower(),
        p.upper(), p.estimate() * impact, p.lower() * impact, p.upper() * impact);
  }

  /** The split at the largest module; empty when there is none or the rest is out of reach. */
  private static Optional<ModuleSplitEstimate> split(AttackTree tree, Mode mode, long samples) {
    try {
      return ModuleSplitEstimate.of(tree, mode, samples, SEED, GoalSimulation.CONFIDENCE,
          AnalysisMonitor.until(System.nanoTime() + SPLIT_NANOS));
    } catch (AnalysisCancelledException | AnalysisTooLargeException | BddTooLargeException e) {
      return Optional.empty();
    }
  }

  /** Digits after the point that tell the interval's ends apart: 3 to 8. */
  private static int decimals(ModuleSplitEstimate goal) {
    double width = goal.upper() - goal.lower();
    if (!(width > 0) || goal.estimate() <= 0) {
      return 8;
    }
    int digits = (int) Math.ceil(Math.log10(goal.estimate() / width)) + 1;
    return Math.max(3, Math.min(8, digits));
  }
}
