package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.edit.MarkPlanned;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Range;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three-point ranges stay what they were through every verb of the window's panels and menus that
 * does not edit them: each verb runs through the view models, as a click would.
 */
class RangesSurviveEditsTest {
  static final Path RANGED = Path.of("src/test/resources/trees/keras-ranges.yaml");
  private static final Estimate CDN = Estimate.of(0.05).withRange(Range.of(0.01, 0.15));
  private static final Estimate ATTACKER = Estimate.of(0.15).withRange(Range.of(0.05, 0.4));
  private static final Estimate PICKLE = Estimate.of(0.8).withRange(Range.of(0.5, 0.95));
  private static final Estimate IMPACT = Estimate.of(10).withRange(Range.of(6, 10));
  private static final Range SAFE_FORMAT = Range.of(0.4, 0.9);

  private final UiQueue uiThread = new UiQueue();
  private final ResultsViewModel results = new ResultsViewModel(uiThread);
  private DocumentViewModel document;
  private NodePanelViewModel panel;
  private MitigationsViewModel mitigations;
  private SubtreeClipboard clipboard;
  private AttackTree original;

  @BeforeEach
  void open() throws Exception {
    original = TreeReader.read(RANGED);
    document = new DocumentViewModel(original, RANGED);
    panel = new NodePanelViewModel(document, results);
    mitigations = new MitigationsViewModel(document, results);
    clipboard = new SubtreeClipboard(document);
  }

  @AfterEach
  void close() {
    results.close();
  }

  @Test
  void panelShowsRangesAsTypedAndCommitsThemUnchanged() {
    document.selectedProperty().set("cdn-compromise");
    assertThat(panel.textProperty(NodeField.LIKELIHOOD).get()).isEqualTo("0.01..0.05..0.15");
    assertThat(panel.commit(NodeField.LIKELIHOOD)).isTrue();
    assertThat(document.tree()).isSameAs(original); // nothing changed, no edit

    document.selectedProperty().set("rce");
    assertThat(panel.textProperty(NodeField.IMPACT).get()).isEqualTo("6..10..10");
    mitigations.selectedProperty().set("safe-format");
    assertThat(rowOf("safe-format").mitigation().effectivenessEstimate().toString())
        .isEqualTo("0.4..0.7..0.9");
  }

  @Test
  void renameDescribeRationaleAndReferencesKeepTheLikelihoodRange() {
    document.selectedProperty().set("cdn-compromise");
    for (NodeField field : new NodeField[] {NodeField.TITLE, NodeField.DESCRIPTION,
        NodeField.RATIONALE, NodeField.REFERENCES}) {
      panel.textProperty(field).set("changed " + field.label());
      assertThat(panel.commit(field)).as(field.label()).isTrue();
      assertThat(document.tree().node("cdn-compromise").likelihood()).as(field.label())
          .isEqualTo(CDN);
    }
    assertThat(document.tree().node("cdn-compromise").title()).isEqualTo("changed title");
    assertThat(panel.textProperty(NodeField.LIKELIHOOD).get()).isEqualTo("0.01..0.05..0.15");
  }

  @Test
  void idChangeMoveCopyPasteAndCutKeepTheRanges() {
    document.selectedProperty().set("cdn-compromise");
    assertThat(document.changeSelectedId("cdn")).isTrue();
    assertThat(document.tree().node("cdn").likelihood()).isEqualTo(CDN);

    assertThat(document.moveUnder("attacker-hosted", "model-serving")).isTrue();
    assertThat(document.tree().node("model-serving").children()).contains("attacker-hosted");
    assertThat(document.tree().node("attacker-hosted").likelihood()).isEqualTo(ATTACKER);

    document.selectedProperty().set("malicious-code");
    assertThat(clipboard.copySelected()).isTrue();
    document.selectedProperty().set("dependencies");
    assertThat(clipboard.paste()).isTrue();
    String pastedRoot = document.selectedProperty().get();
    String pastedLeaf = document.tree().node(pastedRoot).children().get(0);
    assertThat(document.tree().node(pastedLeaf).likelihood()).isEqualTo(PICKLE);
    assertThat(document.tree().node(pastedLeaf).mitigations()).containsExactly("safe-format");

    document.selectedProperty().set("attacker-hosted");
    assertThat(clipboard.cutSelected()).isTrue();
    document.selectedProperty().set("dependencies");
    assertThat(clipboard.paste()).isTrue();
    assertThat(document.tree().node(document.selectedProperty().get()).likelihood())
        .isEqualTo(ATTACKER);
    assertThat(document.tree().mitigations().get("safe-format").effectivenessRange())
        .isEqualTo(SAFE_FORMAT);
    assertThat(document.tree().node("cdn").likelihood()).isEqualTo(CDN);
  }

