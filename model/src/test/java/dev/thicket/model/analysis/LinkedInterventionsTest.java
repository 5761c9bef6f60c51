package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Interventions linked through a single parent (decision 28): a node whose only parent is an AND
 * gate is blocked with it, one whose only parent is an OR gate without counted mitigations
 * achieved with it; a class of linked interventions holding a leaf or the root costs nothing.
 * Every node against enumeration of it forced, in every mode.
 */
class LinkedInterventionsTest {
  private static final double EPS = 1e-12;

  /**
   * Every gate shares leaf s, t or v, so none is a module. x is achieved with its own leaf a, y
   * blocked with b, z achieved through the chain w → c; every child of the goal achieved with it;
   * g (not achieved with its AND parent h) is blocked with h, which is blocked
   * with its own leaf u; g's mitigation keeps d from being achieved with it; k1 (1-of-2) and
   * k2 (2-of-2) link as OR and AND.
   */
  private static final String LINKED = """
      format: attacktree/v1
      title: Linked interventions
      root: goal
      mitigations:
        m: {title: Check, effectiveness: 0.5, status: implemented}
      nodes:
        goal: {title: Goal, gate: or, children: [x, y, z, h, k1, k2], impact: 10}
        x:  {title: X, gate: or, children: [a, s]}
        y:  {title: Y, gate: and, children: [b, s, v]}
        z:  {title: Z, gate: or, children: [w, t]}
        w:  {title: W, gate: or, children: [c, s]}
        h:  {title: H, gate: and, children: [g, u]}
        g:  {title: G, gate: or, children: [d, t], mitigations: [m]}
        d:  {title: D, gate: and, children: [e2, s]}
        k1: {title: K1, gate: atleast, k: 1, children: [e, v]}
        k2: {title: K2, gate: atleast, k: 2, children: [f, t]}
        a:  {title: A, likelihood: 0.3}
        b:  {title: B, likelihood: 0.6}
        c:  {title: C, likelihood: 0.25}
        e:  {title: E, likelihood: 0.35}
        e2: {title: E2, likelihood: 0.65}
        f:  {title: F, likelihood: 0.55}
        u:  {title: U, likelihood: 0.4}
        s:  {title: S, likelihood: 0.2}
        t:  {title: T, likelihood: 0.45}
        v:  {title: V, likelihood: 0.5}
      """;

  @Test
  void onlyInterventionsLinkedToNoKnownValueAreComputed() throws Exception {
    TreeIndex index = new TreeIndex(read(LINKED));
    ModeDiagrams diagrams = EveryGateDiagrams.of(index, Mode.RESIDUAL);
    boolean[] computed = new boolean[index.size];
    for (int node = 0; node < index.size; node++) {
      computed[node] = index.isLeaf(node) || node == index.root;
    }

    LinkedInterventions linked = new LinkedInterventions(diagrams, computed);

    for (String id : List.of("x", "y", "z", "w", "h", "k1", "k2")) {
      assertThat(linked.computes(node(index, id), true)).as("%s achieved", id).isFalse();
    }
    for (String id : List.of("y", "h", "g", "d", "k2")) {
      assertThat(linked.computes(node(index, id), false)).as("%s blocked", id).isFalse();
    }
    assertThat(linked.computes(node(index, "d"), true)).as("d below a guarded OR").isTrue();
    assertThat(linked.computes(node(index, "g"), true)).as("g below an AND").isTrue();
    assertThat(linked.computes(node(index, "x"), false)).as("x blocked").isTrue();
  }

  @Test
  void linkedInterventionsAreTheForcedOnesInEveryMode() throws Exception {
    AttackTree tree = read(LINKED);
    BruteForce brute = new BruteForce(tree);

    for (Mode mode : Mode.values()) {
      AnalysisResult result =
          TreeAnalysis.run(tree, AnalysisOptions.DEFAULT.withImportanceMode(mode));
      ForcedMeasures.assertExact(brute, mode, "goal", 10, result.nodes(), EPS, "");
    }
  }

  private static AttackTree read(String yaml) throws Exception {
    return TreeReader.read("linked.yaml", yaml.getBytes(StandardCharsets.UTF_8));
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
