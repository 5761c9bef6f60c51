package dev.thicket.model.analysis;

import static dev.thicket.model.tree.Gate.AND;
import static dev.thicket.model.tree.Gate.OR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Gate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Deferred children that share a child are folded as one ({@link SharedFactors}): which ones,
 * that it saves nodes, and that every result equals the run that makes every gate's diagram.
 */
class SharedFactorsTest {
  private static final AnalysisOptions EVERYTHING =
      new AnalysisOptions(Mode.RESIDUAL, -1, AnalysisOptions.DEFAULT.overrides());
  private static final DiagramLimits NEVER =
      DiagramLimits.DEFAULT.withCollectAbove(Integer.MAX_VALUE);

  @Test
  void groupsTheDeferredChildrenThatShareAChildInFoldOrder() {
    // t = (x ∧ a) ∨ (y ∧ b) ∨ (x ∧ c) ∨ (b ∧ x) ∨ d: p, r, s share x; q shares b with s only,
    // but s already belongs to x's group.
    AttackTree tree = new TreeBuilder().gate("t", OR, "p", "q", "r", "s", "d")
        .gate("p", AND, "x", "a").gate("q", AND, "y", "b").gate("r", AND, "x", "c")
        .gate("s", AND, "b", "x").gate("x", OR, "x1", "x2", "y")
        .leaf("a", 0.1).leaf("b", 0.2).leaf("c", 0.3).leaf("d", 0.4).leaf("y", 0.5)
        .leaf("x1", 0.6).leaf("x2", 0.7).build();
    ModeDiagrams diagrams = unbuilt(tree);
    TreeIndex index = diagrams.index;
    diagrams.buildUntil(Long.MAX_VALUE);
    int t = index.root;
    boolean[] deferred = DeferredGates.of(index, diagrams.modules, diagrams.variables);

    SharedFactors groups = SharedFactors.of(diagrams, deferred, t);

    int x = List.of(index.ids).indexOf("x");
    assertThat(groups.factor).containsExactly(-1, -1, -1, x, -1);
    assertThat(groups.leader).containsExactly(3, -1, 3, -1, -1);
  }

  @Test
  void aSharedChildSavesTheNodesOfEachProduct() {
    AttackTree shared = wideProducts(true);
    AttackTree separate = wideProducts(false);

    ModeDiagrams fused = built(shared);
    ModeDiagrams plain = built(separate);

    assertThat(fused.top()).isCloseTo(plain.top(), within(1e-15));
    assertThat(fused.bdd.nodesMade()).isLessThan(plain.bdd.nodesMade());
  }

  /**
   * t = (x ∧ a_0 ∧ a_1) ∨ (x ∧ b_0 ∧ b_1) ∨ (l_7 ∧ c) with x = AND of eight leaves l_i ordered
   * above the a and b variables (each product copies x's chain; l_7 under m keeps x from being a
   * module); with {@code shared} false each product has its own copy x9 of x (the same function
   * and variable order, also never deferred, but no shared child to group on).
   */
  private static AttackTree wideProducts(boolean shared) {
    TreeBuilder builder = new TreeBuilder().gate("t", OR, "p", "q", "m")
        .gate("p", AND, "x", "a0", "a1").gate("q", AND, shared ? "x" : "x9", "b0", "b1");
    String[] leaves = new String[8];
    String[] copies = new String[8];
    for (int i = 0; i < 8; i++) {
      leaves[i] = "l" + i;
      copies[i] = "l" + i;
    }
    builder.gate("x", AND, leaves);
    if (!shared) {
      builder.gate("x9", AND, copies);
    }
    builder.gate("m", AND, "l7", "c");
    for (String leaf : List.of("a0", "a1", "b0", "b1", "c")) {
      builder.leaf(leaf, 0.3);
    }
    for (int i = 0; i < 8; i++) {
      builder.leaf(leaves[i], 0.05 * (i + 1));
    }
    return builder.build();
  }

  @Property(tries = 300)
  void groupingChangesNoResult(@ForAll long seed) {
    AttackTree tree = sharingProducts(seed, seed % 4 == 0);

    AnalysisResult grouped = TreeAnalysis.run(tree, EVERYTHING, DiagramLimits.DEFAULT);
    AnalysisResult plain = TreeAnalysis.run(tree, EVERYTHING, NEVER);

    SameResults.assertSameResults(grouped, plain, seed);
  }

  @Property(tries = 200)
  void groupedDiagramsGiveTheEnumeratedProbability(@ForAll long seed) {
    AttackTree tree = sharingProducts(seed, seed % 3 == 0);
    BruteForce brute = new BruteForce(tree);

    AnalysisResult result = TreeAnalysis.run(tree, EVERYTHING, DiagramLimits.DEFAULT);

    for (Mode mode : Mode.values()) {
      assertThat(result.probability().get(mode)).as("%s, seed %d", mode, seed)
          .isCloseTo(brute.probabilityOfAll(mode, tree.root()), within(1e-9));
    }
  }

  /**
   * A random gate (OR, or with {@code conjunction} AND) over 2–6 gates of the other kind, each
   * over 2–3 inputs drawn from a small pool of leaves and shared gates, so that many share one.
   */
  static AttackTree sharingProducts(long seed, boolean conjunction) {
    Random random = new Random(seed);
    Gate top = conjunction ? AND : OR;
    Gate inner = conjunction ? OR : AND;
    int products = 2 + random.nextInt(5);
    List<String> pool = List.of("l0", "l1", "l2", "l3", "s0", "s1");
    List<String> topChildren = new ArrayList<>();
    for (int p = 0; p < products; p++) {
      topChildren.add("p" + p);
    }
    if (random.nextBoolean()) {
      topChildren.add("l4");
    }
    TreeBuilder builder = new TreeBuilder().gate("t", top, topChildren.toArray(String[]::new));
    Set<String> used = new LinkedHashSet<>(topChildren);
    for (int p = 0; p < products; p++) {
      Set<String> inputs = new LinkedHashSet<>();
      int size = 2 + random.nextInt(2);
      while (inputs.size() < size) {
        inputs.add(pool.get(random.nextInt(pool.size())));
      }
      builder.gate("p" + p, inner, inputs.toArray(String[]::new));
      used.addAll(inputs);
    }
    if (used.contains("s0")) {
      builder.gate("s0", random.nextBoolean() ? AND : OR, "l0", "l5", "l6");
      used.addAll(List.of("l0", "l5", "l6"));
    }
    if (used.contains("s1")) {
      builder.gate("s1", random.nextBoolean() ? AND : OR, "l1", "l6", "l7");
      used.addAll(List.of("l1", "l6", "l7"));
    }
    for (int l = 0; l < 8; l++) {
      if (used.contains("l" + l)) {
        builder.leaf("l" + l, 0.05 + 0.9 * random.nextDouble());
      }
    }
    return builder.build();
  }

  private static ModeDiagrams unbuilt(AttackTree tree) {
    TreeIndex index = new TreeIndex(tree);
    Modules modules = new Modules(index);
    return new ModeDiagrams(index, new Variables(index, modules, Variables.Order.CHILD_ORDER),
        modules, new boolean[0], Integer.MAX_VALUE, new Checkpoints(AnalysisMonitor.NONE),
        ModeDiagrams.COLLECT_ABOVE, false);
  }

  private static ModeDiagrams built(AttackTree tree) {
    ModeDiagrams diagrams = unbuilt(tree);
    diagrams.buildUntil(Long.MAX_VALUE);
    return diagrams;
  }
}
