package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cut, copy and paste of subtrees, and link of the document view model. */
class SubtreeClipboardTest {
  private DocumentViewModel document;
  private SubtreeClipboard clipboard;

  @BeforeEach
  void openKeras() throws Exception {
    document = new DocumentViewModel(TreeReader.read(DocumentViewModelTest.KERAS),
        DocumentViewModelTest.KERAS);
    clipboard = new SubtreeClipboard(document);
  }

  @Test
  void copiedSubtreeIsPastedWithFreshIdsAndSelected() {
    document.selectedProperty().set("input-processing");
    clipboard.copySelected();
    document.selectedProperty().set("dependencies");

    assertThat(clipboard.paste()).isTrue();

    assertThat(document.tree().node("dependencies").children())
        .containsExactly("dep-vulns", "input-processing-2");
    assertThat(document.tree().node("input-processing-2").children())
        .containsExactly("crafted-input-2");
    assertThat(document.selectedProperty().get()).isEqualTo("input-processing-2");
  }

  @Test
  void cutThenPasteMovesTheSubtreeUnderItsOldIds() {
    document.selectedProperty().set("input-processing");
    clipboard.cutSelected();
    assertThat(document.tree().nodes()).doesNotContainKey("crafted-input");
    document.selectedProperty().set("dependencies");

    clipboard.paste();

    assertThat(document.tree().node("dependencies").children())
        .containsExactly("dep-vulns", "input-processing");
    assertThat(document.tree().node("input-processing").children())
        .containsExactly("crafted-input");
  }

  @Test
  void pasteIsOneUndoableEdit() {
    String before = TreeWriter.toYaml(document.tree());
    document.selectedProperty().set("dep-vulns");
    clipboard.copySelected();
    document.selectedProperty().set("model-serving");
    clipboard.paste();

    document.undo();

    assertThat(TreeWriter.toYaml(document.tree())).isEqualTo(before);
  }

  @Test
  void pasteWithAnEmptyClipboardSaysWhat() {
    assertThat(clipboard.paste()).isFalse();
    assertThat(document.messageProperty().get()).startsWith("nothing to paste");
  }

  @Test
  void linkedNodeBecomesASharedChild() {
    document.selectedProperty().set("model-serving");

    assertThat(document.linkUnderSelected("dep-vulns")).isTrue();

    assertThat(document.tree().parents("dep-vulns"))
        .containsExactlyInAnyOrder("dependencies", "model-serving");
  }

  @Test
  void linkThatWouldCloseACycleIsRefusedWithTheReason() {
    document.selectedProperty().set("crafted-input");
    var before = document.tree();

    assertThat(document.linkUnderSelected("model-serving")).isFalse();

    assertThat(document.tree()).isSameAs(before);
    assertThat(document.messageProperty().get()).contains("cycle");
  }
}
