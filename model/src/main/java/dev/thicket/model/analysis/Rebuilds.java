package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Bdd;
import dev.thicket.model.tree.Gate;

/**
 * Functions of a module's gates with some nodes' outcomes replaced, rebuilt over the region
 * between those nodes and the gate only (the gates on their paths up to it, children first); a
 * gate with one changed child costs two diagram operations, from its kept prefix and suffix folds
 * ({@link ModeDiagrams#rebuilt}), and an AND or OR gate none until its function is read ({@link
 * #chained}). Used by {@link Interventions}.
 */
final class Rebuilds {
  private final ModeDiagrams diagrams;
  private final TreeIndex index;
  private final Ancestors ancestors;
  private final int[] changedTo;
  private final int[] changedAt;
  /**
   * A changed gate whose function is left unmade (a chain link): its function is changedTo op
   * unmade[gate], op its own AND or OR, while unmadeAt[gate] is the generation.
   */
  private final int[] unmade;
  private final int[] unmadeAt;
  private int generation;
  /** The gate whose last operation {@link #localOperands} leaves undone; -1 for none. */
  private int splitting = -1;
  /** The operands {@link #rebuilt} left for that gate; null when none of its children changed. */
  private int[] operands;

  Rebuilds(ModeDiagrams diagrams) {
    this.diagrams = diagrams;
    this.index = diagrams.index;
    ancestors = new Ancestors(index);
    changedAt = new int[index.size];
    changedTo = new int[index.size];
    unmade = new int[index.size];
    unmadeAt = new int[index.size];
  }

  /** {@code context}'s function with {@code node}'s outcome replaced by {@code constant}. */
  int local(int node, int context, int constant) {
    return rebuilt(new int[] {node}, new int[] {constant}, context, new int[0])[0];
  }

  /**
   * {@code context}'s function with {@code node}'s outcome replaced by {@code constant}, as the two
   * operands {a, b} of the context gate's last operation: the function is a ∧ b for an AND, a ∨ b
   * for an OR, and is never made. The context must {@link LastOperations#splits}. When none of its
   * children changes: its own function and the operation's identity.
   */
  int[] localOperands(int node, int context, int constant) {
    splitting = context;
    operands = null;
    try {
      rebuilt(new int[] {node}, new int[] {constant}, context, new int[0]);
    } finally {
      splitting = -1;
    }
    if (operands == null) {
      return new int[] {diagrams.own[context], identity(context)};
    }
    int[] result = operands;
    operands = null;
    return result;
  }

  /**
   * {@code context}'s function with the outcome of every {@code seeds[i]} replaced by {@code
   * values[i]}. No seed may lie on another's paths up to the context.
   */
  int withSeeds(int[] seeds, int[] values, int context) {
    return rebuilt(seeds, values, context, new int[0])[0];
  }

  /**
   * The functions of the gates {@code cut} with {@code node}'s outcome replaced by {@code
   * constant}, every path from {@code node} upwards meeting a gate of the cut before {@code
   * context} (so the region stops at the cut).
   */
  int[] cutValues(int node, int constant, int[] cut, int context) {
    return rebuilt(new int[] {node}, new int[] {constant}, context, cut);
  }

  /**
   * Rebuilds the region above the seeds, climbing neither past {@code context} nor past a gate of
   * {@code stops}; returns the new functions of {@code context} (no stops) or of the stops.
   */
  private int[] rebuilt(int[] seeds, int[] values, int context, int[] stops) {
    int[] region = ancestors.upTo(seeds, context, stops);
    generation++;
    for (int i = 0; i < seeds.length; i++) {
      changedAt[seeds[i]] = generation;
      changedTo[seeds[i]] = values[i];
    }
    int[] inputs = new int[4];
    for (int gate : region) {
      if (changedAt[gate] == generation) {
        continue;
      }
      int[] children = index.children[gate];
      if (inputs.length < children.length) {
        inputs = new int[children.length];
      }
      if (gate != splitting && chained(gate)) {
        continue;
      }
      int first = -1;
      int last = -1;
      for (int i = 0; i < children.length; i++) {
        int child = children[i];
        boolean changed = changedAt[child] == generation && made(child);
        if (changed) {
          first = first < 0 ? i : first;
          last = i;
        }
        inputs[i] = changed ? changedTo[child] : diagrams.input[child];
      }
      if (first >= 0 && gate == splitting) {
        operands = LastOperations.operands(diagrams, gate, inputs, first, last);
      } else if (first >= 0) {
        int function = diagrams.rebuilt(gate, inputs, first, last);
        if (function != diagrams.own[gate]) {
          changedAt[gate] = generation;
          changedTo[gate] = function;
        }
      }
    }
    if (stops.length == 0) {
      return new int[] {valueOf(context)};
    }
    int[] result = new int[stops.length];
    for (int i = 0; i < stops.length; i++) {
      result[i] = valueOf(stops[i]);
    }
    return result;
  }

