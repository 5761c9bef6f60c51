package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.viewmodel.CompareViewModel.ShareRow;
import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Compare with… in the real window: choose a file, read the diff, change nothing. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {
  @TempDir static Path folder;

  private MainWindow window;
  private ScriptedDialogs dialogs;

  @Start
  void start(Stage stage) throws Exception {
    window = new MainWindow(stage, TreeReader.read(MainWindowTest.KERAS), MainWindowTest.KERAS,
        owner -> dialogs = new ScriptedDialogs(owner),
        new RecentFiles(folder.resolve("recent.txt")));
    stage.show();
  }

  @Test
  void compareWithShowsWhyTheRiskMovedSinceTheChosenFile(FxRobot robot) throws Exception {
    AttackTree keras = window.document().tree();
    AttackTree older = keras.withNode(keras.node("dep-vulns").withLikelihood(Estimate.of(0.3)));
    dialogs.toOpen.add(Files.writeString(folder.resolve("older.yaml"), TreeWriter.toYaml(older)));
    String before = TreeWriter.toYaml(keras);

    robot.clickOn("File").clickOn("Compare with…");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#compare-summary")
        .tryQueryAs(Label.class).map(l -> l.getText().startsWith("Residual risk")).orElse(false));

    TableView<ShareRow> shares = robot.lookup("#compare-shares").queryTableView();
    assertThat(shares.getItems()).extracting(ShareRow::change)
        .containsExactly("likelihood of dep-vulns 0.3 → 0.1");
    ListView<String> changes = robot.lookup("#compare-changes").queryListView();
    assertThat(changes.getItems()).containsExactly("~ node dep-vulns: likelihood 0.3 → 0.1");
    assertThat(robot.lookup("#compare-risk").queryTableView().getItems()).hasSize(3);
    WindowSnapshots.write(robot, shares.getScene(), "compare-window");
    assertThat(TreeWriter.toYaml(window.document().tree())).isEqualTo(before);
    robot.interact(() -> ((Stage) shares.getScene().getWindow()).close());
  }
}