  @Test
  void gateChangesKeepTheGoalsImpactRange() {
    document.selectedProperty().set("rce");
    assertThat(document.toggleSelected()).isTrue();
    assertThat(document.tree().node("rce").gate()).isNotEqualTo(Gate.OR);
    assertThat(document.tree().node("rce").impact()).isEqualTo(IMPACT);

    panel.gateProperty().set(Gate.ATLEAST);
    assertThat(document.tree().node("rce").gate()).isEqualTo(Gate.ATLEAST);
    assertThat(document.tree().node("rce").impact()).isEqualTo(IMPACT);
  }

  @Test
  void mitigationEditsKeepTheEffectivenessRange() {
    mitigations.selectedProperty().set("safe-format");
    assertThat(mitigations.change("Only safe .keras models", "", "0.4..0.7..0.9", "1",
        MitigationStatus.IMPLEMENTED)).isTrue();
    assertThat(document.tree().mitigations().get("safe-format").title())
        .isEqualTo("Only safe .keras models");
    assertThat(document.tree().mitigations().get("safe-format").effectivenessRange())
        .isEqualTo(SAFE_FORMAT);

    assertThat(mitigations.changeId("safe-keras")).isTrue();
    assertThat(document.tree().mitigations().get("safe-keras").effectivenessRange())
        .isEqualTo(SAFE_FORMAT);
    assertThat(document.tree().node("deserialization-exploit").mitigations())
        .containsExactly("safe-keras");

    document.selectedProperty().set("deserialization-exploit");
    assertThat(mitigations.detach()).isTrue();
    assertThat(mitigations.attach()).isTrue();
    assertThat(document.edit(new MarkPlanned(Set.of("sandbox-loading")))).isTrue();
    assertThat(document.tree().mitigations().get("safe-keras").effectivenessRange())
        .isEqualTo(SAFE_FORMAT);
    assertThat(document.tree().node("deserialization-exploit").likelihood()).isEqualTo(PICKLE);
  }

  @Test
  void undoingEveryEditGivesTheRangedTreeBack() {
    document.selectedProperty().set("cdn-compromise");
    panel.textProperty(NodeField.LIKELIHOOD).set("0.02..0.05..0.2");
    assertThat(panel.commit(NodeField.LIKELIHOOD)).isTrue();
    assertThat(document.tree().node("cdn-compromise").likelihood())
        .isEqualTo(Estimate.of(0.05).withRange(Range.of(0.02, 0.2)));
    panel.textProperty(NodeField.LIKELIHOOD).set("0.05");
    assertThat(panel.commit(NodeField.LIKELIHOOD)).isTrue();
    assertThat(document.tree().node("cdn-compromise").likelihood()).isEqualTo(Estimate.of(0.05));

    document.undo();
    document.undo();

    assertThat(document.tree()).isEqualTo(original);
    assertThat(panel.textProperty(NodeField.LIKELIHOOD).get()).isEqualTo("0.01..0.05..0.15");
  }

  private MitigationsViewModel.Row rowOf(String id) {
    return mitigations.rows().stream().filter(row -> row.mitigation().id().equals(id))
        .findFirst().orElseThrow();
  }
}
