package dev.thicket.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.InvalidTreeException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edits that keep every node's children share the tree's structure and check only the node. */
class SharedStructureTest {
  private final AttackTree tree = SmallTrees.sample();

  @Test
  void renameSharesTheGraphAndOrder() {
    AttackTree after = new RenameNode("a1", "New title").apply(tree);

    assertThat(after.graph()).isSameAs(tree.graph());
    assertThat(after.bottomUpOrder()).isSameAs(tree.bottomUpOrder());
    assertThat(after.node("a1").title()).isEqualTo("New title");
    assertThat(List.copyOf(after.nodes().keySet())).isEqualTo(List.copyOf(tree.nodes().keySet()));
  }

  @Test
  void onlyEditsThatKeepEveryChildrenListShareTheStructure() {
    assertThat(new RenameNode("a1", "New title").apply(tree).sharesStructureWith(tree)).isTrue();
    assertThat(new ToggleGate("a").apply(tree).sharesStructureWith(tree)).isTrue();
    assertThat(AddNode.child(tree, "a", "New step").apply(tree).sharesStructureWith(tree))
        .isFalse();
    assertThat(new DeleteNode("a1").apply(tree).sharesStructureWith(tree)).isFalse();
  }

  @Test
  void sharedTreeEqualsARebuiltOne() {
    AttackTree after = new ToggleGate("a").apply(tree);
    AttackTree rebuilt = new AttackTree(after.title(), after.description(), after.root(),
        List.copyOf(after.nodes().values()), List.copyOf(after.mitigations().values()), null,
        after.settings(), after.extensions());

    assertThat(after.nodes()).isEqualTo(rebuilt.nodes());
    assertThat(after.bottomUpOrder()).isEqualTo(rebuilt.bottomUpOrder());
    assertThat(after.parents("shared")).isEqualTo(rebuilt.parents("shared"));
  }

  @Test
  void changedNodeIsStillChecked() {
    assertThatThrownBy(() -> tree.withNode(tree.node("a1").withLikelihood(Estimate.of(1.5))))
        .isInstanceOf(InvalidTreeException.class)
        .hasMessageContaining("likelihood must be in [0,1], not 1.5");
  }

  @Test
  void newChildrenRebuildTheGraph() {
    AttackTree after = AddNode.child(tree, "a1", "Deeper").apply(tree);

    assertThat(after.graph()).isNotSameAs(tree.graph());
    assertThat(after.parents("deeper")).containsExactly("a1");
  }
}
