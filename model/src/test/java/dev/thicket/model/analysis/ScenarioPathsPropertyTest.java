package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * A scenario's paths and their count (docs/analysis.md, "Scenarios") against every path from the
 * root to a leaf through achieved nodes, enumerated depth-first in child order.
 */
class ScenarioPathsPropertyTest {

  @Property(tries = 300)
  void randomTreesListEveryPathAndCountThem(@ForAll long seed) {
    checkEveryScenario(RandomTrees.generate(seed, 10, 8, 2, seed % 3 == 0), seed);
  }

  /**
   * At least a quarter of the lattices (about half here) have a scenario of more paths than are
   * listed whole.
   */
  @Property(tries = 300)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void latticesOfSharedGatesListTheFirstPathsAndOneToEachLeaf(@ForAll long seed) {
    long most = checkEveryScenario(lattice(seed), seed);
    Statistics.collect(most > Scenario.MAX_PATHS);
    Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p >= 25));
  }

  /** Checks every scenario; returns the most paths one has. */
  private static long checkEveryScenario(AttackTree tree, long seed) {
    long most = 0;
    BruteForce bruteForce = new BruteForce(tree);
    AnalysisOptions all = new AnalysisOptions(Mode.INHERENT, -1, AnalysisSettings.NONE, 0, 0);
    for (Scenario scenario : TreeAnalysis.run(tree, all).cutSets().listed()) {
      Map<String, Boolean> achieved =
          bruteForce.evaluate(new HashSet<>(scenario.leaves()), Set.of(), Mode.INHERENT);
      List<List<String>> every = new ArrayList<>();
      enumerate(tree, tree.root(), new ArrayList<>(), achieved, every);

      assertThat(scenario.pathCount()).as("seed %d, %s", seed, scenario.leaves())
          .isEqualTo(every.size());
      assertThat(scenario.paths()).as("seed %d, %s", seed, scenario.leaves())
          .isEqualTo(expectedListing(every));
      most = Math.max(most, every.size());
    }
    return most;
  }

  /** The first MAX_PATHS paths, then the first path to each leaf they miss, in that order. */
  private static List<List<String>> expectedListing(List<List<String>> every) {
    List<List<String>> expected = new ArrayList<>();
    Set<String> leaves = new HashSet<>();
    for (List<String> path : every) {
      boolean newLeaf = leaves.add(path.get(path.size() - 1));
      if (expected.size() < Scenario.MAX_PATHS || newLeaf) {
        expected.add(path);
      }
    }
    return expected;
  }

  private static void enumerate(AttackTree tree, String id, List<String> path,
      Map<String, Boolean> achieved, List<List<String>> every) {
    if (!achieved.get(id)) {
      return;
    }
    path.add(id);
    Node node = tree.node(id);
    if (node.isLeaf()) {
      every.add(List.copyOf(path));
    }
    for (String child : node.children()) {
      enumerate(tree, child, path, achieved, every);
    }
    path.remove(path.size() - 1);
  }

  /**
   * 4–8 levels of 2–4 gates, each gate over a random non-empty subset of the next level (mostly
   * OR), the last level over a pool of 2–6 leaves: up to tens of thousands of paths to one leaf;
   * half of them with a root AND over the lattice and one more leaf, whose path comes last.
   */
  static AttackTree lattice(long seed) {
    Random random = new Random(seed);
    int levels = 4 + random.nextInt(5);
    int leaves = 2 + random.nextInt(5);
    List<Node> nodes = new ArrayList<>();
    List<String> below = new ArrayList<>();
    for (int l = 0; l < leaves; l++) {
      below.add("l" + l);
      nodes.add(Node.leaf("l" + l, "Leaf " + l, Estimate.of(0.1 + 0.8 * random.nextDouble())));
    }
    for (int level = levels; level >= 1; level--) {
      int width = level == 1 ? 1 : 2 + random.nextInt(3);
      List<Set<String>> children = new ArrayList<>();
      for (int g = 0; g < width; g++) {
        children.add(new LinkedHashSet<>());
      }
      for (String child : below) {
        children.get(random.nextInt(width)).add(child); // every node below has a parent
        for (Set<String> more : children) {
          if (random.nextInt(3) > 0) {
            more.add(child);
          }
        }
      }
      List<String> here = new ArrayList<>();
      for (int g = 0; g < width; g++) {
        if (children.get(g).isEmpty()) {
          children.get(g).add(below.get(random.nextInt(below.size())));
        }
        String id = level == 1 ? "g0" : "g" + level + "x" + g;
        Gate gate = random.nextInt(5) == 0 ? Gate.AND : Gate.OR;
        if (level == 1 && random.nextBoolean()) { // a step every scenario needs, listed last
          gate = Gate.AND;
          children.get(g).add("last");
          nodes.add(Node.leaf("last", "Last step", Estimate.of(0.5)));
        }
        nodes.add(Node.gate(id, "Gate " + id, gate, 0, List.copyOf(children.get(g))));
        here.add(id);
      }
      below = here;
    }
    return new AttackTree("Lattice " + seed, null, "g0", nodes, List.of(), null,
        AnalysisSettings.NONE, Map.of());
  }
}
