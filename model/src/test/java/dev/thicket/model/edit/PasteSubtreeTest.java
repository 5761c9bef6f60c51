package dev.thicket.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasteSubtreeTest {
  private final AttackTree tree = SmallTrees.sample();

  @Test
  void copyHoldsTheNodeAndEverythingBelowItOnce() {
    Subtree copied = Subtree.of(tree, "a");

    assertThat(copied.nodes()).extracting(Node::id).containsExactly("a", "a1", "shared");
  }

  @Test
  void pastedCopyGetsFreshIdsAndKeepsItsShape() {
    PasteSubtree paste = new PasteSubtree("b", Subtree.of(tree, "a"));

    AttackTree after = paste.apply(tree);

    assertThat(paste.pastedRoot(tree)).isEqualTo("a-2");
    assertThat(after.node("b").children()).containsExactly("b1", "b2", "shared", "a-2");
    assertThat(after.node("a-2").children()).containsExactly("a1-2", "shared-2");
    assertThat(after.node("a-2").gate()).isEqualTo(tree.node("a").gate());
    assertThat(after.node("shared-2").likelihood()).isEqualTo(tree.node("shared").likelihood());
    assertThat(after.node("a").children()).containsExactly("a1", "shared");
    List<String> order = new java.util.ArrayList<>(tree.nodes().keySet());
    order.addAll(List.of("a-2", "a1-2", "shared-2"));
    assertThat(after.nodes().keySet()).as("file order: every node in place, the pasted ones last")
        .containsExactlyElementsOf(order);
  }

  @Test
  void cutThenPasteKeepsTheOldIdsWhenTheyAreFree() {
    Subtree cut = Subtree.of(tree, "b2");
    AttackTree without = new DeleteNode("b2").apply(tree);

    AttackTree after = new PasteSubtree("a", cut).apply(without);

    assertThat(after.node("a").children()).containsExactly("a1", "shared", "b2");
  }

  @Test
  void mitigationsTheTreeLacksComeWithThePastedNodes() {
    Mitigation patch = new Mitigation("patch", "Patch", 0.5, MitigationStatus.PLANNED);
    AttackTree other = new PutMitigation(patch).apply(tree);
    other = new ReplaceNode(other.node("a1").withMitigations(List.of("patch")), "m").apply(other);

    AttackTree after = new PasteSubtree("b", Subtree.of(other, "a1")).apply(tree);

    assertThat(after.node("a1-2").mitigations()).containsExactly("patch");
    assertThat(after.mitigations()).containsKey("patch");
  }

  @Test
  void pasteUnderAFullNotGateIsRefused() {
    AttackTree withNot = new ReplaceNode(Node.gate("a", "A", dev.thicket.model.tree.Gate.NOT, 0,
        List.of("a1")), "gate").apply(new DeleteNode("shared").apply(tree));

    assertThatThrownBy(() -> new PasteSubtree("a", Subtree.of(withNot, "b1")).apply(withNot))
        .isInstanceOf(EditRefusedException.class).hasMessageContaining("NOT gate");
  }

  @Test
  void linkThatWouldCloseACycleIsRefused() {
    assertThatThrownBy(() -> new LinkChild("a1", "a").apply(tree))
        .isInstanceOf(EditRefusedException.class).hasMessageContaining("cycle");
  }
}
