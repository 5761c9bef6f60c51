package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Order distribution, --limit-order and --cut-off against enumeration, on random DAGs. */
class CutSetLimitsPropertyTest {

  @Property(tries = 300)
  void orderDistributionCountsTheCutSetsOfEachSize(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 10, 8, 2, seed % 3 == 0);
    List<Set<String>> expected = new BruteForce(tree).minimalCutSets();

    CutSetSummary cutSets = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT).cutSets();

    List<BigInteger> bySize = new ArrayList<>();
    for (Set<String> set : expected) {
      while (bySize.size() <= set.size()) {
        bySize.add(BigInteger.ZERO);
      }
      bySize.set(set.size(), bySize.get(set.size()).add(BigInteger.ONE));
    }
    assertThat(cutSets.orderDistribution()).as("seed %d", seed).isEqualTo(bySize);
    assertThat(cutSets.distributionComplete()).isTrue();
    assertThat(cutSets.total()).isEqualTo(BigInteger.valueOf(expected.size()));
  }

  @Property(tries = 300)
  void limitOrderCountsAndListsOnlySmallSets(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 4) int limit) {
    AttackTree tree = RandomTrees.generate(seed, 10, 8, 2, seed % 3 == 0);
    Set<Set<String>> expected = new HashSet<>();
    for (Set<String> set : new BruteForce(tree).minimalCutSets()) {
      if (set.size() <= limit) {
        expected.add(set);
      }
    }

    CutSetSummary cutSets = TreeAnalysis.run(tree, options(limit, 0)).cutSets();

    assertThat(cutSets.count()).as("seed %d", seed).isEqualTo(BigInteger.valueOf(expected.size()));
    assertThat(listed(cutSets)).isEqualTo(expected);
    assertThat(cutSets.orderDistribution().size()).isLessThanOrEqualTo(limit + 1);
  }

  @Property(tries = 300)
  void cutOffDropsSetsOfSmallerLeafProbabilityProduct(@ForAll long seed,
      @ForAll @DoubleRange(min = 0.0001, max = 0.5) @net.jqwik.api.constraints.Scale(6) double cutOff) {
    AttackTree tree = RandomTrees.generate(seed, 10, 8, 2, seed % 3 == 0);
    Set<Set<String>> expected = new HashSet<>();
    for (Set<String> set : new BruteForce(tree).minimalCutSets()) {
      if (product(tree, set) >= cutOff) {
        expected.add(set);
      }
    }

    CutSetSummary cutSets = TreeAnalysis.run(tree, options(0, cutOff)).cutSets();

    assertThat(cutSets.count()).as("seed %d", seed).isEqualTo(BigInteger.valueOf(expected.size()));
    assertThat(cutSets.countExact()).isTrue();
    assertThat(listed(cutSets)).isEqualTo(expected);
  }

  private static AnalysisOptions options(int limitOrder, double cutOff) {
    return new AnalysisOptions(Mode.RESIDUAL, -1, AnalysisSettings.NONE, limitOrder, cutOff);
  }

  private static Set<Set<String>> listed(CutSetSummary cutSets) {
    Set<Set<String>> listed = new HashSet<>();
    cutSets.listed().forEach(s -> listed.add(Set.copyOf(s.leaves())));
    return listed;
  }

  private static double product(AttackTree tree, Set<String> set) {
    double product = 1;
    for (String id : set) {
      Node leaf = tree.node(id);
      product *= leaf.likelihood() == null ? tree.scales().defaultLikelihood()
          : leaf.likelihood().resolve(tree.scales().likelihood());
    }
    return product;
  }
}
