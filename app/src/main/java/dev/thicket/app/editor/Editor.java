package dev.thicket.app.editor;

import dev.thicket.app.editor.view.FirstFrame;
import dev.thicket.app.editor.view.FxDialogs;
import dev.thicket.app.editor.view.MainWindow;
import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Starts the JavaFX toolkit from a plain main class and shows the editor window. */
public final class Editor {
  private Editor() {}

  /**
   * Whether a window can be shown: always off Linux and BSD, and on them when DISPLAY or
   * WAYLAND_DISPLAY is set or the Monocle (headless) platform is chosen.
   */
  public static boolean displayAvailable() {
    if ("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
      return true;
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (!os.contains("linux") && !os.contains("bsd")) {
      return true;
    }
    return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  /**
   * Shows the editor on {@code tree} (read from {@code file}) and returns when it is closed. With
   * {@code -Dthicket.timing=true} it prints when the window became usable (after its first laid
   * out pulse), counted from JVM start, and how long the window took from toolkit start; with
   * {@code -Dthicket.exitWhenUsable=true} (used by {@code bench editor}) it then closes.
   */
  public static void show(AttackTree tree, Path file) throws InterruptedException {
    show(() -> Optional.of(tree), file);
  }

  /**
   * As {@link #show(AttackTree, Path)}, but the tree comes from {@code tree}, which the UI thread
   * waits for once the toolkit is up (so that a file read on another thread meanwhile overlaps the
   * toolkit's start); false, and no window, when it gives none. An exception of {@code tree} is
   * thrown from here.
   */
  public static boolean show(Supplier<Optional<AttackTree>> tree, Path file)
      throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    AtomicReference<RuntimeException> failed = new AtomicReference<>();
    AtomicBoolean shown = new AtomicBoolean();
    Platform.setImplicitExit(false);
    JavaFxLog.dropClassPathWarning();
    Platform.startup(() -> {
      StartupTimes.mark("toolkit up");
      Optional<AttackTree> read;
      try {
        read = tree.get();
      } catch (RuntimeException e) {
        failed.set(e);
        read = Optional.empty();
      }
      StartupTimes.mark("tree handed over");
      long treeHandedOver = System.nanoTime();
      if (read.isEmpty()) {
        closed.countDown();
        return;
      }
      shown.set(true);
      showWindow(read.get(), file, treeHandedOver, closed);
    });
    closed.await();
    Platform.exit();
    if (failed.get() != null) {
      throw failed.get();
    }
    return shown.get();
  }

  /** Builds and shows the window; {@code start}: when the tree was handed over (nanoTime). */
  private static void showWindow(AttackTree tree, Path file, long start,
      CountDownLatch closed) {
    Stage stage = new Stage();
    boolean trial = Boolean.getBoolean("thicket.exitWhenUsable"); // a measured start
    MainWindow window = new MainWindow(stage, tree, file, FxDialogs::new, trial
        ? new RecentFiles(Path.of(System.getProperty("java.io.tmpdir"), "thicket-trial-recent"))
        : RecentFiles.forUser());
    fitScreen(stage);
    StartupTimes.mark("window built");
    stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> closed.countDown());
    stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> Platform.runLater(() -> {
      window.canvas().showOpening();
      if (!trial) {
        window.files().offerRecovery(); // a measured start asks nothing
      }
      FirstFrame.then(window.scene(), window.canvas(), () -> {
        window.canvas().showOpening(); // again: the window may have been fitted to a small screen
        if (StartupTimes.on()) {
          System.err.println("thicket: window usable after " + StartupTimes.sinceJvmStart()
              + " ms from JVM start (window built and laid out in "
              + (System.nanoTime() - start) / 1_000_000 + " ms; ms from JVM start: "
              + StartupTimes.summary() + "; " + StartupTimes.cpu() + ")");
        }
        if (trial) {
          stage.hide();
        }
      });
    }));
    stage.show();
    StartupTimes.mark("shown");
  }

  /**
   * On a screen smaller than the window (a laptop's 1366×768) the window takes the screen's
   * usable area instead (maximizing alone needs a window manager that honours it).
   */
  private static void fitScreen(Stage stage) {
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    if (screen.getWidth() < stage.getScene().getWidth()
        || screen.getHeight() < stage.getScene().getHeight()) {
      stage.setX(screen.getMinX());
      stage.setY(screen.getMinY());
      stage.setWidth(screen.getWidth());
      stage.setHeight(screen.getHeight());
      stage.setMaximized(true);
    }
  }
}
