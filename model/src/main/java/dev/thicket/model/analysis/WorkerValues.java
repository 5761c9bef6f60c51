package dev.thicket.model.analysis;

/**
 * Where one worker of {@link Interventions} records P(F[X:=1]) and P(F[X:=0]): into the module's
 * shared arrays for the values it writes ({@link ContextShares#publishes}), and P(F[C:=0]) of
 * every context it made, for itself, whether it writes that value or another worker does (its
 * members' constant needs it; decision 36).
 */
final class WorkerValues {
  private final ContextShares shares;
  private final double[] contextBlocked;
  private double[] achieved;
  private double[] blocked;

  WorkerValues(int nodes, ContextShares shares) {
    this.shares = shares;
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
    }
  }

  /** P(F[C:=0]) of context {@code context}, made by this worker. */
  double contextBlocked(int context) {
    return contextBlocked[context];
  }
}