  private int valueOf(int node) {
    return changedAt[node] == generation && made(node) ? changedTo[node] : diagrams.own[node];
  }

  /**
   * Leaves {@code gate}'s function unmade when exactly one of its children changed and the gate
   * is an AND or OR without counted mitigations (decision 38): its function is that child's
   * (new) function op the gate's other children, and when the child is itself an unmade link of
   * the same operation, the other children join the child's unmade part instead. A chain of
   * links g₁ ⊃ g₂ ⊃ … ⊃ gₖ (an OR of leaves and the next OR, as in edf9203's ladders) then costs
   * one operation with the large changed function at its top, not one per link: the unmade
   * parts are functions of the unchanged children only. The function made at the top is the same
   * node (diagrams are canonical). Returns whether the gate was handled so (changed or not).
   */
  private boolean chained(int gate) {
    if (!LastOperations.splits(diagrams, gate)) {
      return false;
    }
    int[] children = index.children[gate];
    int changedChild = -1;
    for (int i = 0; i < children.length; i++) {
      if (changedAt[children[i]] == generation) {
        if (changedChild >= 0) {
          return false;
        }
        changedChild = i;
      }
    }
    if (changedChild < 0) {
      return true;
    }
    int child = children[changedChild];
    int core;
    int part;
    if (unmadeAt[child] == generation && index.gate[child] == index.gate[gate]) {
      core = changedTo[child];
      part = unmade[child];
    } else if (made(child)) {
      core = changedTo[child];
      part = identity(gate);
    } else {
      return true; // its function is its own again: this gate's is too
    }
    int others = othersThan(gate, changedChild);
    changedAt[gate] = generation;
    changedTo[gate] = core;
    unmade[gate] = operation(gate, part, others);
    unmadeAt[gate] = generation;
    return true;
  }

  /** The gate's operation over its children but the one at {@code skipped}, all unchanged. */
  private int othersThan(int gate, int skipped) {
    int[] children = index.children[gate];
    if (diagrams.hasFolds(gate)) {
      int before = skipped > 0 ? diagrams.prefix(gate)[skipped - 1] : identity(gate);
      int after =
          skipped + 1 < children.length ? diagrams.suffix[gate][skipped + 1] : identity(gate);
      return operation(gate, before, after);
    }
    int result = identity(gate);
    for (int i = 0; i < children.length; i++) {
      if (i != skipped) {
        result = operation(gate, result, diagrams.input[children[i]]);
      }
    }
    return result;
  }

  /** {@code a} AND {@code b} for an AND gate, {@code a} OR {@code b} for an OR gate. */
  private int operation(int gate, int a, int b) {
    return index.gate[gate] == Gate.AND ? diagrams.bdd.and(a, b) : diagrams.bdd.or(a, b);
  }

  /** What the gate's operation leaves unchanged: true for an AND, false for an OR. */
  private int identity(int gate) {
    return index.gate[gate] == Gate.AND ? Bdd.TRUE : Bdd.FALSE;
  }

  /**
   * Makes the function of a changed {@code node} if it was left unmade; false when it is then its
   * own function again (the node counts as unchanged, as a rebuilt gate equal to its own does).
   */
  private boolean made(int node) {
    if (unmadeAt[node] == generation) {
      unmadeAt[node] = 0;
      int function = operation(node, changedTo[node], unmade[node]);
      if (function == diagrams.own[node]) {
        changedAt[node] = 0;
        return false;
      }
      changedTo[node] = function;
    }
    return true;
  }
}
