package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.tree.AttackTree;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Garbage collection while the diagrams are built ({@link DiagramCollection}), forced before every
 * gate: every result equals the run that never collects (importance measures to 1e-12), and
 * the top probability still equals enumeration.
 */
class DiagramCollectionPropertyTest {
  private static final AnalysisOptions EVERYTHING =
      new AnalysisOptions(Mode.RESIDUAL, -1, AnalysisOptions.DEFAULT.overrides());
  private static final DiagramLimits EVERY_GATE = DiagramLimits.DEFAULT.withCollectAbove(0);
  private static final DiagramLimits NEVER =
      DiagramLimits.DEFAULT.withCollectAbove(Integer.MAX_VALUE);

  @Property(tries = 300)
  void collectingBeforeEveryGateChangesNoResult(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 10, 8, 4, seed % 3 == 0);

    AnalysisResult collected = TreeAnalysis.run(tree, EVERYTHING, EVERY_GATE);
    AnalysisResult plain = TreeAnalysis.run(tree, EVERYTHING, NEVER);

    SameResults.assertSameResults(collected, plain, seed);
  }

  /** Mitigation effects differed here in their last bit with and without collections. */
  @Example
  void collectingKeepsTheMitigationEffectsOfSeedMinus92841() {
    collectingBeforeEveryGateChangesNoResult(-92841L);
  }

  @Property(tries = 200)
  void collectedDiagramsGiveTheEnumeratedProbability(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 6, 6, 3, seed % 2 == 0);
    BruteForce brute = new BruteForce(tree);

    AnalysisResult result = TreeAnalysis.run(tree, EVERYTHING, EVERY_GATE);

    for (Mode mode : Mode.values()) {
      assertThat(result.probability().get(mode)).as("%s, seed %d", mode, seed)
          .isCloseTo(brute.probabilityOfAll(mode, tree.root()), within(1e-9));
    }
  }

  @Property(tries = 200)
  void collectingBeforeEveryGateChangesNoPlan(@ForAll long seed) {
    AttackTree tree = MitigationPlansPropertyTest.withCandidates(
        RandomTrees.generate(seed, 7, 6, 6), seed);

    PlanFront collected = MitigationPlans.front(tree, 64, EVERY_GATE);
    PlanFront plain = MitigationPlans.front(tree, 64, NEVER);

    assertThat(collected).as("seed %d", seed).isEqualTo(plain);
  }
}
