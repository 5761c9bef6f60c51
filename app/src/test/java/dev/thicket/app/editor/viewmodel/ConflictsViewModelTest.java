package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.merge.ConflictResolution.Side;
import dev.thicket.model.merge.RecordedConflict;
import dev.thicket.model.merge.TreeMerge;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictsViewModelTest {
  private DocumentViewModel document;
  private ConflictsViewModel conflicts;

  private static AttackTree keras() throws Exception {
    return TreeReader.read(DocumentViewModelTest.KERAS);
  }

  private static AttackTree linked(AttackTree tree, String parent, String child) {
    Node gate = tree.node(parent);
    List<String> children = new ArrayList<>(gate.children());
    children.add(child);
    return tree.withNode(gate.withGate(gate.gate(), gate.k(), children));
  }

  private static AttackTree status(AttackTree tree, String id, MitigationStatus status) {
    return tree.withMitigation(tree.mitigations().get(id).withStatus(status));
  }

  private void open(AttackTree tree) {
    document = new DocumentViewModel(tree, null);
    conflicts = new ConflictsViewModel(document, new CollapsedNodes(document));
  }

  private RecordedConflict about(String subject) {
    return conflicts.conflicts().stream().filter(c -> c.subject().equals(subject)).findFirst()
        .orElseThrow();
  }

  @Test
  void aTreeWithoutConflictsShowsNoPanel() throws Exception {
    open(keras());

    assertThat(conflicts.shownProperty().get()).isFalse();
    assertThat(conflicts.conflicts()).isEmpty();
  }

  @Test
  void aChoiceIsOneEditThatUndoBringsBackWithItsEntry() throws Exception {
    AttackTree base = keras();
    open(TreeMerge.of(base, status(base, "safe-format", MitigationStatus.PLANNED),
        status(base, "safe-format", MitigationStatus.PROPOSED)).tree());
    AttackTree merged = document.tree();
    assertThat(conflicts.headingProperty().get()).isEqualTo("1 merge conflict");

    assertThat(conflicts.resolve(about("mitigation safe-format: status"), Side.THEIRS)).isTrue();
    assertThat(document.tree().mitigations().get("safe-format").status())
        .isEqualTo(MitigationStatus.PROPOSED);
    assertThat(conflicts.shownProperty().get()).isFalse();
    assertThat(document.undoTextProperty().get()).contains("theirs");

    document.undo();
    assertThat(document.tree()).isSameAs(merged);
    assertThat(conflicts.conflicts()).extracting(RecordedConflict::subject)
        .containsExactly("mitigation safe-format: status");
  }

  @Test
  void aChoiceThatWouldMakeACycleIsRefusedWithTheReasonAndNothingChanges() throws Exception {
    AttackTree base = keras();
    open(TreeMerge.of(base, linked(base, "model-loading", "model-serving"),
        linked(base, "model-serving", "model-loading")).tree());
    AttackTree merged = document.tree();
    List<RecordedConflict> before = List.copyOf(conflicts.conflicts());

    boolean taken = conflicts.resolve(about("node model-serving: children"), Side.THEIRS);

    assertThat(taken).isFalse();
    assertThat(document.messageProperty().get())
        .startsWith("Cannot take theirs for node model-serving: children: ").contains("cycle");
    assertThat(document.tree()).isSameAs(merged);
    assertThat(conflicts.conflicts()).isEqualTo(before);
    assertThat(document.canUndoProperty().get()).isFalse();
  }

  @Test
  void selectingAMitigationsConflictSelectsANodeItIsAttachedTo() throws Exception {
    AttackTree base = keras();
    open(TreeMerge.of(base, status(base, "safe-format", MitigationStatus.PLANNED),
        status(base, "safe-format", MitigationStatus.PROPOSED)).tree());

    conflicts.select(about("mitigation safe-format: status"));

    assertThat(document.tree().node(document.selectedProperty().get()).mitigations())
        .contains("safe-format");
  }
}
