package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.viewmodel.Autosave;
import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The autosave timer of the real window, with a 100 ms interval instead of 30 s. */
@ExtendWith(ApplicationExtension.class)
class AutosaveWindowTest {
  @TempDir static Path folder;

  private Path file;
  private MainWindow window;
  private ScriptedDialogs dialogs;

  @Start
  void start(Stage stage) throws Exception {
    file = Files.createTempFile(folder, "keras", ".yaml");
    Files.copy(MainWindowTest.KERAS, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    window = new MainWindow(stage, TreeReader.read(file), file,
        owner -> dialogs = new ScriptedDialogs(owner),
        new RecentFiles(folder.resolve("recent.txt")), Duration.ofMillis(100));
    stage.show();
  }

  @Test
  void editIsAutosavedBesideTheFileAndTheCopyGoesOnSave(FxRobot robot) throws Exception {
    String original = Files.readString(file);
    robot.interact(() -> window.document().selectedProperty().set("dependencies"));
    robot.interact(() -> window.canvas().canvas().requestFocus());
    robot.type(KeyCode.TAB).write("Pin old wheels").type(KeyCode.ENTER);
    Path copy = Autosave.copyOf(file);

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(copy));
    assertThat(TreeReader.read(copy).node("pin-old-wheels").title()).isEqualTo("Pin old wheels");
    assertThat(Files.readString(file)).isEqualTo(original);

    robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
    assertThat(copy).doesNotExist();
  }

  @Test
  void newerAutosaveCopyIsOfferedWhenTheFileIsOpened(FxRobot robot) throws Exception {
    AttackTree crashed = TreeReader.read(file);
    Path other = folder.resolve("other.yaml");
    TreeWriter.save(crashed, other);
    String edited = TreeWriter.toYaml(crashed).replace(
        "title: Exploit vulnerabilities in Keras dependencies",
        "title: Exploit vulnerable wheels");
    Files.writeString(Autosave.copyOf(other), edited);
    Files.setLastModifiedTime(Autosave.copyOf(other),
        FileTime.from(Instant.now().plusSeconds(60)));
    dialogs.toOpen.add(other);
    robot.interact(() -> window.canvas().canvas().requestFocus());

    robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
    DialogPane ask = robot.lookup("#recover-dialog").queryAs(DialogPane.class);
    robot.clickOn((Button) ask.lookupButton(FxDialogs.RECOVER));

    assertThat(window.document().tree().node("dependencies").title())
        .isEqualTo("Exploit vulnerable wheels");
    assertThat(window.document().fileProperty().get()).isEqualTo(other);
    assertThat(window.document().dirtyProperty().get()).isTrue();
  }
}
