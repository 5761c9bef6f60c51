package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real editor window headless (Monocle): keys, clicks, dialogs. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
  static final Path KERAS = Path.of("").toAbsolutePath().getParent().resolve("trees/keras.yaml");

  /** The real window on the Keras tree, dialogs scripted, recent files in {@code folder}. */
  static MainWindow openKeras(Stage stage, Path folder) throws Exception {
    MainWindow window = new MainWindow(stage, TreeReader.read(KERAS), KERAS, ScriptedDialogs::new,
        new RecentFiles(folder.resolve("recent.txt")));
    stage.show();
    return window;
  }

  @TempDir static Path folder;

  private MainWindow window;
  private ScriptedDialogs dialogs;

  @Start
  void start(Stage stage) throws Exception {
    AttackTree keras = TreeReader.read(KERAS);
    window = new MainWindow(stage, keras, KERAS, owner -> dialogs = new ScriptedDialogs(owner),
        new RecentFiles(folder.resolve("recent.txt")));
    stage.show();
  }

  private void focusCanvas(FxRobot robot) {
    robot.interact(() -> window.canvas().canvas().requestFocus());
  }

  private void select(FxRobot robot, String id) {
    robot.interact(() -> window.document().selectedProperty().set(id));
    focusCanvas(robot);
  }

  private String yaml() {
    return TreeWriter.toYaml(window.document().tree());
  }

  private void awaitScores() throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
        window.results().isCurrent(window.document().tree()));
  }

  private DialogPane dialog(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(DialogPane.class);
  }

  @Test
  void tabAddsAChildWithTheTypedTitle(FxRobot robot) {
    select(robot, "dependencies");

    robot.type(KeyCode.TAB).write("Typosquatted package").type(KeyCode.ENTER);

    assertThat(window.document().tree().node("dependencies").children())
        .containsExactly("dep-vulns", "typosquatted-package");
    assertThat(window.document().selectedProperty().get()).isEqualTo("typosquatted-package");
    assertThat(robot.window(0).getScene().getWindow()).isNotNull();
    assertThat(((Stage) window.scene().getWindow()).getTitle()).isEqualTo("keras.yaml * — Thicket");
  }

  @Test
  void clickSelectsACardAndArrowKeysWalkTheTree(FxRobot robot) {
    Point2D centre = window.canvas().centreOf("dependencies");
    robot.clickOn(window.canvas().localToScreen(centre));
    assertThat(window.document().selectedProperty().get()).isEqualTo("dependencies");

    robot.type(KeyCode.UP);
    assertThat(window.document().selectedProperty().get()).isEqualTo("rce");
    robot.type(KeyCode.DOWN);
    assertThat(window.document().selectedProperty().get()).isEqualTo("model-loading");
    robot.type(KeyCode.RIGHT);
    assertThat(window.document().selectedProperty().get()).isEqualTo("model-serving");
  }

  @Test
  void undoAndRedoAcrossMixedEditsRestoreTheTreeExactly(FxRobot robot) {
    String original = yaml();
    select(robot, "model-serving");
    robot.type(KeyCode.TAB).write("Abuse a Lambda layer").type(KeyCode.ENTER);
    robot.type(KeyCode.F2).eraseText(40).write("Lambda layer code").type(KeyCode.ENTER);
    robot.type(KeyCode.UP);
    robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
    robot.type(KeyCode.ENTER).write("Side channel").type(KeyCode.ENTER);
    String edited = yaml();
    assertThat(window.document().tree().node("model-serving").gate().name()).isEqualTo("AND");
    assertThat(window.document().tree().node("abuse-a-lambda-layer").title())
        .isEqualTo("Lambda layer code");

    for (int i = 0; i < 4; i++) {
      robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    }
    assertThat(yaml()).isEqualTo(original);
    assertThat(window.document().dirtyProperty().get()).isFalse();
    for (int i = 0; i < 4; i++) {
      robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
    }
    assertThat(yaml()).isEqualTo(edited);
  }

  @Test
  void invalidLikelihoodIsMarkedOnTheFieldAndTheModelStaysUnchanged(FxRobot robot) {
    select(robot, "dep-vulns");
    AttackTree before = window.document().tree();
    TextField likelihood = robot.lookup("#field-likelihood").queryAs(TextField.class);

    robot.clickOn(likelihood).eraseText(5).write("1.5").type(KeyCode.ENTER);

    assertThat(window.document().tree()).isSameAs(before);
    assertThat(robot.lookup("#error-likelihood").queryAs(Label.class).getText())
        .isEqualTo("likelihood must be in [0,1], not 1.5");
    assertThat(likelihood.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("invalid"));
  }

  @Test
  void openingABadFileShowsItsProblemLinesAndKeepsTheOpenTree(FxRobot robot) throws Exception {
    Path bad = folder.resolve("bad.yaml");
    Files.writeString(bad, "format: attacktree/v1\ntitle: Bad\nroot: goal\nnodes:\n"
        + "  goal:\n    title: Goal\n    gate: or\n    children: [nowhere]\n");
    AttackTree before = window.document().tree();
    dialogs.toOpen.add(bad);
    focusCanvas(robot);

    robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);

    DialogPane problems = dialog(robot, "problems-dialog");
    assertThat(((TextArea) problems.lookup("#problem-lines")).getText())
        .isEqualTo(bad + ":8:16: unknown child 'nowhere'");
    robot.clickOn((Node) problems.lookupButton(javafx.scene.control.ButtonType.OK));
    assertThat(window.document().tree()).isSameAs(before);
    assertThat(window.document().fileProperty().get()).isEqualTo(KERAS);
  }

  @Test
  void unsavedChangesPromptLetsTheUserCancelOpeningAnotherFile(FxRobot robot) throws Exception {
    select(robot, "dependencies");
    robot.type(KeyCode.TAB).write("Pin old wheels").type(KeyCode.ENTER);
    AttackTree edited = window.document().tree();
    dialogs.toOpen.add(KERAS);

    robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);

    DialogPane prompt = dialog(robot, "unsaved-dialog");
    assertThat(prompt.getContentText()).isEqualTo(
        "Save the changes to keras.yaml before closing it?");
    robot.clickOn((Button) prompt.lookupButton(javafx.scene.control.ButtonType.CANCEL));
    assertThat(window.document().tree()).isSameAs(edited);
    assertThat(window.document().dirtyProperty().get()).isTrue();
  }

  @Test
  void saveAsWritesTheCanonicalYamlAndClearsTheDirtyMark(FxRobot robot) throws Exception {
    select(robot, "dependencies");
    robot.type(KeyCode.TAB).write("Pin old wheels").type(KeyCode.ENTER);
    Path target = folder.resolve("saved.yaml");
    dialogs.toSave.add(target);

    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);

    assertThat(Files.readString(target)).isEqualTo(yaml());
    assertThat(TreeReader.read(target).node("pin-old-wheels").title()).isEqualTo("Pin old wheels");
    assertThat(((Stage) window.scene().getWindow()).getTitle()).isEqualTo("saved.yaml — Thicket");
  }

  @Test
  void deletingASubtreeAsksFirst(FxRobot robot) {
    select(robot, "model-loading");

    robot.type(KeyCode.DELETE);
    DialogPane confirm = dialog(robot, "delete-dialog");
    robot.clickOn((Button) confirm.lookupButton(javafx.scene.control.ButtonType.OK));

    assertThat(window.document().tree().nodes().keySet()).doesNotContain("model-loading",
        "supply-chain", "cdn-compromise");
    assertThat(window.document().selectedProperty().get()).isEqualTo("rce");
  }

  @Test
  void selectingHighRiskPathOneHighlightsExactlyItsNodes(FxRobot robot) throws Exception {
    awaitScores();

    robot.clickOn(robot.lookup("#scenarios .list-cell").nth(0).queryAs(Node.class));

    assertThat(window.results().selectedScenarioProperty().get()).isZero();
    assertThat(window.results().highlightedProperty().get())
        .isEqualTo(Set.of("rce", "dependencies", "dep-vulns"));
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void dragAndDropReparentsANode(FxRobot robot) {
    robot.drag(screen("dep-vulns")).dropTo(screen("model-serving"));

    assertThat(window.document().tree().node("model-serving").children())
        .containsExactly("input-processing", "dep-vulns");
    assertThat(window.document().tree().node("dependencies").isLeaf()).isTrue();
  }

  @Test
  void dropThatWouldMakeACycleIsRefusedWithAMessage(FxRobot robot) {
    AttackTree before = window.document().tree();

    robot.drag(screen("model-loading")).dropTo(screen("cdn-compromise"));

    assertThat(window.document().tree()).isSameAs(before);
    assertThat(robot.lookup("#message").queryAs(Label.class).getText()).isEqualTo(
        "'model-loading' cannot go under 'cdn-compromise': 'cdn-compromise' is inside "
            + "'model-loading', that would make a cycle");
  }

  @Test
  void mitigationIsAttachedToTheSelectedNodeFromThePanel(FxRobot robot) {
    select(robot, "crafted-input");
    robot.interact(() -> window.showSideTab("mitigations"));

    robot.clickOn(robot.lookup("#mitigations .table-row-cell").nth(0).queryAs(Node.class));
    String first = window.mitigations().selectedProperty().get();
    robot.clickOn("#mitigation-attach");

    assertThat(first).isNotNull();
    assertThat(window.document().tree().node("crafted-input").mitigations()).endsWith(first);
    javafx.scene.control.TableRow<?> row = robot.lookup("#mitigations .table-row-cell")
        .match((javafx.scene.control.TableRow<?> shown) -> shown.getItem() != null
            && ((dev.thicket.app.editor.viewmodel.MitigationsViewModel.Row) shown.getItem())
                .mitigation().id().equals(first))
        .queryAs(javafx.scene.control.TableRow.class);
    assertThat(((javafx.scene.control.Labeled) row.lookup(".table-cell")).getText())
        .as("the ✓ of a mitigation on the selected node").isEqualTo("✓");
    assertThat(robot.lookup("#mitigation-covered").queryAs(javafx.scene.control.Label.class)
        .getText()).endsWith("crafted-input");
  }

  private Point2D screen(String id) {
    return window.canvas().localToScreen(window.canvas().centreOf(id));
  }

  @Test
  void editRescoresTheResults(FxRobot robot) throws Exception {
    awaitScores();
    double before = window.results().scoredProperty().get().risk();
    select(robot, "dep-vulns");
    TextField likelihood = robot.lookup("#field-likelihood").queryAs(TextField.class);

    robot.clickOn(likelihood).eraseText(5).write("0.5").type(KeyCode.ENTER);
    awaitScores();

    assertThat(window.results().scoredProperty().get().risk()).isGreaterThan(before);
    assertThat(robot.lookup("#risk-residual").queryAs(Label.class).getText())
        .isNotEqualTo(dev.thicket.exports.Decimals.of(before));
  }

  @Test
  void riskMatrixCellSelectsItsFirstScenario(FxRobot robot) throws Exception {
    awaitScores();
    var matrix = window.results().riskMatrixProperty().get();
    var cell = matrix.cells().get(0);
    robot.interact(() -> window.showSideTab("risk-matrix"));

    Label shown = robot.lookup("#risk-cell-" + cell.likelihood() + "-" + cell.impact())
        .queryAs(Label.class);
    robot.clickOn(shown);

    assertThat(shown.getText()).contains(String.valueOf(cell.ranks().get(0)));
    assertThat(window.results().selectedScenarioProperty().get())
        .isEqualTo(cell.ranks().get(0) - 1);
    robot.type(KeyCode.ESCAPE);
  }
}
