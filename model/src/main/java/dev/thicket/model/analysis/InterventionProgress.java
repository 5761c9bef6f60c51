package dev.thicket.model.analysis;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the interventions of the importance are, for the progress bar: the values P(F[X:=1])
 * and P(F[X:=0]) recorded so far, by every worker, against those the dependents need ({@link
 * LinkedInterventions#computes}). Counted value by value, so that the bar moves inside one large
 * module too (das9701's importance is one module of 890 gates; a count by module stood still).
 */
final class InterventionProgress {
  private final LinkedInterventions linked;
  private final long total;
  private final AtomicLong recorded = new AtomicLong();

  /** @param dependents the dependents of each module (null: none) */
  InterventionProgress(LinkedInterventions linked, List<List<Integer>> dependents) {
    this.linked = linked;
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
   * Counts a value published for {@code node} if a dependent needs it (a context records both),
   * and reports the fraction done to {@code at} (which passes it on if its worker reports).
   */
  void published(int node, boolean achieved, Checkpoints at) {
    if (linked.computes(node, achieved)) {
      at.step(recorded.incrementAndGet(), total);
    }
  }
}
