package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.tree.AttackTree;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The counts of small minimal cut sets by set algebra against enumeration and the engine. */
class SmallCutSetsTest {

  @Test
  void countsMatchEnumerationOrderByOrder() {
    for (long seed = 0; seed < 800; seed++) {
      // Half with many gates over few leaves: dense sharing, sets of one child inside another's.
      AttackTree tree = seed % 2 == 0 ? RandomTrees.generate(seed, 8, 9, 2)
          : RandomTrees.generate(seed, 16, 5, 0);
      List<Set<String>> all = new BruteForce(tree).minimalCutSets();
      long[] counts = SmallCutSets.countsByOrder(tree);
      for (int order = 0; order <= SmallCutSets.MAX_ORDER; order++) {
        int o = order;
        assertThat(counts[order]).as("seed %d, order %d", seed, order)
            .isEqualTo(all.stream().filter(set -> set.size() == o).count());
      }
    }
  }

  @Test
  void countsMatchTheEnginesDistributionOnLargerTrees() {
    long nonZero = 0;
    for (long seed = 0; seed < 150; seed++) {
      AttackTree tree = RandomTrees.generate(5000 + seed, 40, 40, 0);
      List<BigInteger> engine = TreeAnalysis.run(tree, new AnalysisOptions(Mode.INHERENT, 1,
          AnalysisOptions.DEFAULT.overrides(), 0, 0, false)).cutSets().orderDistribution();
      long[] counts = SmallCutSets.countsByOrder(tree);
      for (int order = 1; order <= SmallCutSets.MAX_ORDER; order++) {
        long expected = order < engine.size() ? engine.get(order).longValueExact() : 0;
        assertThat(counts[order]).as("seed %d, order %d", seed, order).isEqualTo(expected);
        nonZero += counts[order];
      }
    }
    assertThat(nonZero).isGreaterThan(500);
  }

  @Test
  void nonCoherentTreesAreRefused() {
    AttackTree tree = null;
    for (long seed = 0; tree == null; seed++) {
      AttackTree candidate = RandomTrees.generate(seed, 6, 4, 0, true);
      if (new TreeIndex(candidate).nonCoherent) {
        tree = candidate;
      }
    }
    AttackTree nonCoherent = tree;
    assertThatThrownBy(() -> SmallCutSets.countsByOrder(nonCoherent))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coherent");
  }
}
