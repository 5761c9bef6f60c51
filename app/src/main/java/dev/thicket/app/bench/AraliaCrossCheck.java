package dev.thicket.app.bench;

import dev.thicket.exports.OutOfReachText;
import dev.thicket.model.analysis.AnalysisCancelledException;
import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.AnalysisTooLargeException;
import dev.thicket.model.analysis.GoalSimulation;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.ModuleSplitEstimate;
import dev.thicket.model.analysis.SimulatedProbability;
import dev.thicket.model.analysis.SmallCutSets;
import dev.thicket.model.analysis.bdd.BddTooLargeException;
import dev.thicket.model.tree.AttackTree;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks of one Aralia row by methods that share nothing with the diagrams (docs/analysis.md,
 * "Cross-checks"): the top probability simulated on 10^7 outcomes with its 99.9 % interval, and
 * the minimal cut sets of orders 1 to 3 by set algebra (coherent trees only).
 */
final class AraliaCrossCheck {
  private static final long SEED = 20_261_130L;

  /** What the two methods found, and whether each agrees with the engine where it answered. */
  record Result(SimulatedProbability simulated, Boolean holdsExact, long[] smallCounts,
      Boolean countsAgree, String why, String split) {
    /** The lines printed under the row. */
    String text() {
      String simulation = String.format(Locale.ROOT,
          "  simulation: P(top) %.4e, %.1f %% interval [%.4e, %.4e] (%,d outcomes, %,d hits)%s",
          simulated.estimate(), 100 * simulated.confidence(), simulated.lower(),
          simulated.upper(), simulated.samples(), simulated.hits(), verdict(holdsExact,
              " holds the exact value", " MISSES the exact value"));
      String sets = smallCounts == null ? "  cut sets of order 1–3 by set algebra: " + why
          : String.format(Locale.ROOT,
              "  cut sets of order 1, 2, 3 by set algebra: %,d, %,d, %,d%s", smallCounts[1],
              smallCounts[2], smallCounts[3],
              verdict(countsAgree, " = the engine's", " DIFFER from the engine's"));
      return simulation + System.lineSeparator() + sets + System.lineSeparator() + split;
    }

    /** The checks that could compare, and how many agreed: {compared, agreed}. */
    int[] tally() {
      int compared = 0;
      int agreed = 0;
      for (Boolean check : new Boolean[] {holdsExact, countsAgree}) {
        if (check != null) {
          compared++;
          agreed += check ? 1 : 0;
        }
      }
      return new int[] {compared, agreed};
    }
  }

  private AraliaCrossCheck() {}

  /**
   * Both checks of {@code tree}; {@code exact} and {@code engineOrders} (cut sets per order,
   * element i for order i) are the engine's answers, null when it did not solve the row.
   */
  static Result of(AttackTree tree, Double exact, List<BigInteger> engineOrders) {
    SimulatedProbability simulated =
        GoalSimulation.estimate(tree, Mode.INHERENT, GoalSimulation.SAMPLES, SEED,
            GoalSimulation.CONFIDENCE);
    Boolean holds = exact == null ? null : simulated.contains(exact);
    String split = split(tree, exact);
    try {
      long[] counts = SmallCutSets.countsByOrder(tree);
      Boolean agree = engineOrders == null ? null : sameCounts(counts, engineOrders);
      return new Result(simulated, holds, counts, agree, null, split);
    } catch (IllegalArgumentException notCoherent) {
      return new Result(simulated, holds, null, null, "not computed (" + notCoherent.getMessage()
          + ")", split);
    }
  }

  /**
   * The estimate that {@code analyze} gives when the engine fails (docs/analysis.md, "Split at
   * the largest module"): not independent of the diagrams, so printed but not counted.
   */
  private static String split(AttackTree tree, Double exact) {
    String what = "  split at the largest module (not independent: exact but for it): ";
    try {
      Optional<ModuleSplitEstimate> split = ModuleSplitEstimate.of(tree, Mode.INHERENT,
          GoalSimulation.SAMPLES, SEED, GoalSimulation.CONFIDENCE,
          AnalysisMonitor.until(System.nanoTime() + OutOfReachText.SPLIT_NANOS));
      if (split.isEmpty()) {
        return what + "no module below the goal";
      }
      ModuleSplitEstimate goal = split.get();
      Boolean holds = exact == null ? null : goal.lower() <= exact && exact <= goal.upper();
      return what + String.format(Locale.ROOT, "%s simulated, P(top) %.6e, %.1f %% interval "
          + "[%.6e, %.6e]%s", goal.module(), goal.estimate(),
          100 * goal.moduleProbability().confidence(), goal.lower(), goal.upper(),
          verdict(holds, " holds the exact value", " MISSES the exact value"));
    } catch (AnalysisCancelledException | AnalysisTooLargeException | BddTooLargeException e) {
      return what + "out of reach (" + e.getMessage() + ")";
    }
  }

  private static boolean sameCounts(long[] counts, List<BigInteger> engineOrders) {
    for (int order = 1; order <= SmallCutSets.MAX_ORDER; order++) {
      long engine = order < engineOrders.size() ? engineOrders.get(order).longValueExact() : 0;
      if (counts[order] != engine) {
        return false;
      }
    }
    return true;
  }

  private static String verdict(Boolean check, String yes, String no) {
    return check == null ? ", the engine did not solve the row" : check ? ":" + yes : ":" + no;
  }
}
