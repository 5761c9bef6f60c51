package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Gate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The split at the goal's largest module against enumeration on random trees. */
class ModuleSplitEstimateTest {
  private static final long SAMPLES = 200_000;

  @Test
  void splitsAtTheGoalsLargestGateModule() {
    AttackTree tree = new TreeBuilder()
        .gate("goal", Gate.OR, "small", "large", "shared")
        .gate("small", Gate.AND, "a", "b")
        .gate("large", Gate.AND, "c", "inner")
        .gate("inner", Gate.OR, "d", "e", "f")
        .gate("shared", Gate.AND, "a", "g")
        .leaf("a", 0.1).leaf("b", 0.2).leaf("c", 0.3).leaf("d", 0.4).leaf("e", 0.5)
        .leaf("f", 0.6).leaf("g", 0.7)
        .build();
    assertThat(ModuleSplitEstimate.largestModuleInput(tree)).contains("large");
  }

  @Test
  void nothingToSplitWhenTheGoalHasNoGateModule() {
    AttackTree tree = new TreeBuilder()
        .gate("goal", Gate.OR, "left", "right")
        .gate("left", Gate.AND, "a", "b")
        .gate("right", Gate.AND, "a", "c")
        .leaf("a", 0.1).leaf("b", 0.2).leaf("c", 0.3)
        .build();
    assertThat(ModuleSplitEstimate.of(tree, Mode.RESIDUAL, SAMPLES, 1,
        GoalSimulation.CONFIDENCE, AnalysisMonitor.NONE)).isEmpty();
  }

  @Test
  void endsAreTheGoalWithTheModuleDecidedAndMeetAtItsProbability() {
    int split = 0;
    for (long seed = 0; seed < 400; seed++) {
      AttackTree tree = RandomTrees.generate(seed, 9, 7, 3, seed % 3 == 0);
      for (Mode mode : Mode.values()) {
        Optional<ModuleSplitEstimate> estimate = ModuleSplitEstimate.of(tree, mode, 64, seed,
            GoalSimulation.CONFIDENCE, AnalysisMonitor.NONE);
        if (estimate.isEmpty()) {
          continue;
        }
        split++;
        ModuleSplitEstimate s = estimate.get();
        BruteForce brute = new BruteForce(tree);
        String why = "seed " + seed + ", " + mode + ", module " + s.module();
        assertThat(s.whenNotAchieved()).as(why)
            .isCloseTo(brute.probabilityForcing(mode, s.module(), false), within(1e-12));
        assertThat(s.whenAchieved()).as(why)
            .isCloseTo(brute.probabilityForcing(mode, s.module(), true), within(1e-12));
        assertThat(s.at(brute.probabilityOfAll(mode, s.module()))).as(why)
            .isCloseTo(brute.probabilityOfAll(mode, tree.root()), within(1e-12));
      }
    }
    assertThat(split).isGreaterThan(300);
  }

  @Test
  void intervalHoldsTheExactProbability() {
    int checked = 0;
    for (long seed = 1000; seed < 1100; seed++) {
      AttackTree tree = RandomTrees.generate(seed, 12, 9, 2);
      Optional<ModuleSplitEstimate> estimate = ModuleSplitEstimate.of(tree, Mode.RESIDUAL,
          SAMPLES, seed, GoalSimulation.CONFIDENCE, AnalysisMonitor.NONE);
      if (estimate.isPresent()) {
        double exact = new BruteForce(tree).probabilityOfAll(Mode.RESIDUAL, tree.root());
        // Rounding apart (the engine's sums and enumeration's differ in the last bits).
        assertThat(exact).as("seed %d", seed)
            .isBetween(estimate.get().lower() - 1e-12, estimate.get().upper() + 1e-12);
        if (estimate.get().lower() < estimate.get().upper()) {
          checked++;
        }
      }
    }
    assertThat(checked).as("intervals of some width").isGreaterThan(25);
  }
}
