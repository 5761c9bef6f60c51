package dev.thicket.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeEditTest {
  private final AttackTree tree = SmallTrees.sample();

  @Test
  void addedChildIsAnUnestimatedLeafAtTheEnd() {
    AttackTree after = AddNode.child(tree, "a", "Steal the key").apply(tree);

    assertThat(after.node("a").children()).containsExactly("a1", "shared", "steal-the-key");
    assertThat(after.node("steal-the-key")).isEqualTo(Node.leaf("steal-the-key", "Steal the key",
        null));
    java.util.List<String> order = new java.util.ArrayList<>(tree.nodes().keySet());
    order.add("steal-the-key");
    assertThat(after.nodes().keySet()).as("file order: every node in place, the new one last")
        .containsExactlyElementsOf(order);
    tree.nodes().values().stream().filter(node -> !node.id().equals("a")).forEach(node ->
        assertThat(after.node(node.id())).isSameAs(node));
  }

  @Test
  void childOfALeafTurnsItIntoAnOrGateAndTakesOverItsLikelihood() {
    AttackTree after = AddNode.child(tree, "a1", "Deeper").apply(tree);

    assertThat(after.node("a1").gate()).isEqualTo(Gate.OR);
    assertThat(after.node("a1").likelihood()).isNull();
    assertThat(after.node("a1").children()).containsExactly("deeper");
    assertThat(after.node("deeper").likelihood()).isEqualTo(tree.node("a1").likelihood())
        .isNotNull();
    assertThat(TreeAnalysis.run(after, AnalysisOptions.DEFAULT).risk())
        .isEqualTo(TreeAnalysis.run(tree, AnalysisOptions.DEFAULT).risk());
  }

  @Test
  void siblingGoesRightAfterTheNodeUnderItsFirstParent() {
    AttackTree after = AddNode.sibling(tree, "a1", "Next").apply(tree);

    assertThat(after.node("a").children()).containsExactly("a1", "next", "shared");
  }

  @Test
  void rootHasNoSibling() {
    assertThatThrownBy(() -> AddNode.sibling(tree, "goal", "x"))
        .isInstanceOf(EditRefusedException.class).hasMessageContaining("root has no siblings");
  }

  @Test
  void generatedIdsAreUniqueEvenForTheSameTitle() {
    AttackTree once = AddNode.child(tree, "goal", "A1").apply(tree);
    AttackTree twice = AddNode.child(once, "goal", "A1").apply(once);

    assertThat(twice.node("goal").children()).containsExactly("a", "b", "a1-2", "a1-3");
  }

  @Test
  void fullNotGateRefusesASecondChild() {
    AttackTree withNot = new ReplaceNode(tree.node("a").withGate(Gate.NOT, 0, List.of("a1")),
        "gate").apply(tree);

    assertThatThrownBy(() -> AddNode.child(withNot, "a", "x").apply(withNot))
        .isInstanceOf(EditRefusedException.class).hasMessageContaining("exactly one child");
  }

  @Test
  void renameKeepsTheIdAndRefusesABlankTitle() {
    assertThat(new RenameNode("a1", "  Phish  ").apply(tree).node("a1").title()).isEqualTo("Phish");
    assertThatThrownBy(() -> new RenameNode("a1", " ").apply(tree))
        .isInstanceOf(EditRefusedException.class).hasMessage("a node needs a title");
  }

  @Test
  void likelihoodAboveOneIsRefusedWithTheFormatsMessage() {
    Node invalid = tree.node("a1").withLikelihood(Estimate.of(1.5));

    assertThatThrownBy(() -> new ReplaceNode(invalid, "likelihood").apply(tree))
        .isInstanceOf(EditRefusedException.class)
        .hasMessage("likelihood must be in [0,1], not 1.5");
  }

  @Test
  void kAboveTheNumberOfChildrenIsRefused() {
    Node invalid = tree.node("b").withGate(Gate.ATLEAST, 4, tree.node("b").children());

    assertThatThrownBy(() -> new ReplaceNode(invalid, "k").apply(tree))
        .isInstanceOf(EditRefusedException.class)
        .hasMessageContaining("k must be between 1 and the number of children (3), not 4");
  }

  @Test
  void deletingASubtreeKeepsASharedNodeThatIsStillReached() {
    AttackTree after = new DeleteNode("a").apply(tree);

    assertThat(after.nodes().keySet()).containsExactly("goal", "b", "b1", "b2", "shared");
    assertThat(after.node("goal").children()).containsExactly("b");
  }

  @Test
  void deletingTheLastChildTurnsTheGateIntoALeaf() {
    AttackTree noB = new DeleteNode("b").apply(tree);
    AttackTree after = new DeleteNode("a1").apply(new DeleteNode("shared").apply(noB));

    assertThat(after.node("a").gate()).isEqualTo(Gate.LEAF);
    assertThat(after.node("a").children()).isEmpty();
  }

  @Test
  void deletingAChildLowersKOfAnAtLeastGate() {
    AttackTree after = new DeleteNode("b2").apply(new DeleteNode("b1").apply(tree));

    assertThat(after.node("b").gate()).isEqualTo(Gate.ATLEAST);
    assertThat(after.node("b").k()).isEqualTo(1);
  }

  @Test
  void removedByCountsOnlyWhatNothingElseReaches() {
    assertThat(DeleteNode.removedBy(tree, "b")).containsExactly("b", "b1", "b2");
  }

  @Test
  void rootCannotBeDeleted() {
    assertThatThrownBy(() -> new DeleteNode("goal").apply(tree))
        .isInstanceOf(EditRefusedException.class).hasMessage("the root cannot be deleted");
  }

  @Test
  void toggleSwapsAndAndOrAndRefusesALeaf() {
    assertThat(new ToggleGate("a").apply(tree).node("a").gate()).isEqualTo(Gate.OR);
    assertThat(new ToggleGate("goal").apply(tree).node("goal").gate()).isEqualTo(Gate.AND);
    assertThat(new ToggleGate("b").apply(tree).node("b")).isEqualTo(
        Node.gate("b", "B", Gate.AND, 0, List.of("b1", "b2", "shared")));
    assertThatThrownBy(() -> new ToggleGate("a1").apply(tree))
        .isInstanceOf(EditRefusedException.class).hasMessageContaining("attack step");
  }

  @Test
  void moveReparentsAndKeepsTheOldGateValid() {
    AttackTree after = new MoveNode("a1", "a", "b", 0).apply(tree);

    assertThat(after.node("a").children()).containsExactly("shared");
    assertThat(after.node("b").children()).containsExactly("a1", "b1", "b2", "shared");
  }

  @Test
  void moveUnderItsOwnDescendantIsRefusedAsACycle() {
    AttackTree deeper = AddNode.child(tree, "b1", "Deep").apply(tree);

    assertThatThrownBy(() -> new MoveNode("b", "goal", "deep", -1).apply(deeper))
        .isInstanceOf(EditRefusedException.class)
        .hasMessage("'b' cannot go under 'deep': 'deep' is inside 'b', that would make a cycle");
  }

  @Test
  void linkMakesASharedChildAndRefusesACycle() {
    AttackTree after = new LinkChild("a", "b1").apply(tree);

    assertThat(after.parents("b1")).containsExactlyInAnyOrder("a", "b");
    assertThatThrownBy(() -> new LinkChild("shared", "a").apply(tree))
        .isInstanceOf(EditRefusedException.class).hasMessageContaining("cycle");
    assertThatThrownBy(() -> new LinkChild("a", "a1").apply(tree))
        .isInstanceOf(EditRefusedException.class).hasMessageContaining("already a child");
  }

  @Test
  void mitigationIsAddedEditedAndRefusedOutOfRange() {
    AttackTree added = PutMitigation.fresh(tree, "Sandbox").apply(tree);
    Mitigation sandbox = added.mitigations().get("sandbox");

    assertThat(sandbox).isEqualTo(new Mitigation("sandbox", "Sandbox", 0.5,
        MitigationStatus.PLANNED));
    assertThatThrownBy(() -> new PutMitigation(sandbox.withEffectiveness(1.2)).apply(added))
        .isInstanceOf(EditRefusedException.class)
        .hasMessage("effectiveness must be in [0,1], not 1.2");
  }

  @Test
  void deletingAMitigationDetachesItFromEveryNode() {
    AttackTree added = PutMitigation.fresh(tree, "Sandbox").apply(tree);
    AttackTree attached = new ReplaceNode(added.node("a1").withMitigations(List.of("sandbox")),
        "mitigations").apply(added);

    AttackTree after = new DeleteMitigation("sandbox").apply(attached);

    assertThat(after.mitigations()).isEmpty();
    assertThat(after.node("a1").mitigations()).isEmpty();
  }

  @Test
  void slugsAreLowerCaseWordsWithAFallback() {
    assertThat(NodeIds.slug("Steal the API key!")).isEqualTo("steal-the-api-key");
    assertThat(NodeIds.slug("Ünïcode  — títle")).isEqualTo("unicode-title");
    assertThat(NodeIds.slug("???")).isEqualTo("node");
  }
}
