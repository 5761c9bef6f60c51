package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.viewmodel.CanvasLayoutViewModel;
import dev.thicket.app.editor.viewmodel.DocumentViewModel;
import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start of a large file (`thicket FILE`): the window is built on a stand-in tree while the
 * file is read, then takes the file's tree before it shows. What shows is the file's tree alone:
 * its cards (none of the stand-in's), its analysis, its title, and no edit to undo.
 */
@ExtendWith(ApplicationExtension.class)
class EarlyWindowTest {
  @TempDir static Path folder;

  private MainWindow window;
  private AttackTree tree;
  private Path file;
  private final CompletableFuture<Void> release = new CompletableFuture<>();

  @Start
  void start(Stage stage) throws Exception {
    tree = TreeGenerator.generate(CanvasLayoutViewModel.SYNCHRONOUS_NODES + 300, 0.1, 5);
    file = folder.resolve("large.yaml");
    Files.writeString(file, TreeWriter.toYaml(tree));
    window = new MainWindow(stage, DocumentViewModel.emptyTree(), file, ScriptedDialogs::new,
        new RecentFiles(folder.resolve("recent.txt")));
    window.prepareToShow();
    window.canvas().layouts().holdUntil(release); // the file's layout is still being made
    window.loaded(tree);
    stage.show();
  }

  @AfterEach
  void releaseLayouts() {
    release.complete(null);
  }

  @Test
  void theWindowShowsTheFilesTreeAndNothingOfTheStandIn() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.canvas().layoutOfTree()).as("no stand-in card while the layout is made")
        .isNull();
    assertThat(window.canvas().paintedCards()).isZero();
    assertThat(window.results().scoredProperty().get()).as("nothing analysed before the first "
        + "frame of the file's tree").isNull();
    assertThat(window.results().runningProperty().get()).isFalse();

    release.complete(null);
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.canvas().layouts().pending()
        && window.results().scoredProperty().get() != null
        && !window.results().runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(window.document().tree()).isSameAs(tree);
    assertThat(window.canvas().layoutOfTree().boxes().keySet())
        .containsExactlyElementsOf(tree.nodes().keySet());
    ScoredTree scored = window.results().scoredProperty().get();
    assertThat(scored.tree()).as("the analysis is the file's tree's").isSameAs(tree);
    assertThat(window.document().canUndoProperty().get()).isFalse();
    assertThat(window.document().dirtyProperty().get()).isFalse();
    assertThat(window.document().fileProperty().get()).isEqualTo(file);
    assertThat(window.document().windowTitleProperty().get()).contains("large.yaml");
    assertThat(window.document().selectedProperty().get()).isEqualTo(tree.root());
    assertThat(window.canvas().paintedCards()).isPositive();
  }
}
