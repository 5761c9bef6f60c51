package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The smallest-first trial of {@link OrderRace}: it wins exactly when a whole smallest-first build
 * needs at most half as many nodes again as child order had made at the trial, its diagrams are
 * those of a plain smallest-first build, and the analysis gives the results of a run without it.
 */
class SmallestFirstTrialTest {

  @Test
  void winsWhenSmallestFirstFinishesWithinHalfMoreThanChildOrderHasMade() {
    int trials = 0;
    int won = 0;
    for (long seed = 0; seed < 300; seed++) {
      AttackTree tree = RandomTrees.generate(seed, 40, 30, 3, seed % 2 == 0);
      TreeIndex index = new TreeIndex(tree);
      Modules modules = new Modules(index);
      boolean[] counted = ModeDiagrams.countedIn(index, Mode.RESIDUAL);
      long trialAt = 4 + seed % 50;
      DiagramLimits limits = DiagramLimits.DEFAULT.withChallengeFrom(Long.MAX_VALUE)
          .withTrialAt(trialAt);

      ModeDiagrams child = unbuilt(index, modules, Variables.Order.CHILD_ORDER, counted);
      boolean childDoneAtTrial = child.buildUntil(trialAt);
      long childMade = child.bdd.nodesMade();
      ModeDiagrams smallest = unbuilt(index, modules, Variables.Order.SMALLEST_FIRST, counted);
      smallest.buildUntil(Long.MAX_VALUE);
      boolean smallestShouldWin =
          !childDoneAtTrial && smallest.bdd.nodesMade() <= childMade + childMade / 2;

      ModeDiagrams chosen = build(index, modules, counted, limits);
      ModeDiagrams withoutTrial =
          build(index, modules, counted, limits.withTrialAt(Long.MAX_VALUE));

      if (!childDoneAtTrial) {
        trials++;
      }
      if (smallestShouldWin) {
        won++;
        assertThat(chosen.variables.order).as("seed %d", seed)
            .isEqualTo(Variables.Order.SMALLEST_FIRST);
        assertThat(chosen.bdd.nodesMade()).as("nodes made, seed %d", seed)
            .isEqualTo(smallest.bdd.nodesMade());
        assertThat(chosen.own[index.root]).as("root, seed %d", seed)
            .isEqualTo(smallest.own[index.root]);
      } else {
        assertThat(chosen.variables.order).as("seed %d", seed)
            .isEqualTo(withoutTrial.variables.order);
        assertThat(chosen.bdd.nodesMade()).as("nodes made, seed %d", seed)
            .isEqualTo(withoutTrial.bdd.nodesMade());
      }
      assertThat(chosen.top()).as("P(top), seed %d", seed)
          .isCloseTo(withoutTrial.top(), within(1e-12));
    }
    assertThat(trials).as("trees that had the trial").isGreaterThan(100);
    assertThat(won).as("trials smallest-first won").isBetween(3, trials - 10);
  }

  @Test
  void theAnalysisWithTheTrialGivesTheResultsWithoutIt() {
    AnalysisOptions all =
        new AnalysisOptions(Mode.RESIDUAL, -1, AnalysisOptions.DEFAULT.overrides());
    for (long seed = 0; seed < 150; seed++) {
      AttackTree tree = RandomTrees.generate(seed, 30, 20, 3, seed % 2 == 0);
      DiagramLimits trialEarly = DiagramLimits.DEFAULT.withTrialAt(2 + seed % 30);

      AnalysisResult tried = TreeAnalysis.run(tree, all, trialEarly);
      AnalysisResult without =
          TreeAnalysis.run(tree, all, DiagramLimits.DEFAULT.withTrialAt(Long.MAX_VALUE));

      assertThat(tried.cutSets().count()).as("cut sets, seed %d", seed)
          .isEqualTo(without.cutSets().count());
      assertThat(tried.cutSets().orderDistribution()).as("orders, seed %d", seed)
          .isEqualTo(without.cutSets().orderDistribution());
      for (Mode mode : Mode.values()) {
        assertThat(tried.probability().get(mode)).as("P %s, seed %d", mode, seed)
            .isCloseTo(without.probability().get(mode), within(1e-12));
      }
      assertThat(tried.nodes()).as("nodes, seed %d", seed).hasSameSizeAs(without.nodes());
      for (int i = 0; i < tried.nodes().size(); i++) {
        assertThat(tried.nodes().get(i).probability()).as("node %d, seed %d", i, seed)
            .isCloseTo(without.nodes().get(i).probability(), within(1e-12));
      }
    }
  }

  @Test
  void smallestFirstWinsWhereChildOrderEntersEveryPairAfterItsHalves() {
    TreeIndex index = new TreeIndex(pairsAfterTheirHalves(12));
    // Child order pauses for the trial after the pairs' gate, before the root.
    Modules modules = new Modules(index);
    boolean[] counted = ModeDiagrams.countedIn(index, Mode.RESIDUAL);

    ModeDiagrams chosen = build(index, modules, counted,
        DiagramLimits.DEFAULT.withChallengeFrom(Long.MAX_VALUE).withTrialAt(200));
    ModeDiagrams childOrder = build(index, modules, counted,
        DiagramLimits.DEFAULT.withChallengeFrom(Long.MAX_VALUE).withTrialAt(Long.MAX_VALUE));

    assertThat(chosen.variables.order).isEqualTo(Variables.Order.SMALLEST_FIRST);
    assertThat(childOrder.variables.order).isEqualTo(Variables.Order.CHILD_ORDER);
    assertThat(chosen.bdd.nodesMade()).isLessThan(childOrder.bdd.nodesMade() / 20);
    assertThat(chosen.top()).isCloseTo(childOrder.top(), within(1e-12));
  }

  /**
   * z ∧ (x1 ∧ … ∧ xn ∨ y1 ∧ … ∧ yn ∨ (x1 ∧ y1) ∨ … ∨ (xn ∧ yn)), the pairs last in file order:
   * child order enters every x before every y (about 2^n nodes), smallest-first each pair's two
   * leaves together (linear).
   */
  private static AttackTree pairsAfterTheirHalves(int n) {
    List<Node> nodes = new ArrayList<>(PairsTrees.pairsAfterTheirHalves("pairs", n));
    nodes.add(Node.leaf("z", "z", Estimate.of(0.5)));
    nodes.add(Node.gate("root", "root", Gate.AND, 0, List.of("pairs", "z")));
    return new AttackTree("pairs", null, "root", nodes, List.of(), null, AnalysisSettings.NONE,
        Map.of());
  }

  private static ModeDiagrams unbuilt(TreeIndex index, Modules modules, Variables.Order order,
      boolean[] counted) {
    return new ModeDiagrams(index, new Variables(index, modules, order), modules, counted,
        Integer.MAX_VALUE, new Checkpoints(AnalysisMonitor.NONE), ModeDiagrams.COLLECT_ABOVE,
        false);
  }

  private static ModeDiagrams build(TreeIndex index, Modules modules, boolean[] counted,
      DiagramLimits limits) {
    return DeepStack.call(() -> OrderRace.build(index, modules, counted, limits,
        new Checkpoints(AnalysisMonitor.NONE)));
  }
}
