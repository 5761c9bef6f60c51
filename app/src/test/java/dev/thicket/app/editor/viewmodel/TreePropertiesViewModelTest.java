package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.thicket.model.edit.ReplaceTree;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.merge.MergeConflict;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TreePropertiesViewModelTest {
  private DocumentViewModel document;
  private TreePropertiesViewModel properties;

  @BeforeEach
  void openKeras() throws Exception {
    document = new DocumentViewModel(TreeReader.read(DocumentViewModelTest.KERAS),
        DocumentViewModelTest.KERAS);
    properties = new TreePropertiesViewModel(document);
  }

  @Test
  void fieldsShowTheTreesValues() {
    assertThat(properties.textProperty(TreeField.TITLE).get())
        .isEqualTo("Compromise a Keras application");
    assertThat(properties.textProperty(TreeField.DESCRIPTION).get()).startsWith("Ways an");
    assertThat(properties.textProperty(TreeField.CRITICAL_THRESHOLD).get()).isEqualTo("0.1");
    assertThat(properties.textProperty(TreeField.HIGH_RISK_THRESHOLD).get()).isEqualTo("0.25");
    assertThat(properties.textProperty(TreeField.LIKELIHOOD_SCALE).get()).isEmpty();
  }

  @Test
  void titleIsChangedAsOneUndoableEdit() {
    properties.textProperty(TreeField.TITLE).set("Keras server");

    assertThat(properties.commit(TreeField.TITLE)).isTrue();

    assertThat(document.tree().title()).isEqualTo("Keras server");
    assertThat(document.undoTextProperty().get()).isEqualTo("Undo Change tree title");
    document.undo();
    assertThat(document.tree().title()).isEqualTo("Compromise a Keras application");
    assertThat(properties.textProperty(TreeField.TITLE).get())
        .isEqualTo("Compromise a Keras application");
  }

  @Test
  void criticalThresholdAboveOneIsMarkedAndNeverReachesTheModel() {
    AttackTree before = document.tree();

    properties.textProperty(TreeField.CRITICAL_THRESHOLD).set("1.5");

    assertThat(properties.commit(TreeField.CRITICAL_THRESHOLD)).isFalse();
    assertThat(document.tree()).isSameAs(before);
    assertThat(properties.errorProperty(TreeField.CRITICAL_THRESHOLD).get())
        .isEqualTo("criticalThreshold must be in [0,1], not 1.5");
    assertThat(properties.textProperty(TreeField.CRITICAL_THRESHOLD).get()).isEqualTo("1.5");
  }

  @Test
  void thresholdThatIsNoNumberIsMarked() {
    properties.textProperty(TreeField.HIGH_RISK_THRESHOLD).set("high");

    assertThat(properties.commit(TreeField.HIGH_RISK_THRESHOLD)).isFalse();
    assertThat(properties.errorProperty(TreeField.HIGH_RISK_THRESHOLD).get())
        .isEqualTo("highRiskThreshold is a number >= 0, not 'high'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x1p-2", "1d", "NaN", "Infinity", ".5"})
  void thresholdThatAFileRefusesIsMarked(String typed) {
    AttackTree before = document.tree();
    properties.textProperty(TreeField.CRITICAL_THRESHOLD).set(typed);

    assertThat(properties.commit(TreeField.CRITICAL_THRESHOLD)).isFalse();
    assertThat(document.tree()).isSameAs(before);
    assertThat(properties.errorProperty(TreeField.CRITICAL_THRESHOLD).get())
        .isEqualTo("criticalThreshold is a number in [0,1], not '" + typed + "'");
  }

  @ParameterizedTest
  @CsvSource({"0.25, 0.25", "1e-3, 0.001"})
  void thresholdIsReadAsAFileReadsIt(String typed, double value) {
    properties.textProperty(TreeField.HIGH_RISK_THRESHOLD).set(typed);

    assertThat(properties.commit(TreeField.HIGH_RISK_THRESHOLD)).isTrue();
    assertThat(document.tree().settings().highRiskThreshold()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x1p-2", "1d", "NaN"})
  void scaleLevelThatAFileRefusesIsMarked(String typed) {
    properties.textProperty(TreeField.LIKELIHOOD_SCALE).set("low: 0.1\nmedium: " + typed);

    assertThat(properties.commit(TreeField.LIKELIHOOD_SCALE)).isFalse();
    assertThat(properties.errorProperty(TreeField.LIKELIHOOD_SCALE).get())
        .isEqualTo("the value of level 'medium' is a number, not '" + typed + "'");
    assertThat(document.tree().scalesGiven()).isFalse();
  }

  @Test
  void scaleLevelsAreReadAsAFileReadsThem() {
    properties.textProperty(TreeField.LIKELIHOOD_SCALE).set("rare: 1e-3, medium: 0.25");

    assertThat(properties.commit(TreeField.LIKELIHOOD_SCALE))
        .as(properties.errorProperty(TreeField.LIKELIHOOD_SCALE).get()).isTrue();
    assertThat(document.tree().scales().likelihood())
        .containsExactly(entry("rare", 0.001), entry("medium", 0.25));
  }

  @Test
  void emptyThresholdFallsBackToTheDefault() {
    properties.textProperty(TreeField.HIGH_RISK_THRESHOLD).set("");

    assertThat(properties.commit(TreeField.HIGH_RISK_THRESHOLD)).isTrue();
    assertThat(document.tree().settings()).isEqualTo(new AnalysisSettings(0.1, null));
  }

  @Test
  void likelihoodScaleIsGivenAndTheImpactScaleDefaults() {
    properties.textProperty(TreeField.LIKELIHOOD_SCALE)
        .set("low: 0.1\nmedium: 0.25\nhigh: 0.5");

    assertThat(properties.commit(TreeField.LIKELIHOOD_SCALE)).isTrue();
    assertThat(document.tree().scalesGiven()).isTrue();
    assertThat(document.tree().scales().likelihood())
        .isEqualTo(Map.of("low", 0.1, "medium", 0.25, "high", 0.5));
    assertThat(properties.textProperty(TreeField.IMPACT_SCALE).get()).startsWith("low: 2\n");
  }

  @Test
  void scaleLineWithoutANumberIsMarked() {
    properties.textProperty(TreeField.LIKELIHOOD_SCALE).set("medium: often");

    assertThat(properties.commit(TreeField.LIKELIHOOD_SCALE)).isFalse();
    assertThat(properties.errorProperty(TreeField.LIKELIHOOD_SCALE).get())
        .isEqualTo("the value of level 'medium' is a number, not 'often'");
    assertThat(document.tree().scalesGiven()).isFalse();
  }

  @Test
  void budgetIsChangedAsOneUndoableEditAndEmptyMeansNone() {
    properties.textProperty(TreeField.BUDGET).set("4");

    assertThat(properties.commit(TreeField.BUDGET)).isTrue();
    assertThat(document.tree().settings()).isEqualTo(new AnalysisSettings(0.1, 0.25, 4.0));
    assertThat(document.undoTextProperty().get()).isEqualTo("Undo Change tree budget");
    properties.textProperty(TreeField.BUDGET).set("");
    assertThat(properties.commit(TreeField.BUDGET)).isTrue();
    assertThat(document.tree().settings().budget()).isNull();
    document.undo();
    assertThat(properties.textProperty(TreeField.BUDGET).get()).isEqualTo("4");
  }

  @Test
  void negativeBudgetIsMarkedAndNeverReachesTheModel() {
    AttackTree before = document.tree();
    properties.textProperty(TreeField.BUDGET).set("-1");

    assertThat(properties.commit(TreeField.BUDGET)).isFalse();
    assertThat(document.tree()).isSameAs(before);
    assertThat(properties.errorProperty(TreeField.BUDGET).get())
        .isEqualTo("budget must be >= 0, not -1");
  }

  @Test
  void thresholdChangeKeepsTheBudget() {
    properties.textProperty(TreeField.BUDGET).set("4");
    properties.commit(TreeField.BUDGET);

    properties.textProperty(TreeField.CRITICAL_THRESHOLD).set("0.2");
    properties.commit(TreeField.CRITICAL_THRESHOLD);
    properties.textProperty(TreeField.HIGH_RISK_THRESHOLD).set("0.3");
    properties.commit(TreeField.HIGH_RISK_THRESHOLD);

    assertThat(document.tree().settings()).isEqualTo(new AnalysisSettings(0.2, 0.3, 4.0));
  }

  @Test
  void xKeysAreChangedAsOneUndoableEditKeepingTheMergeConflictsLast() {
    List<Object> conflicts = List.of(Map.of("node", "rce", "reason", "hand-written"));
    document.edit(new ReplaceTree(document.tree().withExtensions(
        Map.of(MergeConflict.EXTENSION, conflicts)), "list a conflict"));
    assertThat(properties.textProperty(TreeField.EXTENSIONS).get()).isEmpty();

    properties.textProperty(TreeField.EXTENSIONS).set("x-owner: security team\nx-tags: [a, b]");

    assertThat(properties.commit(TreeField.EXTENSIONS)).isTrue();
    assertThat(document.tree().extensions()).containsExactly(
        entry("x-owner", "security team"), entry("x-tags", List.of("a", "b")),
        entry(MergeConflict.EXTENSION, conflicts));
    assertThat(document.undoTextProperty().get()).isEqualTo("Undo Change tree x- keys");
    document.undo();
    assertThat(document.tree().extensions()).containsOnlyKeys(MergeConflict.EXTENSION);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "owner: Ada | line 1: a key of your own starts with 'x-', not 'owner'",
      "x-merge-conflicts: [] | x-merge-conflicts is the merge's list: resolve its conflicts in "
          + "the panel above the canvas"})
  void refusedXKeysAreMarkedAndNeverReachTheModel(String typed, String error) {
    AttackTree before = document.tree();

    properties.textProperty(TreeField.EXTENSIONS).set(typed);

    assertThat(properties.commit(TreeField.EXTENSIONS)).isFalse();
    assertThat(document.tree()).isSameAs(before);
    assertThat(properties.errorProperty(TreeField.EXTENSIONS).get()).isEqualTo(error);
  }
}
