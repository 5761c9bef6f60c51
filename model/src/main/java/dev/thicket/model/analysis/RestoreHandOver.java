package dev.thicket.model.analysis;

import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Builds again the functions that the diagrams' collections dropped or that parents fold in
 * ({@link ModeDiagrams#restoreDropped}) before the importance reads them, and, if that keeps the
 * first result waiting longer than {@link #WAIT_NANOS}, hands over meanwhile every node pending,
 * with the probabilities known before the restore (NaN for the nodes whose function is being
 * built again). das9701's restore takes 4.6 s of the 7.8 s to its first result; edf9204's about
 * 0.4 s; most trees' a few milliseconds, and they hand nothing over. Nor does a tree whose gates
 * are all modules: their measures come at once after the restore, nothing would be pending.
 */
final class RestoreHandOver {
  /** How long the restore may keep the first result waiting: a quarter of a second. */
  static final long WAIT_NANOS = 250_000_000L;

  private RestoreHandOver() {}

  /**
   * Restores {@code diagrams}' dropped functions; if some node's is dropped, some gate is not a
   * module and the restore takes longer than {@code waitNanos} (0: at once, before it starts),
   * gives {@code meanwhile}, on this thread, the nodes as they are known before it. Failures and
   * cancellation of the restore are thrown here.
   */
  static void restore(ModeDiagrams diagrams, long waitNanos,
      Consumer<List<NodeImportance>> meanwhile) {
    double[] known = knownProbabilities(diagrams);
    if (known == null || !someGateInsideAModule(diagrams)) {
      diagrams.restoreDropped(); // the folds at most: quick
      return;
    }
    if (waitNanos == 0) {
      meanwhile.accept(pending(diagrams.index, known));
      diagrams.restoreDropped();
      return;
    }
    CompletableFuture<Void> restored = new CompletableFuture<>();
    Thread restoring = DeepStack.thread(() -> {
      try {
        diagrams.restoreDropped();
        restored.complete(null);
      } catch (Throwable t) {
        restored.completeExceptionally(t);
      }
    }, "thicket-restore");
    restoring.start();
    try {
      restored.get(waitNanos, TimeUnit.NANOSECONDS);
    } catch (TimeoutException slow) {
      meanwhile.accept(pending(diagrams.index, known));
    } catch (ExecutionException failedSoon) {
      // thrown below, once the thread has ended
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // kept: the restore still ends first
    } finally {
      DeepStack.joinUninterruptibly(restoring, () -> { });
    }
    try {
      restored.join();
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failed.getCause() instanceof Error error) {
        throw error;
      }
      throw failed;
    }
  }

  /** Each node's probability where its function is held, NaN where not; null if all are. */
  private static double[] knownProbabilities(ModeDiagrams diagrams) {
    double[] known = new double[diagrams.index.size];
    boolean dropped = false;
    for (int node = 0; node < known.length; node++) {
      boolean held = diagrams.own[node] >= 0;
      dropped |= !held;
      known[node] = held ? diagrams.probability(node) : Double.NaN;
    }
    return dropped ? known : null;
  }

  private static boolean someGateInsideAModule(ModeDiagrams diagrams) {
    for (int node = 0; node < diagrams.index.size; node++) {
      if (!diagrams.index.isLeaf(node) && !diagrams.modules.isModule[node]) {
        return true;
      }
    }
    return false;
  }

  private static List<NodeImportance> pending(TreeIndex index, double[] known) {
    List<NodeImportance> nodes = new ArrayList<>(index.size);
    for (int node = 0; node < index.size; node++) {
      Node tree = index.tree.node(index.ids[node]);
      nodes.add(NodeImportance.pending(tree.id(), tree.title(), tree.gate(), known[node]));
    }
    return nodes;
  }
}
