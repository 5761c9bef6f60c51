package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link HeaviestSets} against enumeration of every outcome: it gives every minimal cut set once,
 * heaviest first, each with its product of leaf probabilities, in an order fixed by the tree. The
 * leaves' probabilities come from three values, so that many sets tie.
 */
class HeaviestSetsPropertyTest {
  private static final double[] LEVELS = {0.1, 0.3, 0.5};

  @Property(tries = 300)
  void everyCutSetOnceHeaviestFirst(@ForAll long seed) {
    AttackTree tree = withTiedLikelihoods(
        RandomTrees.generate(seed, 9, 10, 0, seed % 3 == 0), seed);
    BruteForce brute = new BruteForce(tree);
    TreeIndex index = new TreeIndex(tree);
    MinimalCutSets cutSets = cutSets(index);

    List<MinimalCutSets.WeightedSet> all = everySet(cutSets);

    List<Set<String>> found = new ArrayList<>();
    double previous = Double.POSITIVE_INFINITY;
    for (MinimalCutSets.WeightedSet set : all) {
      Set<String> leaves = new HashSet<>();
      double product = 1;
      for (int leaf : set.leaves()) {
        leaves.add(index.ids[leaf]);
        product *= index.likelihood[leaf];
      }
      found.add(leaves);
      assertThat(set.weight()).as("weight, seed %d", seed).isCloseTo(product, within(1e-12));
      assertThat(set.weight()).as("heaviest first, seed %d", seed)
          .isLessThanOrEqualTo(previous * (1 + 1e-12));
      previous = set.weight();
    }
    assertThat(found).as("seed %d", seed).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(brute.minimalCutSets());
    assertThat(everySet(cutSets(new TreeIndex(tree)))).as("the same order again, seed %d", seed)
        .usingElementComparator((a, b) -> Arrays.equals(a.leaves(), b.leaves()) ? 0 : 1)
        .containsExactlyElementsOf(all);
    Statistics.label("sub-module families").collect(
        Arrays.stream(cutSets.moduleFamily).anyMatch(family -> family >= 0));
    Statistics.label("tied weights").collect(all.stream()
        .map(MinimalCutSets.WeightedSet::weight).distinct().count() < all.size());
    Statistics.label("sub-module families")
        .coverage(checker -> checker.check(true).percentage(p -> p >= 20));
    Statistics.label("tied weights")
        .coverage(checker -> checker.check(true).percentage(p -> p >= 20));
  }

  private static List<MinimalCutSets.WeightedSet> everySet(MinimalCutSets cutSets) {
    HeaviestSets heaviest =
        new CutSetCounting(cutSets, new Checkpoints(AnalysisMonitor.NONE)).heaviest();
    List<MinimalCutSets.WeightedSet> all = heaviest.next(Integer.MAX_VALUE);
    assertThat(heaviest.next()).isNull();
    return all;
  }

  private static MinimalCutSets cutSets(TreeIndex index) {
    Checkpoints checkpoints = new Checkpoints(AnalysisMonitor.NONE);
    DiagramSet diagrams = DeepStack.call(() -> DiagramSet.build(index, new Modules(index),
        DiagramLimits.DEFAULT, checkpoints));
    return DeepStack.call(() -> new MinimalCutSets(diagrams.of(Mode.INHERENT), checkpoints));
  }

  private static AttackTree withTiedLikelihoods(AttackTree tree, long seed) {
    Random random = new Random(seed);
    List<Node> leaves = new ArrayList<>();
    for (Node node : tree.nodes().values()) {
      if (node.isLeaf()) {
        leaves.add(node.withLikelihood(Estimate.of(LEVELS[random.nextInt(LEVELS.length)])));
      }
    }
    return tree.withNodes(leaves);
  }
}
