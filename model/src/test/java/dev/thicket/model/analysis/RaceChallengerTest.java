package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The race with largest-first on a second thread ({@link RaceChallenger}) against the race on one
 * thread: the same order chosen, the same diagrams node for node; cancellation still stops it.
 */
class RaceChallengerTest {

  @Test
  void choosesAsTheRaceOnOneThreadAndBuildsTheSameDiagrams() {
    Set<Variables.Order> winners = EnumSet.noneOf(Variables.Order.class);
    int raced = 0;
    for (long seed = 0; seed < 400; seed++) {
      AttackTree tree = RandomTrees.generate(seed, 40, 30, 3, seed % 2 == 0);
      TreeIndex index = new TreeIndex(tree);
      Modules modules = new Modules(index);
      boolean[] counted = ModeDiagrams.countedIn(index, Mode.RESIDUAL);
      long raceAt = 4 + seed % 60;
      DiagramLimits oneThread = DiagramLimits.DEFAULT.withRaceAt(raceAt)
          .withChallengeFrom(Long.MAX_VALUE);
      DiagramLimits twoThreads = oneThread.withChallengeFrom(seed % 3 == 0 ? 0 : raceAt / 2);

      ModeDiagrams expected = build(index, modules, counted, oneThread);
      ModeDiagrams actual = build(index, modules, counted, twoThreads);

      assertThat(actual.variables.order).as("seed %d", seed).isEqualTo(expected.variables.order);
      assertThat(actual.bdd.nodesMade()).as("nodes made, seed %d", seed)
          .isEqualTo(expected.bdd.nodesMade());
      assertThat(actual.bdd.size()).as("live nodes, seed %d", seed)
          .isEqualTo(expected.bdd.size());
      assertThat(actual.own[index.root]).as("root, seed %d", seed)
          .isEqualTo(expected.own[index.root]);
      assertThat(actual.top()).as("P(top), seed %d", seed).isEqualTo(expected.top());
      if (expected.bdd.nodesMade() > raceAt) {
        raced++;
        winners.add(expected.variables.order);
      }
    }
    assertThat(raced).as("trees that raced").isGreaterThan(100);
    assertThat(winners).as("both orders won some races")
        .containsExactlyInAnyOrder(Variables.Order.CHILD_ORDER, Variables.Order.LARGEST_FIRST);
  }

  @Test
  void aCancelledAnalysisStopsBothThreads() {
    TreeIndex index = new TreeIndex(pairsAfterTheirHalves(18));
    Modules modules = new Modules(index);
    boolean[] counted = ModeDiagrams.countedIn(index, Mode.RESIDUAL);
    AnalysisMonitor cancelled = new AnalysisMonitor() {
      @Override
      public void progress(String stage, double fraction) {}

      @Override
      public boolean cancelled() {
        return true;
      }
    };
    DiagramLimits twoThreads =
        DiagramLimits.DEFAULT.withRaceAt(Long.MAX_VALUE - 1).withChallengeFrom(0);

    assertThatThrownBy(() -> DeepStack.call(() -> OrderRace.build(index, modules, counted,
        twoThreads, new Checkpoints(cancelled))))
        .isInstanceOf(AnalysisCancelledException.class);
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(thread -> thread.getName().equals("thicket-race"));
  }

  /**
   * Every x before every y in both orders, so the root's diagram has about 2^n nodes (enough for
   * the managers to poll cancellation).
   */
  private static AttackTree pairsAfterTheirHalves(int n) {
    return new AttackTree("pairs", null, "root", PairsTrees.pairsAfterTheirHalves("root", n),
        List.of(), null, AnalysisSettings.NONE, Map.of());
  }

  private static ModeDiagrams build(TreeIndex index, Modules modules, boolean[] counted,
      DiagramLimits limits) {
    return DeepStack.call(() -> OrderRace.build(index, modules, counted, limits,
        new Checkpoints(AnalysisMonitor.NONE)));
  }
}
