package dev.thicket.app.editor.viewmodel;

import dev.thicket.app.editor.layout.CanvasLayout;
import dev.thicket.app.editor.layout.LayoutCache;
import dev.thicket.model.tree.AttackTree;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The canvas's layout of the newest tree (decision 19). An edit that keeps the structure keeps
 * the layout at once ({@link LayoutCache}); a tree of at most {@value #SYNCHRONOUS_NODES} nodes
 * is laid out at once too (a few milliseconds); a larger one is laid out in the background, as
 * the analysis runs ({@link LatestRun}: the newest request wins, an older one's layout is
 * dropped). Meanwhile {@link #layoutProperty} keeps the last layout that landed, which may hold
 * nodes the tree no longer has and lack new ones, and {@link #pendingProperty} is true.
 * Call on the UI thread.
 */
public final class CanvasLayoutViewModel implements AutoCloseable {
  /**
   * Trees up to this size are laid out on the UI thread: medians of 1.0 ms at 2,000 nodes and
   * 1.7 ms at 5,000 on the 2-core machine, JIT warm (decision 35; 10.5 and 29 ms before it,
   * when this was 1,000: decision 19).
   */
  public static final int SYNCHRONOUS_NODES = 5_000;

  /** The layout {@link #prepare} started, for the first window on that very tree. */
  private static final AtomicReference<Prepared> PREPARED = new AtomicReference<>();

  private record Prepared(AttackTree tree, CompletableFuture<CanvasLayout> layout) {}

  private final LayoutCache cache = new LayoutCache();
  private final LatestRun runs;
  private final ReadOnlyObjectWrapper<CanvasLayout> layout = new ReadOnlyObjectWrapper<>();

  /** @param ui runs the hand-over of a background layout on the UI thread */
  public CanvasLayoutViewModel(Executor ui) {
    this.runs = new LatestRun(ui, "thicket-canvas-layout");
  }

  /** The newest layout that landed; null until the first one has. */
  public ReadOnlyObjectProperty<CanvasLayout> layoutProperty() {
    return layout.getReadOnlyProperty();
  }

  public CanvasLayout layout() {
    return layout.get();
  }

  /** True while a newer tree is being laid out (the layout shown is an older tree's). */
  public ReadOnlyBooleanProperty pendingProperty() {
    return runs.runningProperty();
  }

  public boolean pending() {
    return runs.runningProperty().get();
  }

  /**
   * Asks for the layout of {@code tree} with the {@code collapsed} gates closed: set now when
   * the structure is the last layout's or the tree is small, else once the background run lands
   * (unless a newer request came first).
   */
  public void request(AttackTree tree, Set<String> collapsed) {
    Set<String> closed = Set.copyOf(collapsed); // the caller's set may change meanwhile
    Prepared prepared = PREPARED.get();
    if (prepared != null && prepared.tree() == tree && closed.isEmpty()
        && PREPARED.compareAndSet(prepared, null)) {
      CompletableFuture<CanvasLayout> made = prepared.layout();
      if (made.isDone() && !made.isCompletedExceptionally()) {
        runs.cancel();
        show(tree, closed, made.join());
      } else { // the window builds on meanwhile
        runs.start(monitor -> made.join(), done -> show(tree, closed, done),
            failed -> request(tree, closed));
      }
      return;
    }
    CanvasLayout kept = cache.cached(tree, closed);
    if (kept != null || tree.nodes().size() <= SYNCHRONOUS_NODES) {
      runs.cancel();
      show(tree, closed, kept != null ? kept : CanvasLayout.of(tree, closed));
      return;
    }
    runs.start(monitor -> CanvasLayout.of(tree, closed), made -> show(tree, closed, made),
        failed -> {
          throw new IllegalStateException("the canvas layout failed", failed);
        });
  }

  private void show(AttackTree tree, Set<String> closed, CanvasLayout made) {
    cache.remember(tree, closed, made);
    layout.set(made);
  }

  /**
   * Starts laying {@code tree} out (no gate collapsed) on a background thread for the first
   * window that shows this very tree, which takes it over as a pending layout when it lands: at
   * start-up the layout overlaps the JavaFX toolkit's start and the window's construction.
   */
  public static void prepare(AttackTree tree) {
    CompletableFuture<CanvasLayout> made = new CompletableFuture<>();
    PREPARED.set(new Prepared(tree, made));
    Thread thread = new Thread(() -> {
      try {
        made.complete(CanvasLayout.of(tree));
      } catch (RuntimeException | Error failed) {
        made.completeExceptionally(failed);
      }
    }, "thicket-first-layout");
    thread.setDaemon(true);
    thread.start();
  }

  /** For tests: background layouts requested from now on wait until {@code release} completes. */
  public void holdUntil(CompletableFuture<?> release) {
    runs.holdUntil(release);
  }

  @Override
  public void close() {
    runs.close();
  }
}
