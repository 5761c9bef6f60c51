package dev.thicket.model.analysis;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntPredicate;

/**
 * Which of several workers computes each node: the first to claim it. Workers that walk the same
 * list in the same order, each taking the next node nobody has taken, share it by how fast each
 * goes (decision 36).
 */
final class WorkClaims {
  /** A single worker's: it computes everything. */
  static final WorkClaims ALL = new WorkClaims(node -> true);

  private final IntPredicate take;

  private WorkClaims(IntPredicate take) {
    this.take = take;
  }

  /** Claims shared by workers over nodes {@code 0..nodes-1}, none claimed yet. */
  static WorkClaims shared(int nodes) {
    AtomicIntegerArray claimed = new AtomicIntegerArray(nodes);
    return new WorkClaims(node -> claimed.compareAndSet(node, 0, 1));
  }

  /** One worker's fixed share: the nodes {@code mine} accepts (tests). */
  static WorkClaims when(IntPredicate mine) {
    return new WorkClaims(mine);
  }

  /** Whether the caller computes {@code node}: with shared claims, true for the first only. */
  boolean take(int node) {
    return take.test(node);
  }
}
