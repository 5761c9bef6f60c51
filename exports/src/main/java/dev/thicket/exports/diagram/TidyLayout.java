package dev.thicket.exports.diagram;

import java.awt.geom.Rectangle2D;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.abego.treelayout.TreeLayout;
import org.abego.treelayout.util.DefaultConfiguration;
import org.abego.treelayout.util.DefaultTreeForTreeLayout;
import org.abego.treelayout.util.FixedNodeExtentProvider;

/**
 * abego TreeLayout (Buchheim et al.'s tidy tree) of equal-sized boxes, run on a thread with a
 * deep stack: its walks recurse once per level, and a valid tree file can be a chain of a
 * hundred thousand nodes, far deeper than a default stack (or the UI thread's) allows.
 */
public final class TidyLayout {
  private static final long STACK_BYTES = 1L << 29;

  private TidyLayout() {}

  /** Where each node's box goes, and the bounds of them all. */
  public record Placed(Map<String, Rectangle2D.Double> nodes, Rectangle2D bounds) {}

  public static Placed of(DefaultTreeForTreeLayout<String> tree, double boxWidth,
      double boxHeight, double levelGap, double nodeGap) {
    AtomicReference<Placed> placed = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        TreeLayout<String> layout = new TreeLayout<>(tree,
            new FixedNodeExtentProvider<>(boxWidth, boxHeight),
            new DefaultConfiguration<>(levelGap, nodeGap));
        placed.set(new Placed(layout.getNodeBounds(), layout.getBounds()));
      } catch (RuntimeException | Error e) {
        failure.set(e);
      }
    }, "thicket-layout", STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("layout interrupted", e);
    }
    if (failure.get() instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure.get() instanceof Error error) {
      throw error;
    }
    return placed.get();
  }
}
