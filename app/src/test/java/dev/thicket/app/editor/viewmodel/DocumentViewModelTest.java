package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentViewModelTest {
  static final Path KERAS = Path.of("").toAbsolutePath().getParent().resolve("trees/keras.yaml");

  @TempDir Path folder;

  private DocumentViewModel keras() throws Exception {
    return new DocumentViewModel(TreeReader.read(KERAS), KERAS);
  }

  @Test
  void titleShowsTheFileNameAndADirtyMark() throws Exception {
    DocumentViewModel document = keras();
    assertThat(document.windowTitleProperty().get()).isEqualTo("keras.yaml — Thicket");

    document.addChild("Poison the cache");

    assertThat(document.windowTitleProperty().get()).isEqualTo("keras.yaml * — Thicket");
    document.undo();
    assertThat(document.dirtyProperty().get()).isFalse();
  }

  @Test
  void aChildOfAnEstimatedLeafTakesOverItsLikelihoodAndTheStatusBarSaysSo() throws Exception {
    DocumentViewModel document = keras();
    document.selectedProperty().set("cdn-compromise");

    document.addChild("Phish a publisher");

    assertThat(document.tree().node("cdn-compromise").likelihood()).isNull();
    assertThat(document.tree().node("phish-a-publisher").likelihood())
        .isEqualTo(Estimate.of(0.05));
    assertThat(document.messageProperty().get()).isEqualTo("'Compromise model repository/CDN' "
        + "is now an OR gate; its likelihood 0.05 went to the new step 'Phish a publisher' "
        + "(Undo to take it back)");
    document.undo();
    assertThat(document.tree().node("cdn-compromise").likelihood()).isEqualTo(Estimate.of(0.05));
    assertThat(document.tree().nodes()).doesNotContainKey("phish-a-publisher");
  }

  @Test
  void addedChildIsSelectedAndNamedAfterItsTitle() throws Exception {
    DocumentViewModel document = keras();
    document.selectedProperty().set("dependencies");

    document.addChild("Typosquatted package");

    assertThat(document.selectedProperty().get()).isEqualTo("typosquatted-package");
    assertThat(document.tree().node("dependencies").children())
        .containsExactly("dep-vulns", "typosquatted-package");
  }

  @Test
  void refusedEditLeavesTheTreeAndSaysWhy() throws Exception {
    DocumentViewModel document = keras();
    AttackTree before = document.tree();

    assertThat(document.addSibling("Another goal")).isFalse();

    assertThat(document.tree()).isSameAs(before);
    assertThat(document.messageProperty().get()).contains("root has no siblings");
  }

  @Test
  void deletingSelectsTheParentAndUndoBringsTheSubtreeBack() throws Exception {
    DocumentViewModel document = keras();
    String original = TreeWriter.toYaml(document.tree());
    document.selectedProperty().set("model-loading");

    assertThat(document.deletionOfSelected()).contains("model-loading", "supply-chain");
    document.deleteSelected();

    assertThat(document.selectedProperty().get()).isEqualTo("rce");
    assertThat(document.tree().nodes()).doesNotContainKey("supply-chain");
    document.undo();
    assertThat(TreeWriter.toYaml(document.tree())).isEqualTo(original);
  }

  @Test
  void arrowVerbsWalkParentChildAndSiblings() throws Exception {
    DocumentViewModel document = keras();

    document.selectFirstChild();
    assertThat(document.selectedProperty().get()).isEqualTo("model-loading");
    document.selectSibling(1);
    assertThat(document.selectedProperty().get()).isEqualTo("model-serving");
    document.selectSibling(-1);
    document.selectParent();
    assertThat(document.selectedProperty().get()).isEqualTo("rce");
  }

  @Test
  void openingABadFileReturnsItsProblemsAndKeepsTheTree() throws Exception {
    DocumentViewModel document = keras();
    AttackTree before = document.tree();
    Path bad = folder.resolve("bad.yaml");
    Files.writeString(bad, "format: attacktree/v1\ntitle: Bad\nroot: goal\nnodes:\n"
        + "  goal:\n    title: Goal\n    likelihood: 1.5\n");

    assertThat(document.open(bad)).extracting(Object::toString)
        .containsExactly(bad + ":7:17: likelihood must be in [0,1], not 1.5");
    assertThat(document.tree()).isSameAs(before);
    assertThat(document.fileProperty().get()).isEqualTo(KERAS);
  }

  @Test
  void saveWritesTheCanonicalYamlAndMarksClean() throws Exception {
    DocumentViewModel document = keras();
    document.addChild("Steal the API key");
    Path target = folder.resolve("copy.yaml");

    document.saveAs(target);

    assertThat(Files.readString(target)).isEqualTo(TreeWriter.toYaml(document.tree()));
    assertThat(document.dirtyProperty().get()).isFalse();
    assertThat(document.windowTitleProperty().get()).isEqualTo("copy.yaml — Thicket");
  }
}
