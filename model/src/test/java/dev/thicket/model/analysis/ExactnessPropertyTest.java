package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.tree.AttackTree;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The engine against enumeration of every outcome, on random small DAGs. */
class ExactnessPropertyTest {
  private static final double EPS = 1e-9;

  @Property(tries = 400)
  void topProbabilityMatchesEnumerationInEveryMode(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 6, 6, 3);
    BruteForce brute = new BruteForce(tree);

    AnalysisResult result = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT);

    for (Mode mode : Mode.values()) {
      assertThat(result.probability().get(mode))
          .as("%s, seed %d", mode, seed)
          .isCloseTo(brute.probabilityOfAll(mode, tree.root()), within(EPS));
    }
  }

  @Property(tries = 400)
  void scenariosAreTheMinimalCutSetsWithTheirDefinedProbability(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 6, 6, 3);
    BruteForce brute = new BruteForce(tree);
    List<Set<String>> expected = brute.minimalCutSets();

    AnalysisResult result =
        TreeAnalysis.run(tree, new AnalysisOptions(Mode.PLANNED, -1, AnalysisOptions.DEFAULT.overrides()));

    assertThat(result.cutSets().count()).isEqualTo(BigInteger.valueOf(expected.size()));
    Map<Set<String>, Double> listed = new HashMap<>();
    double previous = Double.POSITIVE_INFINITY;
    for (Scenario scenario : result.cutSets().listed()) {
      listed.put(new HashSet<>(scenario.leaves()), scenario.probability());
      assertThat(scenario.probability()).isLessThanOrEqualTo(previous);
      previous = scenario.probability();
    }
    assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    for (Set<String> cutSet : expected) {
      assertThat(listed.get(cutSet)).as("scenario %s", cutSet)
          .isCloseTo(brute.scenarioProbability(cutSet, Mode.PLANNED), within(EPS));
    }
  }

  @Property(tries = 200)
  void topKIsTheTrueTopKEvenWhenMitigationsReorderScenarios(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 6, 7, 4);
    BruteForce brute = new BruteForce(tree);
    List<Double> all = brute.minimalCutSets().stream()
        .map(set -> brute.scenarioProbability(set, Mode.PLANNED))
        .sorted((a, b) -> Double.compare(b, a)).toList();

    AnalysisResult result =
        TreeAnalysis.run(tree, new AnalysisOptions(Mode.PLANNED, 2, AnalysisOptions.DEFAULT.overrides()));

    List<Double> top = result.cutSets().listed().stream().map(Scenario::probability).toList();
    assertThat(top).hasSize(Math.min(2, all.size()));
    for (int i = 0; i < top.size(); i++) {
      assertThat(top.get(i)).isCloseTo(all.get(i), within(EPS));
    }
  }

  @Property(tries = 100)
  void largerTreesWithNestedModulesMatchEnumeration(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 14, 9, 3);
    BruteForce brute = new BruteForce(tree);
    double top = brute.probabilityOfAll(Mode.RESIDUAL, tree.root());

    AnalysisResult result = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT);

    assertThat(result.probability().get(Mode.RESIDUAL)).isCloseTo(top, within(EPS));
    assertThat(result.cutSets().count())
        .isEqualTo(BigInteger.valueOf(brute.minimalCutSets().size()));
    for (NodeImportance node : result.nodes()) {
      assertThat(node.birnbaum()).as("Birnbaum %s seed %d", node.id(), seed).isCloseTo(
          brute.probabilityForcing(Mode.RESIDUAL, node.id(), true)
              - brute.probabilityForcing(Mode.RESIDUAL, node.id(), false), within(EPS));
    }
  }

  @Property(tries = 300)
  void nonCoherentTreesMatchEnumerationWithScramsCutSetConvention(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 8, 7, 2, true);
    BruteForce brute = new BruteForce(tree);
    List<Set<String>> expected = brute.minimalCutSets();

    AnalysisResult result =
        TreeAnalysis.run(tree, new AnalysisOptions(Mode.RESIDUAL, -1, AnalysisOptions.DEFAULT.overrides()));

    for (Mode mode : Mode.values()) {
      assertThat(result.probability().get(mode)).as("%s seed %d", mode, seed)
          .isCloseTo(brute.probabilityOfAll(mode, tree.root()), within(EPS));
    }
    assertThat(result.cutSets().count()).as("seed %d", seed)
        .isEqualTo(BigInteger.valueOf(expected.size()));
    Set<Set<String>> listed = new HashSet<>();
    result.cutSets().listed().forEach(s -> listed.add(Set.copyOf(s.leaves())));
    assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
    for (NodeImportance node : result.nodes()) {
      assertThat(node.birnbaum()).as("Birnbaum %s seed %d", node.id(), seed).isCloseTo(
          brute.probabilityForcing(Mode.RESIDUAL, node.id(), true)
              - brute.probabilityForcing(Mode.RESIDUAL, node.id(), false), within(EPS));
    }
  }

  @Property(tries = 200)
  void theFallbackVariableOrderGivesTheSameAnalysis(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 10, 8, 3, seed % 2 == 0);
    AnalysisOptions all = new AnalysisOptions(Mode.RESIDUAL, -1, AnalysisOptions.DEFAULT.overrides());

    AnalysisResult childOrder = TreeAnalysis.run(tree, all);
    AnalysisResult largestFirst = TreeAnalysis.runWithFallbackOrder(tree, all);

    for (Mode mode : Mode.values()) {
      assertThat(largestFirst.probability().get(mode))
          .isCloseTo(childOrder.probability().get(mode), within(EPS));
    }
    assertThat(largestFirst.cutSets().count()).isEqualTo(childOrder.cutSets().count());
    assertThat(largestFirst.cutSets().orderDistribution())
        .isEqualTo(childOrder.cutSets().orderDistribution());
    Set<Set<String>> a = new HashSet<>();
    Set<Set<String>> b = new HashSet<>();
    childOrder.cutSets().listed().forEach(s -> a.add(Set.copyOf(s.leaves())));
    largestFirst.cutSets().listed().forEach(s -> b.add(Set.copyOf(s.leaves())));
    assertThat(b).isEqualTo(a);
    for (int i = 0; i < childOrder.nodes().size(); i++) {
      NodeImportance x = childOrder.nodes().get(i);
      NodeImportance y = largestFirst.nodes().get(i);
      assertThat(y.probability()).isCloseTo(x.probability(), within(EPS));
      if (x.birnbaum() != null) {
        assertThat(y.birnbaum()).as("Birnbaum %s seed %d", x.id(), seed)
            .isCloseTo(x.birnbaum(), within(1e-9));
      }
    }
  }

  @Property(tries = 200)
  void theOrderRaceChangesNoResult(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 10, 8, 3, seed % 2 == 0);
    AnalysisOptions all =
        new AnalysisOptions(Mode.RESIDUAL, -1, AnalysisOptions.DEFAULT.overrides());
    DiagramLimits raceEarly = DiagramLimits.DEFAULT.withRaceAt(2 + Math.floorMod(seed, 30));

    AnalysisResult raced = TreeAnalysis.run(tree, all, raceEarly);
    AnalysisResult childOrder =
        TreeAnalysis.run(tree, all, DiagramLimits.DEFAULT.withRaceAt(Long.MAX_VALUE));
    AnalysisResult largestFirst = TreeAnalysis.runWithFallbackOrder(tree, all);

    AnalysisResult expected = raced.equals(childOrder) ? childOrder : largestFirst;
    assertThat(raced).as("seed %d", seed).isEqualTo(expected);
  }
}
