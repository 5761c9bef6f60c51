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
  private final Checkpoints checkpoints;
  private final String orderName;
  private final int collectAbove;
  private final List<ModeDiagrams> built = new ArrayList<>();
  private final Map<Mode, ModeDiagrams> byMode = new EnumMap<>(Mode.class);
  private final ModeDiagrams all;

  /**
   * Builds every set with the variables in {@code order}; a manager outgrowing {@code
   * nodeBudget} nodes throws {@link BddTooLargeException}. Garbage is collected while building
   * as {@link ModeDiagrams} says ({@code collectAbove}).
   */
  DiagramSet(TreeIndex index, Modules modules, Variables.Order order, int nodeBudget,
      Checkpoints checkpoints, int collectAbove) {
    this.index = index;
    this.collectAbove = collectAbove;
    this.modules = modules;
    this.variables = new Variables(index, modules, order);
    this.nodeBudget = nodeBudget;
    this.checkpoints = checkpoints;
    this.orderName = order == Variables.Order.CHILD_ORDER ? "" : " (largest sub-tree first)";
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
   * The diagrams with the variables in child order while they fit {@code firstOrderNodeBudget}
   * nodes, else in largest-first order (no limit).
   */
  static DiagramSet build(TreeIndex index, Modules modules, int firstOrderNodeBudget,
      Checkpoints checkpoints) {
    return build(index, modules, firstOrderNodeBudget, checkpoints, ModeDiagrams.COLLECT_ABOVE);
  }

  /** As {@link #build(TreeIndex, Modules, int, Checkpoints)}, collecting as {@code collectAbove}. */
  static DiagramSet build(TreeIndex index, Modules modules, int firstOrderNodeBudget,
      Checkpoints checkpoints, int collectAbove) {
    try {
      return new DiagramSet(index, modules, Variables.Order.CHILD_ORDER, firstOrderNodeBudget,
          checkpoints, collectAbove);
    } catch (BddTooLargeException firstOrderTooLarge) {
      return new DiagramSet(index, modules, Variables.Order.LARGEST_FIRST, Integer.MAX_VALUE,
          checkpoints, collectAbove);
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
    ModeDiagrams diagrams =
        new ModeDiagrams(index, variables, modules, counted, nodeBudget, checkpoints, collectAbove);
    built.add(diagrams);
    return diagrams;
  }
}
