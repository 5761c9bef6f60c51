package dev.thicket.model.analysis;

import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.StepAttributes;

/** The attacker's attributes of every leaf, by node index: what the attacker algorithms read. */
final class StepTable {
  /** The step's cost; NaN when absent (and for gates). */
  final double[] cost;
  /** The step's hours; NaN when absent. */
  final double[] time;
  final Potential[] potential;
  private final TreeIndex index;

  StepTable(TreeIndex index) {
    this.index = index;
    cost = new double[index.size];
    time = new double[index.size];
    potential = new Potential[index.size];
    for (int i = 0; i < index.size; i++) {
      StepAttributes step = index.tree.node(index.ids[i]).attacker();
      cost[i] = step.cost() == null ? Double.NaN : step.cost();
      time[i] = step.time() == null ? Double.NaN : step.time();
      potential[i] = step.potential();
    }
  }

  /** Whether {@code profile} reaches each node's step by its rated factors (gates: true). */
  boolean[] reachable(AttackerProfile profile) {
    boolean[] reachable = new boolean[index.size];
    for (int i = 0; i < index.size; i++) {
      reachable[i] = profile.reaches(potential[i]);
    }
    return reachable;
  }

  /** Whether step {@code leaf} rates every factor, each at most its cap (a rank). */
  boolean within(int leaf, int[] caps) {
    if (!potential[leaf].rated()) {
      return false;
    }
    for (PotentialFactor factor : PotentialFactor.values()) {
      if (potential[leaf].rank(factor) > caps[factor.ordinal()]) {
        return false;
      }
    }
    return true;
  }
}
