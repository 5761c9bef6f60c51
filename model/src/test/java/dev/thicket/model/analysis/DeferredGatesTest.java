package dev.thicket.model.analysis;

import static dev.thicket.model.tree.Gate.AND;
import static dev.thicket.model.tree.Gate.OR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.MitigationStatus;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Gates folded into their parent ({@link DeferredGates}): which ones, that they save nodes, and
 * that every result equals the run that makes every gate's diagram.
 */
class DeferredGatesTest {
  private static final AnalysisOptions EVERYTHING =
      new AnalysisOptions(Mode.RESIDUAL, -1, AnalysisOptions.DEFAULT.overrides());
  /** Makes every gate: deferral is off when nothing is ever collected. */
  private static final DiagramLimits NEVER =
      DiagramLimits.DEFAULT.withCollectAbove(Integer.MAX_VALUE);

  /**
   * u, v, s (under p, p, t) and s2 (under k) are deferred; p has deferred children, k is under an
   * AND, q is guarded, w has two parents, z is a module.
   */
  private static AttackTree tree() {
    return new TreeBuilder()
        .gate("t", OR, "p", "s", "q", "w", "z")
        .gate("p", AND, "u", "v")
        .gate("u", OR, "a", "x", "w")
        .gate("w", AND, "x", "y")
        .gate("z", AND, "e", "f")
        .gate("v", OR, "b", "y")
        .gate("s", AND, "b", "k")
        .gate("k", AND, "x", "s2")
        .gate("s2", OR, "a", "b")
        .gate("q", AND, "a", "m")
        .leaf("a", 0.3).leaf("b", 0.4).leaf("x", 0.5).leaf("y", 0.6).leaf("m", 0.7)
        .leaf("e", 0.2).leaf("f", 0.1)
        .mitigation("guard", 0.5, MitigationStatus.IMPLEMENTED, "q")
        .build();
  }

  @Test
  void defersOnlyUnsharedUnguardedGatesUnderTheOtherKind() {
    TreeIndex index = new TreeIndex(tree());
    Modules modules = new Modules(index);
    boolean[] deferred = DeferredGates.of(index, modules,
        new Variables(index, modules, Variables.Order.CHILD_ORDER));

    List<String> ids = new ArrayList<>();
    for (int node = 0; node < index.size; node++) {
      if (deferred[node]) {
        ids.add(index.ids[node]);
      }
    }
    assertThat(ids).containsExactlyInAnyOrder("u", "v", "s", "s2");
  }

  @Test
  void deferredGatesMakeFewerNodes() {
    // p, c, q are deferred (a and b have two parents each, and share s: no modules).
    TreeBuilder builder = new TreeBuilder().gate("t", OR, "p", "c", "q")
        .gate("p", AND, "a", "b").gate("c", AND, "a", "c0").gate("q", AND, "b", "d0")
        .gate("a", OR, "x0", "x1", "x2", "s").gate("b", OR, "y0", "y1", "y2", "s");
    for (String leaf : List.of("x0", "x1", "x2", "y0", "y1", "y2", "s", "c0", "d0")) {
      builder.leaf(leaf, 0.25);
    }
    TreeIndex index = new TreeIndex(builder.build());
    Modules modules = new Modules(index);
    Variables variables = new Variables(index, modules, Variables.Order.CHILD_ORDER);
    boolean[] counted = new boolean[0];

    ModeDiagrams fused = new ModeDiagrams(index, variables, modules, counted, Integer.MAX_VALUE,
        new Checkpoints(AnalysisMonitor.NONE));
    ModeDiagrams plain = new ModeDiagrams(index, variables, modules, counted, Integer.MAX_VALUE,
        new Checkpoints(AnalysisMonitor.NONE), Integer.MAX_VALUE);

    assertThat(fused.bdd.nodesMade()).isLessThan(plain.bdd.nodesMade());
    assertThat(fused.top()).isEqualTo(plain.top());
  }

  @Property(tries = 300)
  void deferringChangesNoResult(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 12, 8, 4, seed % 3 == 0);

    AnalysisResult deferred = TreeAnalysis.run(tree, EVERYTHING, DiagramLimits.DEFAULT);
    AnalysisResult plain = TreeAnalysis.run(tree, EVERYTHING, NEVER);

    assertThat(deferred).as("seed %d", seed).isEqualTo(plain);
  }

  @Property(tries = 200)
  void deferredDiagramsGiveTheEnumeratedProbability(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 8, 6, 3, seed % 2 == 0);
    BruteForce brute = new BruteForce(tree);

    AnalysisResult result = TreeAnalysis.run(tree, EVERYTHING, DiagramLimits.DEFAULT);

    for (Mode mode : Mode.values()) {
      assertThat(result.probability().get(mode)).as("%s, seed %d", mode, seed)
          .isCloseTo(brute.probabilityOfAll(mode, tree.root()),
              within(1e-9));
    }
  }
}
