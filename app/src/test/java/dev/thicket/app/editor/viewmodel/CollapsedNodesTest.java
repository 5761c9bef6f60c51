package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.layout.CanvasLayout;
import dev.thicket.model.io.TreeReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollapsedNodesTest {
  private DocumentViewModel document;
  private CollapsedNodes collapsed;

  @BeforeEach
  void openKeras() throws Exception {
    document = new DocumentViewModel(TreeReader.read(DocumentViewModelTest.KERAS),
        DocumentViewModelTest.KERAS);
    collapsed = new CollapsedNodes(document);
  }

  @Test
  void collapsedGateHidesItsSubtreeAndCountsIt() {
    document.selectedProperty().set("model-loading");

    assertThat(collapsed.collapseSelected()).isTrue();

    CanvasLayout layout = CanvasLayout.of(document.tree(), collapsed.ids());
    assertThat(layout.boxes().keySet()).contains("model-loading")
        .doesNotContain("supply-chain", "cdn-compromise", "deserialization-exploit");
    assertThat(layout.hidden()).containsEntry("model-loading", 6);
    assertThat(layout.edges()).noneMatch(edge -> edge.parent().equals("model-loading"));
    assertThat(document.dirtyProperty().get()).isFalse();
  }

  @Test
  void expandShowsTheSubtreeAgain() {
    document.selectedProperty().set("model-loading");
    collapsed.collapseSelected();

    assertThat(collapsed.expandSelected()).isTrue();

    assertThat(CanvasLayout.of(document.tree(), collapsed.ids()).boxes())
        .containsOnlyKeys(document.tree().nodes().keySet());
  }

  @Test
  void leafCannotBeCollapsed() {
    document.selectedProperty().set("dep-vulns");

    assertThat(collapsed.collapseSelected()).isFalse();
  }

  @Test
  void sharedNodeStillShowsUnderAParentThatIsOpen() {
    document.selectedProperty().set("model-serving");
    document.linkUnderSelected("dep-vulns");
    document.selectedProperty().set("dependencies");
    collapsed.collapseSelected();

    CanvasLayout layout = CanvasLayout.of(document.tree(), collapsed.ids());

    assertThat(layout.boxes()).containsKey("dep-vulns");
    assertThat(layout.hidden()).containsEntry("dependencies", 0);
  }

  @Test
  void deletedNodeLeavesTheSet() {
    document.selectedProperty().set("model-serving");
    collapsed.collapseSelected();

    document.deleteSelected();

    assertThat(collapsed.ids()).isEmpty();
  }
}
