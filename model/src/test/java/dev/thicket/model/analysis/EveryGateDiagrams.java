package dev.thicket.model.analysis;

import dev.thicket.model.tree.AttackTree;

/**
 * The diagrams the importance tests force nodes on: child order, every gate built (no
 * collection, nothing deferred), the mitigations counted in one mode.
 */
final class EveryGateDiagrams {
  private EveryGateDiagrams() {}

  static ModeDiagrams of(AttackTree tree, Mode mode) {
    return of(new TreeIndex(tree), mode);
  }

  static ModeDiagrams of(TreeIndex index, Mode mode) {
    Modules modules = new Modules(index);
    return new ModeDiagrams(index, new Variables(index, modules, Variables.Order.CHILD_ORDER),
        modules, ModeDiagrams.countedIn(index, mode), Integer.MAX_VALUE,
        new Checkpoints(AnalysisMonitor.NONE), Integer.MAX_VALUE);
  }
}
