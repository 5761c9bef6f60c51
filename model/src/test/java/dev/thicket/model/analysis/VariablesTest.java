package dev.thicket.model.analysis;

import static dev.thicket.model.tree.Gate.AND;
import static dev.thicket.model.tree.Gate.OR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AttackTree;
import org.junit.jupiter.api.Test;

/** The three variable orders of {@link Variables}. */
class VariablesTest {
  /** t = e ∨ (a ∧ b) ∨ c, a and b sharing s (no modules below t), e a leaf of t alone. */
  private static AttackTree tree() {
    return new TreeBuilder().gate("t", OR, "g", "c", "e")
        .gate("g", AND, "a", "b")
        .gate("a", OR, "x0", "x1", "s").gate("b", OR, "y0", "s")
        .gate("c", AND, "x0", "y0")
        .leaf("x0", 0.1).leaf("x1", 0.2).leaf("y0", 0.3).leaf("s", 0.4).leaf("e", 0.5)
        .build();
  }

  @Test
  void largestFirstEntersLeavesOfOneParentFirst() {
    TreeIndex index = new TreeIndex(tree());
    Variables variables =
        new Variables(index, new Modules(index), Variables.Order.LARGEST_FIRST);

    // e before g (the largest), and inside a, x1 (a's alone) before the shared x0.
    assertThat(index.ids[variables.nodeOfVariable[0]]).isEqualTo("e");
    assertThat(index.ids[variables.nodeOfVariable[1]]).isEqualTo("x1");
    assertThat(index.ids[variables.nodeOfVariable[2]]).isEqualTo("x0");
  }

  @Test
  void childOrderKeepsFileOrder() {
    TreeIndex index = new TreeIndex(tree());
    Variables variables = new Variables(index, new Modules(index), Variables.Order.CHILD_ORDER);

    assertThat(index.ids[variables.nodeOfVariable[0]]).isEqualTo("x0");
    assertThat(index.ids[variables.nodeOfVariable[variables.count - 1]]).isEqualTo("e");
  }

  @Test
  void smallestFirstEntersTheSubTreeOfFewestLeavesFirst() {
    TreeIndex index = new TreeIndex(tree());
    Variables variables =
        new Variables(index, new Modules(index), Variables.Order.SMALLEST_FIRST);

    // t's children by leaves: e (1), c (2), g (5); inside g, b (2) before a (3).
    assertThat(variables.count).isEqualTo(5);
    assertThat(index.ids[variables.nodeOfVariable[0]]).isEqualTo("e");
    assertThat(index.ids[variables.nodeOfVariable[1]]).isEqualTo("x0");
    assertThat(index.ids[variables.nodeOfVariable[2]]).isEqualTo("y0");
    assertThat(index.ids[variables.nodeOfVariable[3]]).isEqualTo("s");
    assertThat(index.ids[variables.nodeOfVariable[4]]).isEqualTo("x1");
  }
}
