package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FindViewModelTest {
  /** Keras nodes whose title, id or references hold "exploit", depth first from the root. */
  private static final List<String> EXPLOIT = List.of("model-loading", "deserialization-exploit",
      "model-serving", "input-processing", "dependencies");

  private DocumentViewModel document;
  private CollapsedNodes collapsed;
  private FindViewModel find;

  @BeforeEach
  void openKeras() throws Exception {
    document = new DocumentViewModel(TreeReader.read(DocumentViewModelTest.KERAS),
        DocumentViewModelTest.KERAS);
    collapsed = new CollapsedNodes(document);
    find = new FindViewModel(document, collapsed);
  }

  @Test
  void typingListsTheMatchesInReadingOrderAndSelectsTheFirst() {
    find.queryProperty().set("EXPLOIT");

    assertThat(find.matchesProperty().get()).isEqualTo(EXPLOIT);
    assertThat(document.selectedProperty().get()).isEqualTo("model-loading");
    assertThat(find.statusProperty().get()).isEqualTo("1 of 5");
  }

  @Test
  void nextAndPreviousStepThroughTheMatchesAndWrap() {
    find.queryProperty().set("exploit");

    find.next();
    find.next();
    assertThat(document.selectedProperty().get()).isEqualTo("model-serving");
    assertThat(find.statusProperty().get()).isEqualTo("3 of 5");
    find.next();
    find.next();
    find.next();
    assertThat(document.selectedProperty().get()).isEqualTo("model-loading");
    find.previous();
    assertThat(document.selectedProperty().get()).isEqualTo("dependencies");
  }

  @Test
  void searchStartsFromTheSelectedNode() {
    document.selectedProperty().set("crafted-input");

    find.queryProperty().set("exploit");

    assertThat(document.selectedProperty().get()).isEqualTo("dependencies");
  }

  @Test
  void referencesAndIdsAreSearchedToo() {
    find.queryProperty().set("cve-2024-3660");
    assertThat(document.selectedProperty().get()).isEqualTo("deserialization-exploit");

    find.queryProperty().set("dep-vulns");
    assertThat(find.matchesProperty().get()).containsExactly("dep-vulns");
  }

  @Test
  void matchInACollapsedSubtreeIsRevealed() {
    document.selectedProperty().set("model-loading");
    collapsed.collapseSelected();
    document.selectedProperty().set("supply-chain");
    collapsed.collapseSelected();

    find.queryProperty().set("pickle");

    assertThat(document.selectedProperty().get()).isEqualTo("deserialization-exploit");
    assertThat(collapsed.ids()).isEmpty();
  }

  @Test
  void noMatchKeepsTheSelection() {
    document.selectedProperty().set("dep-vulns");

    find.queryProperty().set("no such thing");

    assertThat(find.next()).isFalse();
    assertThat(document.selectedProperty().get()).isEqualTo("dep-vulns");
    assertThat(find.statusProperty().get()).isEqualTo("no match");
    assertThat(find.matchSetProperty().get()).isEmpty();
  }

  @Test
  void matchesFollowEdits() {
    find.queryProperty().set("exploit");
    document.selectedProperty().set("dep-vulns");

    document.renameSelected("Exploit a known CVE in TensorFlow");

    assertThat(find.matchesProperty().get()).endsWith("dependencies", "dep-vulns");
  }

  @Test
  void openingAnotherTreeKeepsSearchingIt() {
    document.newTree();
    assertThat(find.statusProperty().get()).isEmpty();

    find.queryProperty().set("goal");
    assertThat(find.statusProperty().get()).isEqualTo("1 of 1");

    assertThat(document.open(DocumentViewModelTest.KERAS)).isEmpty();
    assertThat(find.statusProperty().get()).isEqualTo("no match");
    find.queryProperty().set("exploit");
    assertThat(find.matchesProperty().get()).isEqualTo(EXPLOIT);
  }
}
