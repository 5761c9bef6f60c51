package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.score.MitigationScore;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Range;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MitigationsViewModelTest {
  private DocumentViewModel document;
  private MitigationsViewModel mitigations;

  @BeforeEach
  void openKeras() throws Exception {
    document = new DocumentViewModel(TreeReader.read(DocumentViewModelTest.KERAS),
        DocumentViewModelTest.KERAS);
    mitigations = new MitigationsViewModel(document, new ResultsViewModel(Runnable::run));
  }

  @Test
  void rowsListEachMitigationWithTheNodesItCovers() {
    assertThat(mitigations.rows()).filteredOn(row -> row.mitigation().id()
        .equals("dependency-updates")).singleElement()
        .extracting(MitigationsViewModel.Row::covered).asList()
        .containsExactly("crafted-input", "dep-vulns");
  }

  @Test
  void rowsWaitWhileInactiveAndCatchUpWhenShown() {
    mitigations.activeProperty().set(false);
    document.selectedProperty().set("crafted-input");
    mitigations.add("Rate limiting");
    mitigations.attach();

    assertThat(mitigations.rows()).noneMatch(row -> row.mitigation().id().equals("rate-limiting"));
    mitigations.activeProperty().set(true);
    assertThat(mitigations.rows()).filteredOn(row -> row.mitigation().id()
        .equals("rate-limiting")).singleElement()
        .extracting(MitigationsViewModel.Row::covered).asList().containsExactly("crafted-input");
  }

  @Test
  void rowsCarryEachMitigationsEffectFromTheScoredTree() throws Exception {
    UiQueue ui = new UiQueue();
    ResultsViewModel results = new ResultsViewModel(ui);
    mitigations = new MitigationsViewModel(document, results);
    assertThat(mitigations.rows()).allMatch(row -> row.effect() == null);

    results.analyse(document.tree());
    ui.runUntilScored(results, document.tree());

    assertThat(mitigations.rows()).extracting(MitigationsViewModel.Row::effect)
        .isEqualTo(results.scoredProperty().get().mitigations().stream()
            .map(MitigationScore::effect).toList());
    results.close();
  }

  @Test
  void addedMitigationAttachesAndDetachesAsUndoableEdits() {
    document.selectedProperty().set("crafted-input");
    mitigations.add("Rate limiting");

    assertThat(mitigations.selectedProperty().get()).isEqualTo("rate-limiting");
    assertThat(mitigations.attach()).isTrue();
    assertThat(document.tree().node("crafted-input").mitigations()).endsWith("rate-limiting");
    assertThat(mitigations.detach()).isTrue();
    assertThat(document.tree().node("crafted-input").mitigations())
        .doesNotContain("rate-limiting");
    document.undo();
    assertThat(document.tree().node("crafted-input").mitigations()).endsWith("rate-limiting");
  }

  @Test
  void effectivenessAboveOneIsRefusedAndTheTreeKept() {
    mitigations.selectedProperty().set("dependency-updates");
    AttackTree before = document.tree();

    assertThat(mitigations.change("Dependency updates", "", "1.2", "",
        MitigationStatus.PLANNED))
        .isFalse();

    assertThat(document.tree()).isSameAs(before);
    assertThat(mitigations.errorProperty().get())
        .isEqualTo("effectiveness must be in [0,1], not 1.2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x1p-2", "1d", "NaN", ".5"})
  void effectivenessThatAFileRefusesIsMarkedAndTheTreeKept(String typed) {
    mitigations.selectedProperty().set("dependency-updates");
    AttackTree before = document.tree();

    assertThat(mitigations.change("Dependency updates", "", typed, "",
        MitigationStatus.PLANNED)).isFalse();

    assertThat(document.tree()).isSameAs(before);
    assertThat(mitigations.errorProperty().get())
        .isEqualTo("effectiveness is a number in [0,1] or a range low..likely..high, not '"
            + typed + "'");
  }

  @Test
  void aRangeOfEffectivenessIsKeptAndShownAsTyped() {
    mitigations.selectedProperty().set("dependency-updates");

    assertThat(mitigations.change("Dependency updates", "", "0.4..0.7..0.9", "1",
        MitigationStatus.IMPLEMENTED)).isTrue();

    Mitigation changed = document.tree().mitigations().get("dependency-updates");
    assertThat(changed.effectiveness()).isEqualTo(0.7);
    assertThat(changed.effectivenessRange()).isEqualTo(Range.of(0.4, 0.9));
    assertThat(changed.effectivenessEstimate().toString()).isEqualTo("0.4..0.7..0.9");
  }

  @Test
  void costThatAFileRefusesIsMarked() {
    mitigations.selectedProperty().set("dependency-updates");

    assertThat(mitigations.change("Dependency updates", "", "0.5", "1d",
        MitigationStatus.PLANNED)).isFalse();

    assertThat(mitigations.errorProperty().get())
        .isEqualTo("cost is a number >= 0 or empty, not '1d'");
  }

  @ParameterizedTest
  @CsvSource({"0.25, 0.25", "1e-3, 0.001"})
  void effectivenessAndCostAreReadAsAFileReadsThem(String typed, double value) {
    mitigations.selectedProperty().set("dependency-updates");

    assertThat(mitigations.change("Dependency updates", "", typed, typed,
        MitigationStatus.PLANNED)).isTrue();

    assertThat(document.tree().mitigations().get("dependency-updates").effectiveness())
        .isEqualTo(value);
    assertThat(document.tree().mitigations().get("dependency-updates").cost()).isEqualTo(value);
  }

  @Test
  void deletingAMitigationDetachesItEverywhere() {
    mitigations.selectedProperty().set("dependency-updates");

    mitigations.deleteSelected();

    assertThat(document.tree().mitigations()).doesNotContainKey("dependency-updates");
    assertThat(document.tree().node("dep-vulns").mitigations()).containsExactly("vuln-scanning");
  }

  @Test
  void newIdRenamesTheMitigationOnEveryNodeAsOneUndoableEdit() {
    mitigations.selectedProperty().set("dependency-updates");

    assertThat(mitigations.changeId("patching")).isTrue();

    assertThat(document.tree().mitigations()).containsKey("patching")
        .doesNotContainKey("dependency-updates");
    assertThat(document.tree().node("dep-vulns").mitigations())
        .containsExactly("patching", "vuln-scanning");
    assertThat(document.tree().node("crafted-input").mitigations()).containsExactly("patching");
    assertThat(mitigations.selectedProperty().get()).isEqualTo("patching");
    document.undo();
    assertThat(document.tree().node("dep-vulns").mitigations())
        .containsExactly("dependency-updates", "vuln-scanning");
  }

  @Test
  void idInUseIsRefusedWithAMessage() {
    mitigations.selectedProperty().set("dependency-updates");
    AttackTree before = document.tree();

    assertThat(mitigations.changeId("vuln-scanning")).isFalse();

    assertThat(document.tree()).isSameAs(before);
    assertThat(mitigations.errorProperty().get())
        .isEqualTo("there is a mitigation 'vuln-scanning' already");
    assertThat(mitigations.selectedProperty().get()).isEqualTo("dependency-updates");
  }

  @Test
  void invalidIdIsRefusedWithAMessage() {
    mitigations.selectedProperty().set("dependency-updates");

    assertThat(mitigations.changeId("keep updated")).isFalse();

    assertThat(mitigations.errorProperty().get()).contains("'keep updated' may only use");
  }

  @Test
  void descriptionIsSetAndClearedAsUndoableEdits() {
    mitigations.selectedProperty().set("vuln-scanning");

    assertThat(mitigations.change("Scan dependencies for known vulnerabilities", "Run OSV.",
        "0.5", "1", MitigationStatus.PLANNED)).isTrue();
    assertThat(document.tree().mitigations().get("vuln-scanning").description())
        .isEqualTo("Run OSV.");
    assertThat(mitigations.change("Scan dependencies for known vulnerabilities", " ", "0.5", "1",
        MitigationStatus.PLANNED)).isTrue();
    assertThat(document.tree().mitigations().get("vuln-scanning").description()).isNull();
    document.undo();
    assertThat(document.tree().mitigations().get("vuln-scanning").description())
        .isEqualTo("Run OSV.");
  }

  /** References are typed on one line, separated by semicolons; a change without keeps them. */
  @Test
  void referencesAreSetOnePerLineAndKeptByOtherChanges() throws Exception {
    mitigations.selectedProperty().set("vuln-scanning");

    assertThat(mitigations.change("Scan dependencies for known vulnerabilities", "", "0.5", "1",
        MitigationStatus.PLANNED, " SEC-12 ;; https://osv.dev; ")).isTrue();
    assertThat(document.tree().mitigations().get("vuln-scanning").references())
        .containsExactly("SEC-12", "https://osv.dev");
    assertThat(mitigations.change("Scan dependencies", "", "0.6", "1",
        MitigationStatus.PLANNED)).isTrue();

    assertThat(document.tree().mitigations().get("vuln-scanning").references())
        .containsExactly("SEC-12", "https://osv.dev");
    assertThat(document.tree().mitigations().get("vuln-scanning").effectiveness())
        .isEqualTo(0.6);
    document.undo();
    document.undo();
    assertThat(document.tree().mitigations().get("vuln-scanning").references())
        .isEqualTo(TreeReader.read(DocumentViewModelTest.KERAS).mitigations()
            .get("vuln-scanning").references());
  }

  /** A reference with a semicolon of its own (from the file) survives an edit of the title. */
  @Test
  void referenceWithASemicolonIsKeptWhenTheFieldIsUnchanged() {
    mitigations.selectedProperty().set("vuln-scanning");
    Mitigation old = document.tree().mitigations().get("vuln-scanning");
    document.edit(new dev.thicket.model.edit.PutMitigation(
        old.withReferences(List.of("https://x.example/a;b=1", "SEC-12"))));
    String shown = ReferenceLines.oneLine(
        document.tree().mitigations().get("vuln-scanning").references());

    assertThat(mitigations.change("Scan dependencies", "", "0.5", "1",
        MitigationStatus.PLANNED, shown)).isTrue();

    assertThat(document.tree().mitigations().get("vuln-scanning").title())
        .isEqualTo("Scan dependencies");
    assertThat(document.tree().mitigations().get("vuln-scanning").references())
        .containsExactly("https://x.example/a;b=1", "SEC-12");
  }

  @Test
  void xKeysOfTheSelectedMitigationAreOneUndoableEdit() {
    mitigations.selectedProperty().set("sandbox-loading");
    assertThat(mitigations.extensionsText()).isEmpty();

    assertThat(mitigations.changeExtensions("x-ticket: SEC-42")).isTrue();

    assertThat(document.tree().mitigations().get("sandbox-loading").extensions())
        .isEqualTo(Map.of("x-ticket", "SEC-42"));
    assertThat(mitigations.extensionsText()).isEqualTo("x-ticket: SEC-42");
    document.undo();
    assertThat(document.tree().mitigations().get("sandbox-loading").extensions()).isEmpty();
  }

  @Test
  void xKeysThatAreNoMappingAreRefusedWithTheLine() {
    mitigations.selectedProperty().set("sandbox-loading");
    AttackTree before = document.tree();

    assertThat(mitigations.changeExtensions("x-ticket: SEC-42\n- loose item")).isFalse();

    assertThat(document.tree()).isSameAs(before);
    assertThat(mitigations.errorProperty().get()).startsWith("line 2: ");
  }
}
