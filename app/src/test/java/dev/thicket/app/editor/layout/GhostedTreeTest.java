package dev.thicket.app.editor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GhostedTreeTest {
  /** A tree of OR gates: each entry is {@code id: child, child…}; the first is the root. */
  private static AttackTree tree(String... gates) {
    List<Node> nodes = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    for (String gate : gates) {
      String[] parts = gate.split(":");
      List<String> children = List.of(parts[1].trim().split(",\\s*"));
      nodes.add(Node.gate(parts[0], "Gate " + parts[0], Gate.OR, 0, children));
      listed.add(parts[0]);
    }
    for (String gate : gates) {
      for (String child : gate.split(":")[1].trim().split(",\\s*")) {
        if (!listed.contains(child)) {
          listed.add(child);
          nodes.add(Node.leaf(child, "Step " + child, Estimate.of(0.1)));
        }
      }
    }
    return new AttackTree("t", null, gates[0].split(":")[0], nodes, List.of(), null,
        AnalysisSettings.NONE, Map.of());
  }

  @Test
  void removedSubtreeHangsUnderItsOldParentAtItsOldPlace() {
    AttackTree old = tree("root: a, g, c", "g: x, y");
    AttackTree open = tree("root: a, c");

    AttackTree ghosted = GhostedTree.of(old, open, List.of("g", "x", "y"), Map.of());

    assertThat(ghosted.node("root").children()).containsExactly("a", "g", "c");
    assertThat(ghosted.node("g").children()).containsExactly("x", "y");
    assertThat(ghosted.nodes()).hasSize(6);
  }

  @Test
  void removedOldRootHangsLastUnderTheOpenRoot() {
    AttackTree old = tree("top: middle", "middle: a, b");
    AttackTree open = tree("middle: a, b");

    AttackTree ghosted = GhostedTree.of(old, open, List.of("top"), Map.of());

    assertThat(ghosted.root()).isEqualTo("middle");
    assertThat(ghosted.node("middle").children()).containsExactly("a", "b", "top");
    assertThat(ghosted.node("top").isLeaf()).as("the open nodes stay under their open parents")
        .isTrue();
  }

  @Test
  void removedChildOfARenamedParentHangsUnderItsNewId() {
    AttackTree old = tree("root: p", "p: r, k");
    AttackTree open = tree("root: q", "q: k, n");

    AttackTree ghosted = GhostedTree.of(old, open, List.of("r"), Map.of("p", "q"));

    assertThat(ghosted.node("q").children()).containsExactly("r", "k", "n");
  }

  @Test
  void sharedRemovedNodeHangsUnderItsFirstOldParentStillThere() {
    AttackTree old = tree("root: a, b", "a: s", "b: s, t");
    AttackTree open = tree("root: b", "b: t");

    AttackTree ghosted = GhostedTree.of(old, open, List.of("a", "s"), Map.of());

    assertThat(ghosted.node("a").children()).as("under a, itself a ghost").containsExactly("s");
    assertThat(ghosted.node("b").children()).containsExactly("t");
    assertThat(ghosted.node("root").children()).containsExactly("a", "b");
  }
}
