package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Importance by intervention and the mitigations' effects against enumeration of every outcome
 * with the node forced (or the mitigation counted, or perfect), on random DAGs with shared nodes,
 * shared mitigations and k-of-n gates, in every mode.
 */
class ImportancePropertyTest {
  private static final double EPS = 1e-9;
  private static final double RELATIVE = 1e-6;

  @Property(tries = 1000)
  void everyMeasureOfEveryNodeIsTheEffectOfForcingIt(@ForAll long seed) {
    checkEveryNode(RandomTrees.generate(seed, 7, 6, 3), seed);
  }

  @Property(tries = 300)
  void nonCoherentTreesToo(@ForAll long seed) {
    checkEveryNode(RandomTrees.generate(seed, 8, 6, 2, true), seed);
  }

  /**
   * Chains of gates whose rebuilt functions are left unmade link by link (decision 38), their
   * tails shared by the branches, so that a member changes several chains at once.
   */
  @Property(tries = 300)
  void laddersOfGatesToo(@ForAll long seed) {
    checkEveryNode(RandomTrees.ladders(seed), seed);
  }

  @Property(tries = 500)
  void everyMitigationsRiskWithoutWithAndIfPerfectMatchesEnumeration(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 6, 5, 4);
    Mode mode = Mode.values()[Math.floorMod(seed, Mode.values().length)];
    BruteForce brute = new BruteForce(tree);

    AnalysisResult result =
        TreeAnalysis.run(tree, AnalysisOptions.DEFAULT.withImportanceMode(mode));

    assertThat(result.mitigations()).hasSize(tree.mitigations().size());
    for (MitigationEffect effect : result.mitigations()) {
      Mitigation mitigation = tree.mitigations().get(effect.id());
      String what = effect.id() + " in " + mode + ", seed " + seed;
      assertThat(effect.status()).isEqualTo(mitigation.status());
      assertThat(effect.riskWithout()).as("without %s", what).isCloseTo(
          brute.probabilityCounting(m -> m != mitigation && mode.counts(m), Map.of()),
          within(EPS));
      assertThat(effect.riskWith()).as("with %s", what).isCloseTo(
          brute.probabilityCounting(m -> m == mitigation || mode.counts(m), Map.of()),
          within(EPS));
      assertThat(effect.riskIfPerfect()).as("perfect %s", what).isCloseTo(
          brute.probabilityCounting(m -> m == mitigation || mode.counts(m),
              Map.of(mitigation.id(), 1.0)), within(EPS));
      assertThat(effect.reduction()).isEqualTo(effect.riskWithout() - effect.riskWith());
    }
  }

  private static void checkEveryNode(AttackTree tree, long seed) {
    Mode mode = Mode.values()[Math.floorMod(seed, Mode.values().length)];
    BruteForce brute = new BruteForce(tree);
    double top = brute.probabilityOfAll(mode, tree.root());

    AnalysisResult result =
        TreeAnalysis.run(tree, AnalysisOptions.DEFAULT.withImportanceMode(mode));

    assertThat(result.nodes()).hasSize(tree.nodes().size());
    for (NodeImportance node : result.nodes()) {
      String what = node.id() + " in " + mode + ", seed " + seed;
      double achieved = brute.probabilityForcing(mode, node.id(), true);
      double blocked = brute.probabilityForcing(mode, node.id(), false);
      assertThat(node.probability()).as("P %s", what)
          .isCloseTo(brute.probabilityOfAll(mode, node.id()), within(EPS));
      assertThat(node.birnbaum()).as("Birnbaum %s", what).isCloseTo(achieved - blocked,
          within(EPS));
      assertThat(node.contribution()).as("contribution %s", what)
          .isCloseTo((top - blocked) * tree.rootImpact(), within(EPS));
      if (top > EPS) {
        assertThat(node.fussellVesely()).as("Fussell–Vesely %s", what)
            .isCloseTo((top - blocked) / top, within(RELATIVE));
        assertThat(node.raw()).as("RAW %s", what).isCloseTo(achieved / top, within((EPS + RELATIVE * achieved) / top));
        assertThat(node.critical()).as("critical %s", what)
            .isEqualTo(node.fussellVesely() >= result.criticalThreshold());
      }
      if (blocked > EPS) {
        assertThat(node.rrw()).as("RRW %s", what)
            .isCloseTo(top / blocked, within((EPS + RELATIVE * top) / blocked));
      } else {
        assertThat(node.rrw() == null || top / node.rrw() < EPS).as("RRW %s", what).isTrue();
      }
    }
  }
}
