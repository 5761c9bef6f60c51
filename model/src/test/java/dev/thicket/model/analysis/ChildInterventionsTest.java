package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Interventions copied from a child whose only parent the gate is (decision 28): an AND gate is
 * blocked with such a child, an OR gate without counted mitigations achieved with it. Every node
 * against enumeration of it forced, in every mode.
 */
class ChildInterventionsTest {
  private static final double EPS = 1e-12;

  /**
   * Every gate shares leaf s or t, so none is a module. x (OR) and y (AND) have a child of their
   * own, z (OR) through the chain w → leaf c; the guarded OR g has a child of its own but its
   * mitigation keeps it from being achieved with it; k1 (1-of-2) and k2 (2-of-2) behave as OR
   * and AND.
   */
  private static final String OWN_CHILDREN = """
      format: attacktree/v1
      title: Own children
      root: goal
      mitigations:
        m: {title: Check, effectiveness: 0.5, status: implemented}
      nodes:
        goal: {title: Goal, gate: or, children: [x, y, z, g, k1, k2], impact: 10}
        x:  {title: X, gate: or, children: [a, s]}
        y:  {title: Y, gate: and, children: [b, s, t]}
        z:  {title: Z, gate: or, children: [w, t]}
        w:  {title: W, gate: or, children: [c, s]}
        g:  {title: G, gate: or, children: [d, t], mitigations: [m]}
        k1: {title: K1, gate: atleast, k: 1, children: [e, s]}
        k2: {title: K2, gate: atleast, k: 2, children: [f, t]}
        a:  {title: A, likelihood: 0.3}
        b:  {title: B, likelihood: 0.6}
        c:  {title: C, likelihood: 0.25}
        d:  {title: D, likelihood: 0.4}
        e:  {title: E, likelihood: 0.35}
        f:  {title: F, likelihood: 0.55}
        s:  {title: S, likelihood: 0.2}
        t:  {title: T, likelihood: 0.45}
      """;

  @Test
  void gatesTakeTheInterventionOfTheirOwnChildWhereItForcesThem() throws Exception {
    AttackTree tree = read(OWN_CHILDREN);
    TreeIndex index = new TreeIndex(tree);
    ModeDiagrams diagrams = diagrams(index, Mode.RESIDUAL);
    boolean[] computed = new boolean[index.size];
    for (int node = 0; node < index.size; node++) {
      computed[node] = index.isLeaf(node) || node == index.root;
    }

    ChildInterventions children = new ChildInterventions(diagrams, computed);

    assertThat(children.achievedFromChild(node(index, "x"))).isTrue();
    assertThat(children.achievedFromChild(node(index, "z"))).isTrue();
    assertThat(children.achievedFromChild(node(index, "k1"))).isTrue();
    assertThat(children.blockedFromChild(node(index, "y"))).isTrue();
    assertThat(children.blockedFromChild(node(index, "k2"))).isTrue();
    assertThat(children.achievedFromChild(node(index, "g"))).isFalse();
    assertThat(children.blockedFromChild(node(index, "x"))).isFalse();
    assertThat(children.achievedFromChild(node(index, "y"))).isFalse();
  }

  @Test
  void copiedInterventionsAreTheForcedOnesInEveryMode() throws Exception {
    AttackTree tree = read(OWN_CHILDREN);
    BruteForce brute = new BruteForce(tree);

    for (Mode mode : Mode.values()) {
      AnalysisResult result =
          TreeAnalysis.run(tree, AnalysisOptions.DEFAULT.withImportanceMode(mode));
      ForcedMeasures.assertExact(brute, mode, "goal", 10, result.nodes(), EPS, "");
    }
  }

  private static ModeDiagrams diagrams(TreeIndex index, Mode mode) {
    Modules modules = new Modules(index);
    return new ModeDiagrams(index, new Variables(index, modules, Variables.Order.CHILD_ORDER),
        modules, ModeDiagrams.countedIn(index, mode), Integer.MAX_VALUE,
        new Checkpoints(AnalysisMonitor.NONE), Integer.MAX_VALUE);
  }

  private static AttackTree read(String yaml) throws Exception {
    return TreeReader.read("children.yaml", yaml.getBytes(StandardCharsets.UTF_8));
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
