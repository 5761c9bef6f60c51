package dev.thicket.model.analysis;

/**
 * Where one worker of {@link Interventions} records P(F[X:=1]) and P(F[X:=0]): into the module's
 * shared arrays for the values it writes ({@link ContextShares#publishes}), and P(F[C:=0]) of
 * every context it made, for itself, whether it writes that value or another worker does (its
 * members' constant needs it; decision 36).
 */
final class WorkerValues {
  private final ContextShares shares;
  private final InterventionProgress progress;
  private final Checkpoints checkpoints;
  private final double[] contextBlocked;
  private double[] achieved;
  private double[] blocked;

  /** @param checkpoints the worker's, given the progress of every worker */
  WorkerValues(int nodes, ContextShares shares, InterventionProgress progress,
      Checkpoints checkpoints) {
    this.shares = shares;
    this.progress = progress;
    this.checkpoints = checkpoints;
    this.contextBlocked = new double[nodes];
  }

  /** The arrays, by node, that the module's values go into. */
  void writeInto(double[] probabilityAchieved, double[] probabilityBlocked) {
    achieved = probabilityAchieved;
    blocked = probabilityBlocked;
  }

  /**
   * Records {@code probability} for {@code target}: 2 × node for P(F[X:=1]), 2 × node + 1 for
   * P(F[X:=0]).
   */
  void record(int target, double probability, boolean isContext) {
    int node = target / 2;
    if (target % 2 == 1 && isContext) {
      contextBlocked[node] = probability;
    }
    if (shares.publishes(node, isContext)) {
      (target % 2 == 0 ? achieved : blocked)[node] = probability;
      progress.published(node, target % 2 == 0, checkpoints);
    }
  }

  /** P(F[C:=0]) of context {@code context}, made by this worker. */
  double contextBlocked(int context) {
    return contextBlocked[context];
  }
}
