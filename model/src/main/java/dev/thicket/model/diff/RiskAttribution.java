package dev.thicket.model.diff;

import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.InvalidTreeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Splits the residual-risk change between two trees over their change units. Up to {@link
 * ChangeUnits#SHAPLEY_LIMIT} units: exact Shapley values, φᵢ = Σ_{S ⊆ N∖{i}} |S|!(n−|S|−1)!/n! ·
 * (v(S ∪ {i}) − v(S)), where v(S) is the residual risk of the old tree with the units of S
 * applied; they sum to v(N) − v(∅) (efficiency). Beyond: the units are applied one at a time
 * in the new tree's document order and each gets the change of its step (sequential). Cost:
 * 2ⁿ (Shapley) or n + 1 (sequential) evaluations of v, by {@link SubsetRisk}: one diagram build
 * per subset of the units that change the structure, one diagram pass per subset. Reference:
 * L. S. Shapley, "A value for n-person games", 1953.
 */
final class RiskAttribution {
  private RiskAttribution() {}

  static Attribution of(Structure structure) {
    try {
      ChangeUnits units = new ChangeUnits(structure, false);
      return ofSubsets(units, new SubsetRisk(units), ChangeUnits.SHAPLEY_LIMIT);
    } catch (InvalidTreeException fineUnitsClash) {
      ChangeUnits units = new ChangeUnits(structure, true);
      return ofSubsets(units, new SubsetRisk(units), ChangeUnits.SHAPLEY_LIMIT);
    }
  }

  /** v of one tree from a fresh analysis: the reference {@link SubsetRisk} must equal. */
  static double residualRisk(AttackTree tree) {
    return TreeAnalysis.probabilities(tree, AnalysisMonitor.NONE).get(Mode.RESIDUAL)
        * tree.rootImpact();
  }

  /** The reference: {@code value} of the old tree with each subset applied, built anew. */
  static Attribution of(ChangeUnits changeUnits, ToDoubleFunction<AttackTree> value) {
    return of(changeUnits, value, ChangeUnits.SHAPLEY_LIMIT);
  }

  /** The reference with Shapley values up to {@code shapleyLimit} units (tests lower it). */
  static Attribution of(ChangeUnits changeUnits, ToDoubleFunction<AttackTree> value,
      int shapleyLimit) {
    return ofSubsets(changeUnits, chosen -> value.applyAsDouble(changeUnits.apply(chosen)),
        shapleyLimit);
  }

  /**
   * With Shapley values up to {@code shapleyLimit} units, over the units that change something
   * a risk reads ({@link RiskInputs}): the others get 0 in any case, and are left out so that
   * they neither use up the limit nor show as reasons.
   */
  static Attribution ofSubsets(ChangeUnits changeUnits, SubsetValue value, int shapleyLimit) {
    List<ChangeUnit> units = changeUnits.units().stream()
        .filter(unit -> !RiskInputs.unread(unit, changeUnits.old(), changeUnits.neu()))
        .toList();
    int n = units.size();
    if (n <= shapleyLimit) {
      double[] values = values(units, value);
      double[] shares = shapley(values, n);
      return attribution(Attribution.Method.SHAPLEY, values[0], values[values.length - 1],
          units, shares);
    }
    double[] shares = new double[n];
    double before = value.of(List.of());
    double previous = before;
    for (int i = 0; i < n; i++) {
      double next = value.of(units.subList(0, i + 1));
      shares[i] = next - previous;
      previous = next;
    }
    return attribution(Attribution.Method.SEQUENTIAL, before, previous, units, shares);
  }

  /**
   * v of every subset, indexed by bit mask, evaluated grouped by the units that {@link
   * SubsetValue#rebuilds}: for each subset of those, every subset of the others.
   */
  private static double[] values(List<ChangeUnit> units, SubsetValue value) {
    int rebuilding = 0;
    for (int i = 0; i < units.size(); i++) {
      rebuilding |= value.rebuilds(units.get(i)) ? 1 << i : 0;
    }
    int others = ((1 << units.size()) - 1) & ~rebuilding;
    double[] values = new double[1 << units.size()];
    for (int outer = rebuilding; ; outer = (outer - 1) & rebuilding) {
      for (int inner = others; ; inner = (inner - 1) & others) {
        values[outer | inner] = value.of(chosen(units, outer | inner));
        if (inner == 0) {
          break;
        }
      }
      if (outer == 0) {
        break;
      }
    }
    return values;
  }

  /**
   * Shapley values of the game {@code values} (indexed by subset bit mask) of {@code n} players,
   * each sum compensated (Neumaier) so that they add up to the total to a few ulps.
   */
  static double[] shapley(double[] values, int n) {
    double[] weight = new double[Math.max(n, 1)];
    for (int size = 0; size < n; size++) {
      weight[size] = 1.0 / (n * binomial(n - 1, size));
    }
    double[] shares = new double[n];
    for (int i = 0; i < n; i++) {
      int bit = 1 << i;
      double sum = 0;
      double compensation = 0;
      for (int mask = 0; mask < values.length; mask++) {
        if ((mask & bit) != 0) {
          continue;
        }
        double term = weight[Integer.bitCount(mask)] * (values[mask | bit] - values[mask]);
        double next = sum + term;
        compensation += Math.abs(sum) >= Math.abs(term) ? (sum - next) + term
            : (term - next) + sum;
        sum = next;
      }
      shares[i] = sum + compensation;
    }
    return shares;
  }

  private static double binomial(int n, int k) {
    double result = 1;
    for (int i = 1; i <= k; i++) {
      result = result * (n - k + i) / i;
    }
    return Math.rint(result);
  }

  static List<ChangeUnit> chosen(List<ChangeUnit> units, int mask) {
    List<ChangeUnit> chosen = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        chosen.add(units.get(i));
      }
    }
    return chosen;
  }

  private static Attribution attribution(Attribution.Method method, double before, double after,
      List<ChangeUnit> units, double[] shares) {
    List<Attribution.Share> list = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      list.add(new Attribution.Share(units.get(i), shares[i]));
    }
    return new Attribution(method, before, after, list);
  }
}
