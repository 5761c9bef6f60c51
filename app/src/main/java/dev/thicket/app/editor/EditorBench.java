package dev.thicket.app.editor;

import dev.thicket.app.editor.view.MainWindow;
import dev.thicket.app.editor.viewmodel.NodeField;
import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;

/**
 * Drives the real editor window headless (call {@link Screenshot#useHeadlessPlatform} first) and
 * times what a user waits for: opening a tree file until the window is laid out and painted, one
 * edit on the UI thread (the call, its listeners, CSS, layout and the canvas repaint), the time
 * until the re-scored result is shown, and one pan frame. Every figure is wall time in
 * nanoseconds; nothing else runs in the window meanwhile (each measurement waits for the previous
 * analysis to land first, or only for its result before the importance: {@link #run}).
 */
public final class EditorBench {
  /**
   * One timed phase: its name, target (free text), the wall time of its timed runs and, for work
   * on the UI thread, that thread's CPU time (null otherwise), which other processes on a busy
   * machine disturb less, and for an edit the collectors' pauses during it (null otherwise).
   */
  public record Phase(String name, String target, long[] nanos, long[] cpuNanos,
      long[] gcNanos) {
    public Phase(String name, String target, long[] nanos) {
      this(name, target, nanos, null, null);
    }

    public Phase(String name, String target, long[] nanos, long[] cpuNanos) {
      this(name, target, nanos, cpuNanos, null);
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final int WIDTH = 1440;
  private static final int HEIGHT = 900;
  private static final long TIMEOUT_SECONDS = 120;

  private final Path file;
  private final int repeat;
  private final int warmUp;
  private final boolean whileScoring;
  private final List<Phase> phases = new ArrayList<>();
  private MainWindow window;
  private Stage stage;

  private EditorBench(Path file, int repeat, int warmUp, boolean whileScoring) {
    this.file = file;
    this.repeat = repeat;
    this.warmUp = warmUp;
    this.whileScoring = whileScoring;
  }

  /**
   * Times the phases on the tree in {@code file}: {@code warmUp} untimed runs, then {@code repeat}
   * timed ones each. Starts the JavaFX toolkit and exits it at the end. With {@code
   * whileScoring}, each step waits only for the result before the importance (decision 40): edits
   * and pans are timed while the importance runs, and a re-score is shown with the first result.
   */
  public static List<Phase> run(Path file, int repeat, int warmUp, boolean whileScoring)
      throws IOException, InterruptedException {
    EditorBench bench = new EditorBench(file, repeat, warmUp, whileScoring);
    Platform.setImplicitExit(false); // the bench closes windows between runs
    JavaFxLog.dropClassPathWarning();
    Platform.startup(() -> {});
    try {
      bench.opens();
      bench.edits();
      bench.pans();
      return bench.phases;
    } finally {
      Platform.exit();
    }
  }

  private void opens() throws IOException, InterruptedException {
    long[] nanos = new long[repeat];
    long[] cpu = new long[repeat];
    for (int run = -warmUp; run < repeat; run++) {
      if (stage != null) {
        Stage old = stage;
        onFx(() -> {
          old.hide();
          return null;
        });
      }
      CompletableFuture<long[]> shown = new CompletableFuture<>();
      onFx(() -> {
        open(shown);
        return null;
      });
      long[] took = await(shown);
      if (run == -warmUp) {
        phases.add(new Phase("open + layout, first window of this JVM", "< 2000",
            new long[] {took[0]}, new long[] {took[1]}));
      }
      if (run >= 0) {
        nanos[run] = took[0];
        cpu[run] = took[1];
      }
      awaitAnalysis();
    }
    phases.add(new Phase("open + layout", "< 2000", nanos, cpu));
  }

  /** Reads the file and shows it as the editor does; completes after the first laid-out pulse. */
  private void open(CompletableFuture<long[]> shown) {
    long start = System.nanoTime();
    long startCpu = THREADS.getCurrentThreadCpuTime();
    AttackTree tree;
    try {
      tree = TreeFiles.read(List.of(file)); // any format the editor opens
    } catch (TreeFileException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    stage = new Stage();
    window = new MainWindow(stage, tree, file, owner -> Screenshot.NO_DIALOGS,
        RecentFiles.none());
    stage.setWidth(WIDTH);
    stage.setHeight(HEIGHT);
    stage.show();
    window.canvas().fit();
    Runnable[] listener = new Runnable[1];
    listener[0] = () -> {
      if (window.canvas().layouts().pending()) { // laid out in the background
        Platform.requestNextPulse();
        return;
      }
      window.scene().removePostLayoutPulseListener(listener[0]);
      shown.complete(new long[] {System.nanoTime() - start,
          THREADS.getCurrentThreadCpuTime() - startCpu});
    };
    window.scene().addPostLayoutPulseListener(listener[0]);
    Platform.requestNextPulse();
  }

  private void edits() throws IOException, InterruptedException {
    AttackTree tree = onFx(() -> window.document().tree());
    String gate = middle(tree, node -> !node.isLeaf() && node.gate() != Gate.ATLEAST
        && !node.id().equals(tree.root()));
    String leaf = middle(tree, Node::isLeaf);
    onFx(() -> {
      window.canvas().zoomBy(1 / window.canvas().zoom()); // edit at 100 %, as a user reads
      return null;
    });
    edit("rename", leaf, run -> window.document().renameSelected("Renamed step " + run), false);
    edit("toggle AND/OR", gate, run -> window.document().toggleSelected(), false);
    edit("add child", gate, run -> window.document().addChild("New step " + run), true);
    edit("delete step", leaf, run -> window.document().deleteSelected(), true);
    String target = middle(tree, node -> !node.isLeaf() && !node.id().equals(gate)
        && !tree.parents(leaf).contains(node.id()));
    edit("move step", leaf, run -> window.document().moveUnder(leaf, target), true);
    onFx(() -> {
      window.document().selectedProperty().set(leaf);
      return window.clipboard().copySelected();
    });
    edit("paste step", gate, run -> window.clipboard().paste(), true);
    edit("set likelihood", leaf, run -> {
      window.nodePanel().textProperty(NodeField.LIKELIHOOD)
          .set(String.format(java.util.Locale.ROOT, "%.3f", 0.011 + run * 0.001));
      return window.nodePanel().commit(NodeField.LIKELIHOOD);
    }, false);
  }

  /** The node in the middle of file order among those that pass {@code test}. */
  private static String middle(AttackTree tree, java.util.function.Predicate<Node> test) {
    List<String> ids = tree.nodes().values().stream().filter(test).map(Node::id).toList();
    if (ids.isEmpty()) {
      return tree.root();
    }
    return ids.get(ids.size() / 2);
  }

  /**
   * Times {@code verb} on node {@code id}: on the UI thread until the repaint and the pulse's
   * CSS and layout are done, and until the re-scored result is painted.
   */
  private void edit(String name, String id, Function<Integer, Boolean> verb, boolean undo)
      throws IOException, InterruptedException {
    long[] ui = new long[repeat];
    long[] uiCpu = new long[repeat];
    long[] uiGc = new long[repeat];
    long[] shown = new long[repeat];
    long[] publish = new long[repeat];
    long[] publishCpu = new long[repeat];
    long[] placed = new long[repeat];
    long[] landing = new long[repeat];
    long[] landingCpu = new long[repeat];
    boolean background = false;
    for (int run = -warmUp; run < repeat; run++) {
      int number = run + warmUp;
      onFx(() -> {
        window.document().selectedProperty().set(id);
        layout();
        return null;
      });
      awaitAnalysis();
      ResultWatch watch = new ResultWatch();
      LayoutWatch layoutWatch = new LayoutWatch(window.canvas().layouts(), this::layout);
      long[] times = onFx(() -> {
        long start = System.nanoTime();
        long startCpu = THREADS.getCurrentThreadCpuTime();
        long startGc = GcPauses.millis();
        if (!verb.apply(number)) {
          throw new IllegalStateException(name + " was refused: "
              + window.document().messageProperty().get());
        }
        layout();
        long end = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime() - startCpu;
        long gc = GcPauses.millis() - startGc;
        watch.watch(start);
        layoutWatch.watch();
        return new long[] {start, end, cpu, gc * 1_000_000};
      });
      long[] result = await(watch.shown);
      long[] laidOut = await(layoutWatch.landed);
      if (run >= 0) {
        ui[run] = times[1] - times[0];
        uiCpu[run] = times[2];
        uiGc[run] = times[3];
        shown[run] = result[0] - times[0];
        publish[run] = result[1];
        publishCpu[run] = result[2];
        placed[run] = laidOut[0] == 0 ? times[1] - times[0] : laidOut[0] - times[0];
        landing[run] = laidOut[1];
        landingCpu[run] = laidOut[2];
        background |= laidOut[0] != 0;
      }
      if (undo) {
        onFx(() -> {
          window.document().undo();
          return null;
        });
      }
    }
    phases.add(new Phase("edit: " + name + ", UI thread", "< 50", ui, uiCpu, uiGc));
    phases.add(new Phase("edit: " + name + ", until re-score shown", "", shown));
    if (!whileScoring) { // else the result lands with no end of a run to time it from
      phases.add(new Phase("edit: " + name + ", result shown, UI thread", "", publish,
          publishCpu));
    }
    if (background) {
      phases.add(new Phase("edit: " + name + ", until laid out and shown", "", placed));
      phases.add(new Phase("edit: " + name + ", layout landed, UI thread", "< 100", landing,
          landingCpu));
    }
  }

  /** Watches for the result of the current tree; completes with [shown at, UI time, CPU]. */
  private final class ResultWatch {
    final CompletableFuture<long[]> shown = new CompletableFuture<>();
    private long publishStart;
    private long publishCpu;
    private ChangeListener<Boolean> running;
    private ChangeListener<Object> result;

    void watch(long start) {
      AttackTree expected = window.document().tree();
      publishStart = start;
      running = (observable, before, now) -> {
        if (!now) {
          publishStart = System.nanoTime();
          publishCpu = THREADS.getCurrentThreadCpuTime();
        }
      };
      result = (observable, before, after) -> {
        if (scored(expected) && !shown.isDone()) {
          layout();
          long end = System.nanoTime();
          window.results().runningProperty().removeListener(running);
          window.results().scoredProperty().removeListener(result);
          shown.complete(new long[] {end, end - publishStart,
              THREADS.getCurrentThreadCpuTime() - publishCpu});
        }
      };
      window.results().runningProperty().addListener(running);
      window.results().scoredProperty().addListener(result);
    }
  }

  private void pans() throws IOException, InterruptedException {
    int frames = Math.max(20, repeat * 10);
    onFx(() -> {
      window.canvas().zoomBy(1 / window.canvas().zoom());
      return null;
    });
    phases.add(panFrames("pan frame at 100 %", frames));
    double zoom = onFx(() -> {
      window.canvas().fit();
      return window.canvas().zoom();
    });
    phases.add(panFrames(String.format(java.util.Locale.ROOT, "pan frame, whole tree (%.0f %%)",
        zoom * 100), frames));
  }

  private Phase panFrames(String name, int frames) throws IOException, InterruptedException {
    for (int frame = 0; frame < frames; frame++) {
      pan(frame); // warm-up
    }
    long[] nanos = new long[frames];
    long[] cpu = new long[frames];
    for (int frame = 0; frame < frames; frame++) {
      long[] took = pan(frame);
      nanos[frame] = took[0];
      cpu[frame] = took[1];
    }
    return new Phase(name, "< 16", nanos, cpu);
  }

  /** One wheel scroll on the canvas (a pan by 40, 20 pixels, back and forth). */
  private long[] pan(int frame) throws IOException, InterruptedException {
    double dx = frame % 2 == 0 ? 40 : -40;
    double dy = frame % 4 < 2 ? 20 : -20;
    long[] took = onFx(() -> {
      double x = window.canvas().getWidth() / 2;
      double y = window.canvas().getHeight() / 2;
      ScrollEvent scroll = new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, false, false,
          false, false, false, dx, dy, dx, dy, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
          ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
      long start = System.nanoTime();
      long startCpu = THREADS.getCurrentThreadCpuTime();
      Event.fireEvent(window.canvas().canvas(), scroll);
      return new long[] {System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - startCpu};
    });
    Thread.sleep(5); // let a pulse hand the frame to the renderer
    return took;
  }

  private void layout() {
    Parent root = window.scene().getRoot();
    root.applyCss();
    root.layout();
  }

  /** Whether the window shows {@code tree}'s result (or, {@link #whileScoring}, its first). */
  private boolean scored(AttackTree tree) {
    return window.results().isCurrent(tree) || (whileScoring
        && window.document().tree() == tree && window.results().importanceOfLatestPending());
  }

  private void awaitAnalysis() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (onFx(() -> !scored(window.document().tree())
        || window.canvas().layouts().pending())) {
      if (System.nanoTime() > deadline) {
        throw new IOException("the analysis did not finish within " + TIMEOUT_SECONDS + " s");
      }
      Thread.sleep(5);
    }
  }

  private static <T> T await(CompletableFuture<T> future) throws IOException,
      InterruptedException {
    try {
      return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IOException("the benchmark failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IOException("the window did not answer within " + TIMEOUT_SECONDS + " s", e);
    }
  }

  private static <T> T onFx(Supplier<T> action) throws IOException, InterruptedException {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        result.complete(action.get());
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    });
    return await(result);
  }
}
