package dev.thicket.app.editor;

import dev.thicket.app.editor.view.Dialogs;
import dev.thicket.app.editor.view.MainWindow;
import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.tree.AttackTree;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders the real editor window headless (Monocle, software rendering; no display needed) to a
 * PNG: the tree in its opening view (whole, or its goal at a readable zoom), optionally with
 * high-risk path N selected and scored for one attacker profile, and one side tab shown.
 */
public final class Screenshot {
  private Screenshot() {}

  /** Chooses the headless platform; must run before the JavaFX toolkit starts. */
  public static void useHeadlessPlatform(int width, int height) {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("prism.text", "t2k");
    System.setProperty("java.awt.headless", "true");
    System.setProperty("headless.geometry", width + "x" + height + "-32");
    System.setProperty("monocle.headless.geometry", width + "x" + height + "-32");
  }

  /**
   * What the window shows.
   *
   * @param path 1-based index of the scenario to select; 0 for none
   * @param tab the side tab to show, one of {@link MainWindow#SIDE_TABS}
   * @param present in presentation mode (View → Present)
   * @param profile the id of the attacker profile the window is scored for; null for everyone
   */
  public record View(boolean dark, int path, String tab, int width, int height,
      boolean present, String profile) {

    /** For everyone (no profile chosen). */
    public View(boolean dark, int path, String tab, int width, int height, boolean present) {
      this(dark, path, tab, width, height, present, null);
    }
  }

  /**
   * Writes the window showing {@code tree} to {@code out}.
   *
   * @return a message when the view's path is beyond the listed scenarios, else empty
   */
  public static Optional<String> write(AttackTree tree, Path file, Path out, View view)
      throws IOException, InterruptedException {
    boolean dark = view.dark();
    int path = view.path();
    String tab = view.tab();
    int width = view.width();
    int height = view.height();
    JavaFxLog.dropClassPathWarning();
    Platform.startup(() -> {});
    try {
      MainWindow window = onFx(() -> {
        Stage stage = new Stage();
        MainWindow created = new MainWindow(stage, tree, file, owner -> NO_DIALOGS,
            RecentFiles.none());
        stage.setWidth(width);
        stage.setHeight(height);
        created.setDark(dark);
        stage.show();
        return created;
      });
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      // until scored and funded, or the analysis failed (its reason is the picture)
      while (onFx(() -> (!window.results().isCurrent(window.document().tree())
          || window.plans().funding(window.document().tree()).isEmpty())
          && window.results().errorProperty().get().isEmpty())
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      if (view.profile() != null) {
        onFx(() -> {
          window.results().profileProperty().set(view.profile());
          return null;
        });
        // scored for the profile: a view of its own, once the run that made it is over
        while (onFx(() -> window.results().runningProperty().get()
            || window.results().shownProperty().get() == window.results().scoredProperty().get())
            && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
      }
      String problem = onFx(() -> {
        List<Scenario> scenarios = window.results().scenarios();
        String message = null;
        if (path > 0 && path <= scenarios.size()) {
          window.document().selectedProperty().set(scenarios.get(path - 1).leaves().get(0));
        } else if (path > 0) {
          message = "there are only " + scenarios.size() + " scenarios";
        }
        window.showSideTab(tab);
        return message;
      });
      // the Uncertainty tab samples only once it is shown
      while ("uncertainty".equals(tab)
          && onFx(() -> !window.uncertainty().isCurrent(window.document().tree()))
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      onFx(() -> {
        if (view.present()) {
          window.togglePresentation();
        }
        return null;
      });
      onFx(() -> {
        window.scene().getRoot().applyCss();
        window.scene().getRoot().layout();
        if (!view.present()) {
          window.canvas().showOpening();
        }
        if (path > 0 && path <= window.results().scenarios().size()) {
          window.results().chooseScenario(path - 1); // its steps brought into sight, as a click
        }
        return null;
      });
      WritableImage image = onFx(() -> window.scene().snapshot(null));
      Files.createDirectories(out.toAbsolutePath().getParent());
      ImageIO.write(toBuffered(image), "png", out.toFile());
      return Optional.ofNullable(problem);
    } finally {
      Platform.exit();
    }
  }

  private static BufferedImage toBuffered(WritableImage image) {
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        buffered.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    return buffered;
  }

  private static <T> T onFx(Supplier<T> action) throws InterruptedException, IOException {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        result.complete(action.get());
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    });
    try {
      return result.get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IOException("cannot render the window: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IOException("the window did not render within 60 s", e);
    }
  }

  /** A screenshot (or a benchmark) asks nothing. */
  static final Dialogs NO_DIALOGS = new Dialogs() {
    @Override
    public Optional<String> chooseNode(String heading, java.util.Map<String, String> titles) {
      return Optional.empty();
    }

    @Override
    public boolean askRecover(String name, String when) {
      return false;
    }

    @Override
    public Unsaved askUnsaved(String name) {
      return Unsaved.DISCARD;
    }

    @Override
    public boolean confirmDelete(String title, int nodes) {
      return false;
    }

    @Override
    public void showProblems(String heading, List<String> lines) {}

    @Override
    public void showError(String message) {}

    @Override
    public Optional<Path> chooseOpen(Path directory) {
      return Optional.empty();
    }

    @Override
    public Optional<String> askRevision(String fileName) {
      return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSave(Path suggestion, String description, String extension) {
      return Optional.empty();
    }
  };
}
