package dev.thicket.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.edit.AddNode;
import dev.thicket.model.edit.ChangeNodeId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edits keep a step's cost, time and potential and the tree's profiles. */
class AttackerKeysSurviveEditsTest {
  private static final StepAttributes STEP = new StepAttributes(100.0, 8.0,
      new Potential(Map.of(PotentialFactor.EXPERTISE, "expert")));
  private static final AttackerProfile KIDDIE = new AttackerProfile("kiddie", "Script kiddie",
      null, 500.0, null, Map.of(PotentialFactor.EXPERTISE, "proficient"));

  private static AttackTree tree() {
    return new AttackTree("T", null, "goal", List.of(
        Node.gate("goal", "Goal", Gate.OR, 0, List.of("a", "b")),
        Node.leaf("a", "A", Estimate.of(0.1)).withAttacker(STEP),
        Node.leaf("b", "B", Estimate.of(0.2))), List.of(), null, AnalysisSettings.NONE,
        List.of(KIDDIE), Map.of());
  }

  @Test
  void renamingAStepKeepsItsAttributes() {
    AttackTree renamed = new ChangeNodeId("a", "a2").apply(tree());

    assertThat(renamed.node("a2").attacker()).isEqualTo(STEP);
    assertThat(renamed.profiles().values()).containsExactly(KIDDIE);
  }

  @Test
  void aChildAddedToAStepTakesOverItsAttributes() {
    AttackTree added = new AddNode("a", -1, "a1", "A1").apply(tree());

    assertThat(added.node("a1").attacker()).isEqualTo(STEP);
    assertThat(added.node("a").attacker()).isEqualTo(StepAttributes.EMPTY);
  }

  @Test
  void treeWideChangesKeepTheProfiles() {
    AttackTree tree = tree();

    assertThat(tree.withSettings(new AnalysisSettings(0.2, 0.3)).profiles().values())
        .containsExactly(KIDDIE);
    assertThat(tree.withMitigation(new Mitigation("m", "M", 0.5, MitigationStatus.PLANNED))
        .profiles().values()).containsExactly(KIDDIE);
    assertThat(new AddNode("goal", 2, "c", "C").apply(tree).profiles().values())
        .containsExactly(KIDDIE);
    assertThat(tree.withNode(tree.node("b").withTitle("B2")).profiles().values())
        .containsExactly(KIDDIE);
  }

  @Test
  void aNotGateIsRefusedInATreeWithProfilesEvenWhenOnlyTheGateChanges() {
    AttackTree tree = new AttackTree("T", null, "goal", List.of(
        Node.gate("goal", "Goal", Gate.AND, 0, List.of("a", "g")),
        Node.gate("g", "G", Gate.OR, 0, List.of("b")),
        Node.leaf("a", "A", Estimate.of(0.1)), Node.leaf("b", "B", Estimate.of(0.2))),
        List.of(), null, AnalysisSettings.NONE, List.of(KIDDIE), Map.of());

    assertThatThrownBy(() -> tree.withNode(tree.node("g").withGate(Gate.NOT, 0, List.of("b"))))
        .isInstanceOf(InvalidTreeException.class)
        .hasMessageContaining("profiles need a tree without not and xor gates");
  }
}
