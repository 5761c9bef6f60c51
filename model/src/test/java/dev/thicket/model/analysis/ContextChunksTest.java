package dev.thicket.model.analysis;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * A context keeping none of its sub-contexts' functions beyond the first (decision 33): each
 * later sub-context is made, swept and processed in a chunk of its own, rolled back before the
 * next. Every node against enumeration of it forced.
 */
class ContextChunksTest {
  private static final double EPS = 1e-9;

  /** The module's context holds two sub-contexts, a and c; a holds b. */
  static final String CHUNKS = """
      format: attacktree/v1
      title: Sub-contexts in chunks
      root: goal
      mitigations:
        m: {title: Shared check, effectiveness: 0.3, status: implemented}
      nodes:
        goal: {title: Goal, gate: or, children: [p, q, r, u, w]}
        p:  {title: P, gate: and, children: [a, s1]}
        q:  {title: Q, gate: and, children: [a, s2]}
        r:  {title: R, gate: and, children: [s1, s2, t3]}
        u:  {title: U, gate: and, children: [c, s1]}
        w:  {title: W, gate: and, children: [c, t4]}
        a:  {title: A, gate: or, children: [m1, m2]}
        m1: {title: M1, gate: and, children: [b, t1]}
        m2: {title: M2, gate: and, children: [b, t4]}
        b:  {title: B, gate: or, children: [x1, x2]}
        x1: {title: X1, gate: or, children: [t1, t2]}
        x2: {title: X2, gate: or, children: [t2, t3]}
        c:  {title: C, gate: or, children: [y1, y2]}
        y1: {title: Y1, gate: and, children: [t1, t3]}
        y2: {title: Y2, gate: and, children: [t2, t4]}
        s1: {title: S1, likelihood: 0.7}
        s2: {title: S2, likelihood: 0.6}
        t1: {title: T1, likelihood: 0.2}
        t2: {title: T2, likelihood: 0.3, mitigations: [m]}
        t3: {title: T3, likelihood: 0.25, mitigations: [m]}
        t4: {title: T4, likelihood: 0.5}
      """;

  @Test
  void subContextsInChunksOfTheirOwnAreForcedExactlyInEveryMode() throws Exception {
    AttackTree tree = TreeReader.read("chunks.yaml", CHUNKS.getBytes(StandardCharsets.UTF_8));
    for (Mode mode : Mode.values()) {
      check(tree, mode, "");
    }
  }

  @Property(tries = 300)
  void randomTreesToo(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 8, 6, 3, seed % 4 == 0);
    check(tree, Mode.values()[Math.floorMod(seed, Mode.values().length)], ", seed " + seed);
  }

  private static void check(AttackTree tree, Mode mode, String label) {
    ModeDiagrams diagrams = EveryGateDiagrams.of(tree, mode);

    List<NodeImportance> nodes = new ImportanceMeasures(diagrams,
        new Checkpoints(AnalysisMonitor.NONE), HubCuts.HUB_PARENTS, 0).compute(0.1, 1);

    ForcedMeasures.assertExact(new BruteForce(tree), mode, tree.root(), 1, nodes, EPS, label);
  }
}
