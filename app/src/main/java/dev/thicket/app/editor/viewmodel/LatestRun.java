package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.analysis.AnalysisCancelledException;
import dev.thicket.model.analysis.AnalysisMonitor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One background computation at a time, for the newest input, as the editor's live analyses need
 * it: each {@link #start} bumps a generation counter that the older run's {@link AnalysisMonitor}
 * sees as "cancelled"; progress reaches the UI thread (the {@code ui} executor) at most every
 * {@value #PROGRESS_MILLIS} ms; only the newest run's outcome is handed to the UI thread. A run
 * begins only once the UI thread has finished the event that started it (on two cores an edit's
 * own work was otherwise slowed down by the analysis and layout it started).
 */
final class LatestRun implements AutoCloseable {
  /** Least time between two progress updates handed to the UI thread. */
  static final long PROGRESS_MILLIS = 50;
  /**
   * How long a run's early result waits for its final one before it is shown: a small tree's
   * final result follows in milliseconds, and showing the early one first would only flicker.
   */
  static final long EARLY_MILLIS = 400;

  private final Executor ui;
  private final ExecutorService worker;
  private final AtomicLong generation = new AtomicLong();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
  private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper("");
  private volatile long lastMillis;

  /** @param threadName the name of the background thread (a daemon) */
  LatestRun(Executor ui, String threadName) {
    this.ui = ui;
    this.worker = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, threadName);
      thread.setDaemon(true);
      return thread;
    });
  }

  ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** How far the running computation is, 0..1; 1 once it is done. */
  ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** The stage the running computation is in ("diagrams, residual"...). */
  ReadOnlyStringProperty stageProperty() {
    return stage.getReadOnlyProperty();
  }

  /** Wall time of the last computation that completed, in milliseconds. */
  long lastMillis() {
    return lastMillis;
  }

  /**
   * Cancels the running computation because a newer input is on its way: running stays true
   * until the run {@linkplain #start started} for that input hands its outcome over.
   */
  void supersede() {
    generation.incrementAndGet();
    running.set(true);
    progress.set(0);
    stage.set("");
  }

  /**
   * Drops the running computation's outcome (its input is no longer wanted) and turns running
   * false; the run itself may go on until it next asks its monitor.
   */
  void cancel() {
    generation.incrementAndGet();
    running.set(false);
    progress.set(0);
    stage.set("");
  }

  /**
   * Makes the runs started from now on wait until {@code release} completes (tests: an input
   * stays pending for as long as they need it to).
   */
  void holdUntil(CompletableFuture<?> release) {
    worker.execute(release::join);
  }

  /**
   * Runs {@code work} in the background, cancelling the older run; does nothing once {@linkplain
   * #close() closed}. On the UI thread, and only if no newer run started meanwhile, running turns
   * false and {@code done} gets the result, or {@code failed} the error (a cancelled run hands
   * over nothing). Call on the UI thread.
   */
  <T> void start(Function<AnalysisMonitor, T> work, Consumer<T> done,
      Consumer<Throwable> failed) {
    start((monitor, early) -> work.apply(monitor), done, failed);
  }

  /**
   * As {@link #start(Function, Consumer, Consumer)}, and {@code work} may hand over an early
   * result through its second argument: {@code done} gets it on the UI thread, running staying
   * true, when the final result has not come {@value #EARLY_MILLIS} ms later and no newer run has
   * started.
   */
  <T> void start(BiFunction<AnalysisMonitor, Consumer<T>, T> work, Consumer<T> done,
      Consumer<Throwable> failed) {
    if (worker.isShutdown()) {
      return;
    }
    long run = generation.incrementAndGet();
    running.set(true);
    progress.set(0);
    stage.set("");
    AnalysisMonitor monitor = monitor(run);
    AtomicBoolean over = new AtomicBoolean(); // read and set on the UI thread only
    Executor later = CompletableFuture.delayedExecutor(EARLY_MILLIS, TimeUnit.MILLISECONDS, ui);
    Consumer<T> early = result -> later.execute(() -> {
      if (!over.get() && generation.get() == run) {
        done.accept(result);
      }
    });
    // the run waits until the UI thread has handled the event that started it (an edit, say), so
    // that the two do not share the cores while the edit is still being shown
    CompletableFuture<Void> handled = new CompletableFuture<>();
    ui.execute(() -> handled.complete(null));
    worker.execute(() -> {
      try {
        handled.get();
      } catch (InterruptedException | ExecutionException closed) {
        return; // closed (shutdownNow interrupts) before the UI thread got to it
      }
      if (monitor.cancelled()) {
        return;
      }
      long start = System.nanoTime();
      try {
        T result = work.apply(monitor, early);
        lastMillis = (System.nanoTime() - start) / 1_000_000;
        ui.execute(() -> finish(run, over, () -> done.accept(result)));
      } catch (AnalysisCancelledException superseded) {
        // a newer run is on its way
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError error) {
        ui.execute(() -> finish(run, over, () -> failed.accept(error)));
      }
    });
  }

  private void finish(long run, AtomicBoolean over, Runnable handOver) {
    over.set(true);
    if (run != generation.get()) {
      return;
    }
    running.set(false);
    progress.set(1);
    handOver.run();
  }

  /** Hands progress to the UI thread (throttled) and cancels the run once a newer one starts. */
  private AnalysisMonitor monitor(long run) {
    return new AnalysisMonitor() {
      private String lastStage;
      private long lastNanos;

      @Override
      public void progress(String name, double fraction) {
        long now = System.nanoTime();
        if (name.equals(lastStage) && now - lastNanos < PROGRESS_MILLIS * 1_000_000) {
          return;
        }
        lastStage = name;
        lastNanos = now;
        ui.execute(() -> {
          if (generation.get() == run) {
            stage.set(name);
            progress.set(fraction);
          }
        });
      }

      @Override
      public boolean cancelled() {
        return generation.get() != run;
      }
    };
  }

  @Override
  public void close() {
    generation.incrementAndGet();
    worker.shutdownNow();
  }
}
