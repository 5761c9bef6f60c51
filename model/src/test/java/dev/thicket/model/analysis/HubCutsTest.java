package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Nodes computed through a hub cut (decision 26): C[S:=a] made once per outcome a of the hubs,
 * members rebuilding only up to the hubs, hubs themselves forced among the others, contexts
 * below a cut dropped. Every measure against enumeration of the node forced.
 */
class HubCutsTest {
  private static final double EPS = 1e-12;

  /**
   * h1 and h2 have four parents each (hubs); x, y and z have both as parents and share leaves
   * with the terms, so every path from them to the goal meets {h1, h2} first. z dominates w1
   * and w2 (a context without the cut); the shared mitigation m makes l1 and l5 dependents.
   */
  private static final String TWO_HUBS = """
      format: attacktree/v1
      title: Two hubs
      root: goal
      mitigations:
        m: {title: Shared check, effectiveness: 0.4, status: planned}
      nodes:
        goal: {title: Goal, gate: or, children: [t1, t2, t3, t4, t5], impact: 10}
        t1: {title: T1, gate: and, children: [h1, l1]}
        t2: {title: T2, gate: and, children: [h1, l2, h2]}
        t3: {title: T3, gate: and, children: [h1, h2]}
        t4: {title: T4, gate: and, children: [h2, l3]}
        t5: {title: T5, gate: and, children: [h2, l4, h1]}
        h1: {title: H1, gate: or, children: [x, y, z, l6]}
        h2: {title: H2, gate: or, children: [x, y, z, l7]}
        x:  {title: X, gate: and, children: [l1, l3]}
        y:  {title: Y, gate: or, children: [l2, l4]}
        z:  {title: Z, gate: or, children: [w1, w2]}
        w1: {title: W1, gate: and, children: [l1, l5]}
        w2: {title: W2, gate: and, children: [l2, l5]}
        l1: {title: L1, likelihood: 0.6, mitigations: [m]}
        l2: {title: L2, likelihood: 0.3}
        l3: {title: L3, likelihood: 0.5}
        l4: {title: L4, likelihood: 0.2}
        l5: {title: L5, likelihood: 0.7, mitigations: [m]}
        l6: {title: L6, likelihood: 0.1}
        l7: {title: L7, likelihood: 0.15}
      """;

  @Test
  void membersBelowTwoHubsShareOneCut() throws Exception {
    TreeIndex index = new TreeIndex(read(TWO_HUBS));
    List<Integer> rest = new ArrayList<>();

    List<HubCuts.Group> groups = new HubCuts(index).groups(
        List.of(node(index, "x"), node(index, "y"), node(index, "z"), node(index, "t1")),
        node(index, "goal"), rest);

    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).hubs()).containsExactlyInAnyOrder(node(index, "h1"),
        node(index, "h2"));
    assertThat(groups.get(0).members()).containsExactly(node(index, "x"), node(index, "y"),
        node(index, "z"));
    assertThat(rest).containsExactly(node(index, "t1"));
  }

  @Test
  void nodesThroughHubsAreForcedExactlyInEveryMode() throws Exception {
    AttackTree tree = read(TWO_HUBS);
    BruteForce brute = new BruteForce(tree);

    for (Mode mode : Mode.values()) {
      AnalysisResult result =
          TreeAnalysis.run(tree, AnalysisOptions.DEFAULT.withImportanceMode(mode));
      ForcedMeasures.assertExact(brute, mode, "goal", 10, result.nodes(), EPS, "");
    }
  }

  /** Random trees of terms over hubs (three parents make a hub here), also non-coherent. */
  @Property(tries = 400)
  void nodesBelowRandomHubsAreForcedExactly(@ForAll long seed) {
    AttackTree tree = HubTrees.generate(seed, seed % 4 == 0);
    Mode mode = Mode.values()[Math.floorMod(seed, Mode.values().length)];
    BruteForce brute = new BruteForce(tree);
    ModeDiagrams diagrams = EveryGateDiagrams.of(tree, mode);

    List<NodeImportance> nodes =
        new ImportanceMeasures(diagrams, new Checkpoints(AnalysisMonitor.NONE), 3)
            .compute(0.1, 1);

    ForcedMeasures.assertExact(brute, mode, tree.root(), 1, nodes, 1e-9, ", seed " + seed);
  }

  /**
   * The same trees below an inner gate with two parents: a context of its own below the goal,
   * whose members are grouped by their cuts there (decision 41), also non-coherent.
   */
  @Property(tries = 400)
  void nodesBelowHubsInsideAnInnerContextAreForcedExactly(@ForAll long seed) {
    AttackTree tree = HubTrees.generate(seed, seed % 2 == 0, true);
    Mode mode = Mode.values()[Math.floorMod(seed, Mode.values().length)];
    BruteForce brute = new BruteForce(tree);
    ModeDiagrams diagrams = EveryGateDiagrams.of(tree, mode);

    List<NodeImportance> nodes =
        new ImportanceMeasures(diagrams, new Checkpoints(AnalysisMonitor.NONE)).compute(0.1, 1);

    ForcedMeasures.assertExact(brute, mode, tree.root(), 1, nodes, 1e-9, ", seed " + seed);
  }

  private static AttackTree read(String yaml) throws Exception {
    return TreeReader.read("hubs.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static int node(TreeIndex index, String id) {
    for (int i = 0; i < index.size; i++) {
      if (index.ids[i].equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(id);
  }
}
