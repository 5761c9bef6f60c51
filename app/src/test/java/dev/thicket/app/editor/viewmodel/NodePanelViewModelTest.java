package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NodePanelViewModelTest {
  private DocumentViewModel document;
  private NodePanelViewModel panel;

  @BeforeEach
  void openKeras() throws Exception {
    document = new DocumentViewModel(TreeReader.read(DocumentViewModelTest.KERAS),
        DocumentViewModelTest.KERAS);
    panel = new NodePanelViewModel(document, new ResultsViewModel(Runnable::run));
  }

  @Test
  void fieldsShowTheSelectedNode() {
    document.selectedProperty().set("dep-vulns");

    assertThat(panel.textProperty(NodeField.LIKELIHOOD).get()).isEqualTo("0.1");
    assertThat(panel.textProperty(NodeField.REFERENCES).get())
        .isEqualTo("CVE-2023-25668\nCVE-2019-6446");
    assertThat(panel.gateProperty().get()).isEqualTo(Gate.LEAF);
  }

  @Test
  void scoreIsTheSelectedNodesInTheScoredTree() throws Exception {
    UiQueue ui = new UiQueue();
    ResultsViewModel results = new ResultsViewModel(ui);
    panel = new NodePanelViewModel(document, results);
    document.selectedProperty().set("dep-vulns");
    assertThat(panel.scoreProperty().get()).as("before a result").isNull();

    results.analyse(document.tree());
    ui.runUntilScored(results, document.tree());

    assertThat(panel.scoreProperty().get())
        .isEqualTo(results.scoredProperty().get().node("dep-vulns"));
    document.selectedProperty().set("rce");
    assertThat(panel.scoreProperty().get())
        .isEqualTo(results.scoredProperty().get().node("rce"));
    results.close();
  }

  @Test
  void likelihoodAboveOneIsMarkedAndNeverReachesTheModel() {
    document.selectedProperty().set("dep-vulns");
    AttackTree before = document.tree();

    panel.textProperty(NodeField.LIKELIHOOD).set("1.5");
    assertThat(panel.commit(NodeField.LIKELIHOOD)).isFalse();

    assertThat(document.tree()).isSameAs(before);
    assertThat(panel.errorProperty(NodeField.LIKELIHOOD).get())
        .isEqualTo("likelihood must be in [0,1], not 1.5");
    assertThat(panel.textProperty(NodeField.LIKELIHOOD).get()).isEqualTo("1.5");
  }

  @Test
  void wordThatIsNoLevelIsMarked() {
    document.selectedProperty().set("dep-vulns");

    panel.textProperty(NodeField.LIKELIHOOD).set("often");

    assertThat(panel.commit(NodeField.LIKELIHOOD)).isFalse();
    assertThat(panel.errorProperty(NodeField.LIKELIHOOD).get())
        .startsWith("likelihood is a probability in [0,1] or a level (very-low");
  }

  @Test
  void levelNameIsAcceptedAsOneUndoableEdit() {
    document.selectedProperty().set("dep-vulns");

    panel.textProperty(NodeField.LIKELIHOOD).set("high");

    assertThat(panel.commit(NodeField.LIKELIHOOD)).isTrue();
    assertThat(document.tree().node("dep-vulns").likelihood()).isEqualTo(Estimate.level("high"));
    assertThat(document.undoTextProperty().get()).isEqualTo(
        "Undo Change likelihood of 'Leverage known vulnerabilities in underlying libraries"
        + " (TensorFlow, NumPy, SciPy)'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x1p-2", "1d", "NaN", "Infinity", ".5", "1_000"})
  void likelihoodThatAFileRefusesIsMarkedAndNeverReachesTheModel(String typed) {
    document.selectedProperty().set("dep-vulns");
    AttackTree before = document.tree();

    panel.textProperty(NodeField.LIKELIHOOD).set(typed);

    assertThat(panel.commit(NodeField.LIKELIHOOD)).isFalse();
    assertThat(document.tree()).isSameAs(before);
    assertThat(panel.errorProperty(NodeField.LIKELIHOOD).get())
        .startsWith("likelihood is a probability in [0,1] or a level (very-low, ")
        .endsWith("), not '" + typed + "'");
  }

  @ParameterizedTest
  @CsvSource({"0.25, 0.25", "1e-3, 0.001", "1E-3, 0.001", "+0.5, 0.5"})
  void likelihoodIsReadAsAFileReadsIt(String typed, double value) {
    document.selectedProperty().set("dep-vulns");

    panel.textProperty(NodeField.LIKELIHOOD).set(typed);

    assertThat(panel.commit(NodeField.LIKELIHOOD)).isTrue();
    assertThat(document.tree().node("dep-vulns").likelihood()).isEqualTo(Estimate.of(value));
  }

  @Test
  void impactThatAFileRefusesIsMarked() {
    document.selectedProperty().set("rce");

    panel.textProperty(NodeField.IMPACT).set("1d");

    assertThat(panel.commit(NodeField.IMPACT)).isFalse();
    assertThat(panel.errorProperty(NodeField.IMPACT).get())
        .startsWith("impact is a number in [0,10] or a level (").endsWith("), not '1d'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.5", "0x2", "2d", "NaN"})
  void kThatIsNoWholeNumberIsMarked(String typed) {
    document.selectedProperty().set("rce");
    panel.gateProperty().set(Gate.ATLEAST);

    panel.textProperty(NodeField.K).set(typed);

    assertThat(panel.commit(NodeField.K)).isFalse();
    assertThat(panel.errorProperty(NodeField.K).get())
        .isEqualTo("k is a whole number, not '" + typed + "'");
  }

  @Test
  void kIsReadAsAFileReadsIt() {
    document.selectedProperty().set("rce");
    panel.gateProperty().set(Gate.ATLEAST);

    panel.textProperty(NodeField.K).set("3.0");

    assertThat(panel.commit(NodeField.K)).isTrue();
    assertThat(document.tree().node("rce").k()).isEqualTo(3);
  }

  @Test
  void kAboveTheNumberOfChildrenIsRefused() {
    document.selectedProperty().set("rce");
    AttackTree before = document.tree();
    panel.gateProperty().set(Gate.ATLEAST);
    panel.textProperty(NodeField.K).set("4");

    assertThat(panel.commit(NodeField.K)).isFalse();

    assertThat(panel.errorProperty(NodeField.K).get())
        .contains("k must be between 1 and the number of children (3), not 4");
    assertThat(document.tree().node("rce").gate()).isEqualTo(Gate.ATLEAST);
    assertThat(document.tree().node("rce").k()).isEqualTo(2);
    document.undo();
    assertThat(document.tree()).isSameAs(before);
  }

  @Test
  void unchangedValueMakesNoEdit() {
    document.selectedProperty().set("dep-vulns");

    assertThat(panel.commit(NodeField.TITLE)).isTrue();

    assertThat(document.canUndoProperty().get()).isFalse();
  }

  @Test
  void newIdRenamesTheNodeEverywhereAndKeepsItSelected() {
    document.selectedProperty().set("dep-vulns");

    panel.textProperty(NodeField.ID).set("library-cves");

    assertThat(panel.commit(NodeField.ID)).isTrue();
    assertThat(document.tree().node("dependencies").children()).containsExactly("library-cves");
    assertThat(document.selectedProperty().get()).isEqualTo("library-cves");
    assertThat(panel.textProperty(NodeField.TITLE).get()).startsWith("Leverage known");
    document.undo();
    assertThat(document.tree().node("dependencies").children()).containsExactly("dep-vulns");
  }

  @Test
  void idInUseIsMarkedAndNeverReachesTheModel() {
    document.selectedProperty().set("dep-vulns");
    AttackTree before = document.tree();

    panel.textProperty(NodeField.ID).set("rce");

    assertThat(panel.commit(NodeField.ID)).isFalse();
    assertThat(document.tree()).isSameAs(before);
    assertThat(panel.errorProperty(NodeField.ID).get()).isEqualTo("there is a node 'rce' already");
  }

  @Test
  void rationaleIsShownAndChangedAsOneUndoableEdit() {
    document.selectedProperty().set("dep-vulns");
    assertThat(panel.textProperty(NodeField.RATIONALE).get()).startsWith("Published CVEs");

    panel.textProperty(NodeField.RATIONALE).set("Seen twice a year.");

    assertThat(panel.commit(NodeField.RATIONALE)).isTrue();
    assertThat(document.tree().node("dep-vulns").rationale()).isEqualTo("Seen twice a year.");
    assertThat(document.undoTextProperty().get()).startsWith("Undo Change rationale of");
    document.undo();
    assertThat(document.tree().node("dep-vulns").rationale()).startsWith("Published CVEs");
  }

  @Test
  void emptyRationaleRemovesIt() {
    document.selectedProperty().set("dep-vulns");

    panel.textProperty(NodeField.RATIONALE).set("  ");

    assertThat(panel.commit(NodeField.RATIONALE)).isTrue();
    assertThat(document.tree().node("dep-vulns").rationale()).isNull();
  }

  @Test
  void extensionKeysOfANodeSurviveItsEdits() {
    dev.thicket.model.tree.Node node = document.tree().node("dep-vulns");
    document.edit(new dev.thicket.model.edit.ReplaceNode(new dev.thicket.model.tree.Node(
        node.id(), node.title(), node.description(), node.gate(), node.k(), node.children(),
        node.likelihood(), node.impact(), node.rationale(), node.mitigations(),
        node.references(), java.util.Map.of("x-owner", "Ada")), "extensions"));
    document.selectedProperty().set("dep-vulns");

    panel.textProperty(NodeField.RATIONALE).set("Other reason.");
    panel.commit(NodeField.RATIONALE);
    panel.textProperty(NodeField.LIKELIHOOD).set("0.2");
    panel.commit(NodeField.LIKELIHOOD);

    assertThat(document.tree().node("dep-vulns").extensions())
        .isEqualTo(java.util.Map.of("x-owner", "Ada"));
  }
}
