package dev.thicket.model.analysis;

import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * How far the interventions of the importance are: the values P(F[X:=1]) and P(F[X:=0]) recorded
 * so far, by every worker, against those the dependents need ({@link
 * LinkedInterventions#computes}). Counted value by value, so that the progress bar moves inside
 * one large module too (das9701's 3,217 pending nodes all lie in one module, r1; a count by
 * module stood still). Which values are in is kept too, and every {@code handOverNanos} the
 * thread that made this hands the results known so far over ({@link ImportanceMeasures};
 * decision 40).
 */
final class InterventionProgress {
  private final LinkedInterventions linked;
  private final long total;
  private final AtomicLong recorded = new AtomicLong();
  /** 1 at 2 × node (P(F[X:=1])) or 2 × node + 1 once that value is published. */
  private final AtomicIntegerArray published;
  private final Thread handingOver = Thread.currentThread();
  private final long handOverNanos;
  private final Consumer<InterventionProgress> handOver;
  private long handedOverAt = System.nanoTime();

  /**
   * @param dependents the dependents of each module (null: none)
   * @param handOver given this, on this thread, every {@code handOverNanos} while values come in
   */
  InterventionProgress(LinkedInterventions linked, List<List<Integer>> dependents, int nodes,
      long handOverNanos, Consumer<InterventionProgress> handOver) {
    this.linked = linked;
    this.published = new AtomicIntegerArray(2 * nodes);
    this.handOverNanos = handOverNanos;
    this.handOver = handOver;
    long values = 0;
    for (List<Integer> list : dependents) {
      if (list != null) {
        for (int node : list) {
          values += (linked.computes(node, true) ? 1 : 0) + (linked.computes(node, false) ? 1 : 0);
        }
      }
    }
    total = values;
  }

  /** Counts from nothing again (one worker computes everything after two ran out of memory). */
  void restart() {
    recorded.set(0);
  }

  /**
   * Notes a value published for {@code node} (written before this call, by any worker); counts
   * it if a dependent needs it (a context records both) and reports the fraction done to {@code
   * at} (which passes it on if its worker reports).
   */
  void published(int node, boolean achieved, Checkpoints at) {
    published.set(2 * node + (achieved ? 0 : 1), 1);
    if (linked.computes(node, achieved)) {
      at.step(recorded.incrementAndGet(), total);
    }
    if (Thread.currentThread() == handingOver) {
      long now = System.nanoTime();
      if (now - handedOverAt >= handOverNanos) {
        handedOverAt = now;
        handOver.accept(this);
      }
    }
  }

  /** Whether value {@code slot} (2 × node, or 2 × node + 1 for P(F[X:=0])) is published. */
  boolean isPublished(int slot) {
    return published.get(slot) == 1;
  }
}
