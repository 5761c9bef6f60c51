package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.DiagramSizes;

/**
 * Which gates of a module's body {@link Interventions} makes contexts (decisions 7, 23, 26 and
 * 41): the module, and the dependent gates that dominate at least {@value #MIN_MEMBERS} other
 * dependent nodes and have several parents, a large function, or a dominator with a large
 * function (members below them then rebuild only small functions and sweep a Δ built once) — but
 * not a gate whose paths up to its context above meet a hub cut, where that context looks for
 * cuts: its members join that context's hub groups ({@link HubCuts}). Cost: the body's size, and
 * a bounded walk of each candidate's function ({@link DiagramSizes#atLeast}).
 */
final class ContextChoice {
  /** A single-parent dominator whose function has this many nodes is made a context. */
  private static final int CONTEXT_NODES = 20_000;
  /**
   * A gate is made a context only when it dominates this many dependent nodes: for a single one,
   * building the gate's Δ costs more than rebuilding that node's region up to the context above.
   */
  private static final int MIN_MEMBERS = 2;
  private static final byte SMALL = 1;
  private static final byte LARGE = 2;

  private final ModeDiagrams diagrams;
  private final TreeIndex index;
  private final BodyDominators dominators;
  private final HubCuts hubCuts;
  private final DiagramSizes sizes;
  // Scratch arrays over all nodes, set only for the body being computed.
  /** How many dependent nodes each node dominates (strictly). */
  private final int[] dominatedDependents;
  private final boolean[] aboveDependent;
  /** 0 not known yet, else {@link #SMALL} or {@link #LARGE} (see {@link #large}). */
  private final byte[] sizeClass;

  /** @param dominators the dominators of the body being computed */
  ContextChoice(ModeDiagrams diagrams, BodyDominators dominators, HubCuts hubCuts) {
    this.diagrams = diagrams;
    this.index = diagrams.index;
    this.dominators = dominators;
    this.hubCuts = hubCuts;
    sizes = new DiagramSizes(diagrams.bdd);
    dominatedDependents = new int[index.size];
    aboveDependent = new boolean[index.size];
    sizeClass = new byte[index.size];
  }

  /**
   * Sets {@code isContext} for the contexts of {@code body} (the module, then its body, parents
   * before children).
   *
   * @param hubsInBody whether the body has a hub at all (else no cut is looked for)
   */
  void mark(int[] body, boolean[] isDependent, boolean hubsInBody, boolean[] isContext) {
    int module = body[0];
    for (int i = body.length - 1; i > 0; i--) {
      int node = body[i];
      dominatedDependents[dominators.of(node)] +=
          dominatedDependents[node] + (isDependent[node] ? 1 : 0);
    }
    isContext[module] = true;
    for (int i = 1; i < body.length; i++) {
      int node = body[i];
      if (isDependent[node] && dominatedDependents[node] >= MIN_MEMBERS && !index.isLeaf(node)
          && (index.parents[node].length > 1 || large(node) || large(dominators.of(node)))) {
        int above = contextAbove(node, isContext);
        isContext[node] = !hubsInBody || !cutsIn(above, module, isContext)
            || !hubCuts.throughHubs(node, above);
      }
    }
  }

  /**
   * Makes the prefix folds of the gates above a dependent node now, before any rollback mark, so
   * that they stay for every rebuild.
   */
  void makePrefixes(int[] body, boolean[] isDependent) {
    for (int i = body.length - 1; i >= 0; i--) {
      int node = body[i];
      if (isDependent[node] || aboveDependent[node]) {
        for (int parent : index.parents[node]) {
          aboveDependent[parent] = true;
        }
      }
    }
    for (int node : body) {
      if (aboveDependent[node] && diagrams.hasFolds(node)) {
        diagrams.prefix(node);
      }
      aboveDependent[node] = false;
    }
  }

  /** Clears what {@link #mark} noted about {@code body}'s nodes. */
  void forget(int[] body) {
    for (int node : body) {
      dominatedDependents[node] = 0;
      sizeClass[node] = 0;
    }
  }

  /**
   * Whether {@link Interventions} looks for hub cuts among the members of {@code context}: where
   * its Boolean difference is built whole, not kept as a filter (decision 41) — the module, the
   * module's own contexts, and every context of a non-coherent tree.
   */
  private boolean cutsIn(int context, int module, boolean[] isContext) {
    return index.nonCoherent || context == module || contextAbove(context, isContext) == module;
  }

  /** The nearest context strictly above {@code node} (marked already). */
  private int contextAbove(int node, boolean[] isContext) {
    int context = dominators.of(node);
    while (!isContext[context]) {
      context = dominators.of(context);
    }
    return context;
  }

  /** Whether the node's own function has {@value #CONTEXT_NODES} nodes or more (remembered). */
  private boolean large(int node) {
    if (sizeClass[node] == 0) {
      sizeClass[node] = sizes.atLeast(diagrams.own[node], CONTEXT_NODES) ? LARGE : SMALL;
    }
    return sizeClass[node] == LARGE;
  }
}
