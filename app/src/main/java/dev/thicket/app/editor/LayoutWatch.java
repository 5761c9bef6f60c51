package dev.thicket.app.editor;

import dev.thicket.app.editor.viewmodel.CanvasLayoutViewModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CompletableFuture;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * {@link EditorBench}'s watch for a canvas layout laid out in the background: {@link #landed}
 * completes with [landed at, UI time of the hand-over and its repaint, its CPU] in nanoseconds,
 * or zeros when none was pending. Create and {@link #watch} on the UI thread.
 */
final class LayoutWatch {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  final CompletableFuture<long[]> landed = new CompletableFuture<>();
  private final CanvasLayoutViewModel layouts;
  private final Runnable cssAndLayout;
  private long start;
  private long startCpu;

  /** @param cssAndLayout the window's CSS and layout pass, timed with the hand-over */
  LayoutWatch(CanvasLayoutViewModel layouts, Runnable cssAndLayout) {
    this.layouts = layouts;
    this.cssAndLayout = cssAndLayout;
  }

  void watch() {
    if (!layouts.pending()) {
      landed.complete(new long[3]);
      return;
    }
    ChangeListener<Boolean> handedOver = (observable, before, pending) -> {
      if (!pending) { // turns false right before the new layout is set
        start = System.nanoTime();
        startCpu = THREADS.getCurrentThreadCpuTime();
      }
    };
    ChangeListener<Object> shown = new ChangeListener<>() {
      @Override
      public void changed(ObservableValue<?> observable, Object before, Object after) {
        // registered after the canvas's own listener: its repaint is done
        cssAndLayout.run();
        long end = System.nanoTime();
        layouts.pendingProperty().removeListener(handedOver);
        layouts.layoutProperty().removeListener(this);
        landed.complete(new long[] {end, end - start,
            THREADS.getCurrentThreadCpuTime() - startCpu});
      }
    };
    layouts.pendingProperty().addListener(handedOver);
    layouts.layoutProperty().addListener(shown);
  }
}
