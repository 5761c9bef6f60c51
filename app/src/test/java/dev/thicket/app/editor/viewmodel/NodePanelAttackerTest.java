package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Numbers;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.StepAttributes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The side panel's attacker fields: cost, time and the five attack-potential factors. */
class NodePanelAttackerTest {
  private DocumentViewModel document;
  private NodePanelViewModel panel;

  @BeforeEach
  void openKerasAtALeaf() throws Exception {
    document = new DocumentViewModel(TreeReader.read(DocumentViewModelTest.KERAS),
        DocumentViewModelTest.KERAS);
    panel = new NodePanelViewModel(document, new ResultsViewModel(Runnable::run));
    document.selectedProperty().set("dep-vulns");
  }

  @Test
  void fieldsShowTheLeafsCostTimeAndLevels() {
    StepAttributes attacker = document.tree().node("dep-vulns").attacker();

    assertThat(panel.textProperty(NodeField.COST).get())
        .isEqualTo(Numbers.format(attacker.cost()));
    assertThat(panel.textProperty(NodeField.TIME).get())
        .isEqualTo(Numbers.format(attacker.time()));
    for (PotentialFactor factor : PotentialFactor.values()) {
      assertThat(panel.levelProperty(factor).get()).as(factor.keyword())
          .isEqualTo(attacker.potential().level(factor));
    }
  }

  @Test
  void costIsOneUndoableEdit() {
    AttackTree before = document.tree();

    panel.textProperty(NodeField.COST).set("1234.5");

    assertThat(panel.commit(NodeField.COST)).isTrue();
    assertThat(document.tree().node("dep-vulns").attacker())
        .isEqualTo(before.node("dep-vulns").attacker().withCost(1234.5));
    assertThat(document.undoTextProperty().get()).startsWith("Undo Change cost of");
    document.undo();
    assertThat(document.tree()).isEqualTo(before);
  }

  @Test
  void emptyTimeRemovesIt() {
    panel.textProperty(NodeField.TIME).set(" ");

    assertThat(panel.commit(NodeField.TIME)).isTrue();
    assertThat(document.tree().node("dep-vulns").attacker().time()).isNull();
  }

  @Test
  void negativeCostIsMarkedWithTheRulesReasonAndNeverReachesTheModel() {
    AttackTree before = document.tree();

    panel.textProperty(NodeField.COST).set("-5");

    assertThat(panel.commit(NodeField.COST)).isFalse();
    assertThat(panel.errorProperty(NodeField.COST).get()).contains("cost");
    assertThat(panel.textProperty(NodeField.COST).get()).isEqualTo("-5");
    assertThat(document.tree()).isEqualTo(before);
  }

  @Test
  void wordIsNoCost() {
    panel.textProperty(NodeField.COST).set("cheap");

    assertThat(panel.commit(NodeField.COST)).isFalse();
    assertThat(panel.errorProperty(NodeField.COST).get())
        .isEqualTo("cost is a number ≥ 0 (empty for none), not 'cheap'");
  }

  @Test
  void choosingALevelIsOneUndoableEdit() {
    AttackTree before = document.tree();
    java.util.List<String> levels = PotentialFactor.EXPERTISE.levels();
    String highest = levels.get(levels.size() - 1);

    panel.levelProperty(PotentialFactor.EXPERTISE).set(highest);

    assertThat(document.tree().node("dep-vulns").attacker().potential()
        .level(PotentialFactor.EXPERTISE)).isEqualTo(highest);
    assertThat(document.undoTextProperty().get()).startsWith("Undo Change potential of");
    document.undo();
    assertThat(document.tree()).isEqualTo(before);
    assertThat(panel.levelProperty(PotentialFactor.EXPERTISE).get())
        .isEqualTo(before.node("dep-vulns").attacker().potential()
            .level(PotentialFactor.EXPERTISE));
  }

  @Test
  void notRatedLeavesTheFactorOut() {
    panel.levelProperty(PotentialFactor.WINDOW).set("");

    assertThat(document.tree().node("dep-vulns").attacker().potential()
        .level(PotentialFactor.WINDOW)).isNull();
  }
}
