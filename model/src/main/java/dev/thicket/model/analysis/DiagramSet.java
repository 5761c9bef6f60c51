package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.BddTooLargeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The diagrams of a tree: one set per mode, and one counting every mitigation (for the
 * mitigations' effects). Sets that count the same mitigations are built once and shared (a fault
 * tree, without mitigations, gets one build instead of four).
 */
final class DiagramSet {
  private final TreeIndex index;
  private final Modules modules;
  private final Variables variables;
  private final int nodeBudget;
  private final int collectAbove;
  private final Checkpoints checkpoints;
  private final String orderName;
  private final List<ModeDiagrams> built = new ArrayList<>();
  private final Map<Mode, ModeDiagrams> byMode = new EnumMap<>(Mode.class);
  private final ModeDiagrams all;

  /**
   * Builds every set with the variables of {@code first} (the inherent set, built already) or, if
   * null, with largest-first variables; a manager outgrowing {@code nodeBudget} nodes throws
   * {@link BddTooLargeException}.
   */
  private DiagramSet(TreeIndex index, Modules modules, ModeDiagrams first, int nodeBudget,
      int collectAbove, Checkpoints checkpoints) {
    this.index = index;
    this.modules = modules;
    this.variables = first != null ? first.variables
        : new Variables(index, modules, Variables.Order.LARGEST_FIRST);
    this.nodeBudget = nodeBudget;
    this.collectAbove = collectAbove;
    this.checkpoints = checkpoints;
    this.orderName = switch (variables.order) {
      case CHILD_ORDER -> "";
      case LARGEST_FIRST -> " (largest sub-tree first)";
      case SMALLEST_FIRST -> " (smallest sub-tree first)";
    };
    if (first != null) {
      built.add(first);
    }
    for (Mode mode : Mode.values()) {
      byMode.put(mode, shared(ModeDiagrams.countedIn(index, mode), mode.keyword(),
          mode.ordinal()));
    }
    boolean[] every = new boolean[index.mitigation.length];
    Arrays.fill(every, true);
    all = shared(every, "all mitigations", Mode.values().length);
    built.forEach(diagrams -> diagrams.bdd.liftNodeBudget());
  }

  /**
   * The diagrams in the order {@link OrderRace} chooses for the inherent set; if a set counting
   * mitigations then outgrows child order's budget, every set again in largest-first order.
   */
  static DiagramSet build(TreeIndex index, Modules modules, DiagramLimits limits,
      Checkpoints checkpoints) {
    checkpoints.stage("diagrams, " + Mode.INHERENT.keyword(), 0,
        0.5 / (Mode.values().length + 1));
    ModeDiagrams first = OrderRace.build(index, modules, ModeDiagrams.countedIn(index,
        Mode.INHERENT), limits, checkpoints);
    boolean childOrder = first.variables.order == Variables.Order.CHILD_ORDER;
    try {
      return new DiagramSet(index, modules, first,
          childOrder ? limits.firstOrderNodeBudget() : Integer.MAX_VALUE, limits.collectAbove(),
          checkpoints);
    } catch (BddTooLargeException firstOrderTooLarge) {
      return new DiagramSet(index, modules, null, Integer.MAX_VALUE, limits.collectAbove(),
          checkpoints);
    }
  }

  ModeDiagrams of(Mode mode) {
    return byMode.get(mode);
  }

  /** The diagrams in which every mitigation is counted. */
  ModeDiagrams all() {
    return all;
  }

  /** The diagrams counting {@code counted}: built earlier, or now (the {@code step}-th set). */
  private ModeDiagrams shared(boolean[] counted, String name, int step) {
    for (ModeDiagrams other : built) {
      if (Arrays.equals(other.counted, counted)) {
        return other;
      }
    }
    double sets = Mode.values().length + 1;
    checkpoints.stage("diagrams, " + name + orderName, 0.5 * step / sets, 0.5 * (step + 1) / sets);
    ModeDiagrams diagrams = new ModeDiagrams(index, variables, modules, counted, nodeBudget,
        checkpoints, collectAbove);
    built.add(diagrams);
    return diagrams;
  }
}
