package dev.thicket.model.analysis;

import dev.thicket.model.analysis.ParetoPoints.Point;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The front of one function of a module's diagram (the module's own, or a part of its gate) over
 * the candidates it tests and one front point per child module it tests, by depth-first branch
 * and bound: a partial choice is dropped when a point found already beats
 * every completion of it (its cost so far with its probability if every undecided candidate were
 * chosen and every undecided child at its lowest point: in a coherent tree no completion does
 * better). O(2^candidates × Π child front sizes) evaluations at worst.
 */
final class ModuleSearch {
  private final ModuleFronts fronts;
  private final int function;
  private final List<Integer> own;
  private final List<Integer> children = new ArrayList<>();
  private final List<List<Point>> childFronts = new ArrayList<>();
  private final boolean[] chosen;
  private final double[] childProbability;
  private final int[] childPoint;
  private List<Point> found = new ArrayList<>();

  ModuleSearch(ModuleFronts fronts, int function, List<Integer> candidates,
      List<Integer> childModules) {
    this.fronts = fronts;
    this.function = function;
    this.own = candidates;
    for (int child : childModules) {
      children.add(child);
      childFronts.add(fronts.front(child));
    }
    chosen = new boolean[own.size()];
    childProbability = new double[children.size()];
    childPoint = new int[children.size()];
  }

  List<Point> front() {
    search(0, 0, 0);
    return found;
  }

  /** Decides item {@code depth} (own candidates first, then children) onward. */
  private void search(int depth, double cost, int size) {
    int items = own.size() + children.size();
    if (depth == items) {
      fronts.checkpoints().run();
      for (int i = 0; i < children.size(); i++) {
        childProbability[i] = childFronts.get(i).get(childPoint[i]).probability();
      }
      found = ParetoPoints.insert(found, new Point(cost,
          fronts.probability(function, chosen, own, childProbability, children), plan()));
      return;
    }
    if (depth > 0 && ParetoPoints.covers(found, cost, bound(depth), size)) {
      return;
    }
    if (depth < own.size()) {
      chosen[depth] = false;
      search(depth + 1, cost, size);
      chosen[depth] = true;
      search(depth + 1, cost + fronts.cost(own.get(depth)), size + 1);
      chosen[depth] = false;
    } else {
      int child = depth - own.size();
      List<Point> options = childFronts.get(child);
      for (int point = 0; point < options.size(); point++) {
        childPoint[child] = point;
        Point option = options.get(point);
        search(depth + 1, cost + option.cost(), size + option.size());
      }
      childPoint[child] = 0;
    }
  }

  /** The lowest probability a completion can reach: undecided choices at their best. */
  private double bound(int depth) {
    boolean[] optimistic = chosen.clone();
    for (int i = depth; i < own.size(); i++) {
      optimistic[i] = true;
    }
    for (int i = 0; i < children.size(); i++) {
      List<Point> options = childFronts.get(i);
      int point = depth <= own.size() + i ? options.size() - 1 : childPoint[i];
      childProbability[i] = options.get(point).probability();
    }
    return fronts.probability(function, optimistic, own, childProbability, children);
  }

  /** The candidates chosen so far, own and through the children's points. */
  private BitSet plan() {
    BitSet plan = new BitSet();
    for (int i = 0; i < own.size(); i++) {
      if (chosen[i]) {
        plan.set(own.get(i));
      }
    }
    for (int i = 0; i < children.size(); i++) {
      plan.or(childFronts.get(i).get(childPoint[i]).chosen());
    }
    return plan;
  }
}
