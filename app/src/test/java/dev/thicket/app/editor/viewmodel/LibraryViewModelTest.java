package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.viewmodel.LibraryViewModel.OutlineLine;
import dev.thicket.model.edit.Subtree;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.library.AttackPattern;
import dev.thicket.model.library.Library;
import dev.thicket.model.tree.Node;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Insert from library: filtering, the preview's outline, and the insert as one edit. */
class LibraryViewModelTest {
  private DocumentViewModel document;
  private LibraryViewModel library;

  @BeforeEach
  void openKeras() throws Exception {
    document = new DocumentViewModel(TreeReader.read(DocumentViewModelTest.KERAS),
        DocumentViewModelTest.KERAS);
    library = new LibraryViewModel(Library.shipped(), new SubtreeClipboard(document));
  }

  private static AttackPattern pattern(String id) {
    return Library.shipped().find(id).orElseThrow();
  }

  @Test
  void startsWithEveryPatternAndTheFirstChosen() {
    assertThat(library.patterns()).containsExactlyElementsOf(Library.shipped().patterns());
    assertThat(library.chosenProperty().get()).isEqualTo(Library.shipped().patterns().get(0));
  }

  @Test
  void filterMatchesStepTitlesAndReferencesIgnoringCaseAndChoosesTheFirstMatch() {
    library.filterProperty().set("MODEL-STORE");
    assertThat(library.patterns()).isEmpty();
    assertThat(library.chosenProperty().get()).isNull();

    library.filterProperty().set("overwrite the model");
    assertThat(library.patterns()).containsExactly(pattern("ml-model-supply-chain"));
    assertThat(library.chosenProperty().get()).isEqualTo(pattern("ml-model-supply-chain"));

    library.filterProperty().set("cicd-sec-4");
    assertThat(library.patterns()).containsExactly(pattern("ci-cd-compromise"));
  }

  @Test
  void insertPastesTheChosenPatternUnderTheSelectedNodeAsOneEdit() {
    String before = TreeWriter.toYaml(document.tree());
    AttackPattern secrets = pattern("leaked-repository-secrets");
    document.selectedProperty().set("dependencies");
    library.chosenProperty().set(secrets);

    assertThat(library.insert()).isTrue();

    assertThat(document.tree().node("dependencies").children())
        .containsExactly("dep-vulns", "leaked-repository-secrets");
    assertThat(Subtree.of(document.tree(), "leaked-repository-secrets").nodes())
        .isEqualTo(secrets.subtree().nodes());
    assertThat(document.selectedProperty().get()).isEqualTo("leaked-repository-secrets");
    document.undo();
    assertThat(TreeWriter.toYaml(document.tree())).isEqualTo(before);
  }

  @Test
  void aTreeWhoseScaleLacksTheLevelsRefusesTheInsertAndSaysWhich() throws Exception {
    String ownScales = """
        format: attacktree/v1
        title: Own scales
        root: goal
        nodes:
          goal:
            title: Goal
            likelihood: likely
        scales:
          likelihood:
            medium: 0.3
            likely: 0.6
        """;
    document = new DocumentViewModel(TreeReader.read("own.yaml",
        ownScales.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
    library = new LibraryViewModel(Library.shipped(), new SubtreeClipboard(document));
    library.chosenProperty().set(pattern("web-injection"));

    assertThat(library.insert()).isFalse();

    assertThat(document.tree().nodes()).containsOnlyKeys("goal");
    assertThat(document.messageProperty().get()).contains("unknown likelihood level 'low'");
  }

  @Test
  void outlineListsGatesAndStepsDepthFirst() {
    AttackPattern web = pattern("web-injection");
    Node sql = web.tree().node("sql-injection");

    assertThat(LibraryViewModel.outline(web)).hasSize(web.tree().nodes().size())
        .startsWith(new OutlineLine(0, web.title() + "  (OR)"),
            new OutlineLine(1, sql.title() + "  (likelihood " + sql.likelihood() + ")"));
  }
}
