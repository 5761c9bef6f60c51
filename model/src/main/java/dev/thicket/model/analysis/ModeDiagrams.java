package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Bdd;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The Boolean functions of a tree for one set of counted mitigations, as BDDs, built module by
 * module: each node's function is its gate over its children's inputs, AND the failure variables
 * of its own counted mitigations; a module gate enters its parents' functions as its single
 * variable. Probabilities follow in one ascending pass, a module variable taking its module's
 * probability; {@link #evaluate} repeats that pass for other variable probabilities.
 */
final class ModeDiagrams {
  final TreeIndex index;
  final Variables variables;
  final Modules modules;
  /** Which mitigations are counted (have a variable in these diagrams), by mitigation index. */
  final boolean[] counted;
  final Bdd bdd;
  /**
   * Each node's own function (its module body's inputs as variables); -1 for an inner node whose
   * function a collection dropped ({@link #restoreDropped}).
   */
  final int[] own;
  /** What each node is in its parents' functions: its module variable, or its own function. */
  final int[] input;
  /** The function each module variable stands for; -1 for other variables. */
  final int[] variableFunction;
  /** Probability of each variable (module variables: of their module). */
  double[] variableProbability;
  /** Probability of every BDD node. */
  double[] nodeProbability;
  /**
   * For AND and OR gates of three children or more, the folds of their children's inputs from
   * each child to the last: suffix[node][i] = c_i op … op c_{n−1} (mitigations not applied);
   * null for other nodes. Rebuilding a gate with one child changed then takes two operations.
   */
  final int[][] suffix;
  /** The matching prefix folds c_0 op … op c_i, made on demand ({@link #prefix}). */
  private final int[][] prefix;

  /** Whether a collection dropped the functions of inner nodes ({@link #restoreDropped}). */
  private boolean dropped;
  /** Where build progress goes (and cancellation comes from); see {@link #reportTo}. */
  private Checkpoints checkpoints;
  private final int collectAbove;
  /** How many nodes of {@code index.bottomUp} are built. */
  private int built;
  /** Each node's parents not built yet: the frontier that a collection keeps. */
  private final int[] unbuiltParents;
  private long nextCollection;
  /** Gates folded into their parent when built with collections ({@link DeferredGates}). */
  private final boolean[] deferred;
  /** How a node's function is made from its children's inputs. */
  private final GateFunctions gates;

  /** Variable and node probabilities for one choice of leaf and mitigation probabilities. */
  record Evaluation(double[] variableProbability, double[] nodeProbability) {}

  /**
   * Collect garbage between gates once this many nodes exist (and again whenever the count has
   * doubled since the last collection): about 64 MB of node arrays.
   */
  static final int COLLECT_ABOVE = 4 << 20;

  ModeDiagrams(TreeIndex index, Variables variables, Modules modules, boolean[] counted,
      int nodeBudget, Checkpoints checkpoints) {
    this(index, variables, modules, counted, nodeBudget, checkpoints, COLLECT_ABOVE);
  }

  /** Builds every node's function bottom-up, collecting garbage as {@link #buildUntil} says. */
  ModeDiagrams(TreeIndex index, Variables variables, Modules modules, boolean[] counted,
      int nodeBudget, Checkpoints checkpoints, int collectAbove) {
    this(index, variables, modules, counted, nodeBudget, checkpoints, collectAbove, true);
  }

  /** With {@code build} false, nothing is built yet: {@link #buildUntil} does it. */
  ModeDiagrams(TreeIndex index, Variables variables, Modules modules, boolean[] counted,
      int nodeBudget, Checkpoints checkpoints, int collectAbove, boolean build) {
    this.index = index;
    this.variables = variables;
    this.modules = modules;
    this.counted = counted.clone();
    this.bdd = new Bdd(variables.count, checkpoints, nodeBudget);
    gates = new GateFunctions(bdd, index, variables, this.counted);
    this.checkpoints = checkpoints;
    this.collectAbove = collectAbove;
    own = new int[index.size];
    input = new int[index.size];
    variableFunction = new int[variables.count];
    Arrays.fill(variableFunction, -1);
    suffix = new int[index.size][];
    prefix = new int[index.size][];
    unbuiltParents = new int[index.size];
    for (int node = 0; node < index.size; node++) {
      unbuiltParents[node] = index.parents[node].length;
    }
    nextCollection = collectAbove;
    deferred = collectAbove == Integer.MAX_VALUE ? new boolean[index.size]
        : DeferredGates.of(index, modules, variables);
    if (build) {
      buildUntil(Long.MAX_VALUE);
    }
  }

  /**
   * The same functions in a manager of their own that holds nothing else ({@link Bdd#copyKeeping}),
   * with cancellation checks {@code copyCheckpoints}'; this one is left as it is, so that a second
   * thread can rebuild functions in the copy while this manager goes on ({@link
   * ParallelInterventions}). Probabilities are the same to the last bit. Only once built, with no
   * function dropped ({@link #restoreDropped}).
   */
  ModeDiagrams copy(Checkpoints copyCheckpoints) {
    if (dropped || nodeProbability == null) {
      throw new IllegalStateException("copy only complete diagrams");
    }
    return new ModeDiagrams(this, copyCheckpoints);
  }

  private ModeDiagrams(ModeDiagrams original, Checkpoints copyCheckpoints) {
    index = original.index;
    variables = original.variables;
    modules = original.modules;
    counted = original.counted;
    int[] renumbered = new int[original.bdd.size()];
    bdd = original.bdd.copyKeeping(original.functions(), copyCheckpoints, renumbered);
    gates = new GateFunctions(bdd, index, variables, counted);
    own = renumber(original.own, renumbered);
    input = renumber(original.input, renumbered);
    variableFunction = renumber(original.variableFunction, renumbered);
    suffix = new int[index.size][];
    prefix = new int[index.size][];
    for (int node = 0; node < index.size; node++) {
      suffix[node] = renumber(original.suffix[node], renumbered);
      prefix[node] = renumber(original.prefix[node], renumbered);
    }
    checkpoints = copyCheckpoints;
    collectAbove = original.collectAbove;
    built = original.built;
    unbuiltParents = original.unbuiltParents;
    nextCollection = Long.MAX_VALUE;
    deferred = original.deferred;
    evaluateBase();
  }

  /** Every function held: own functions, inputs, module variables' functions, folds. */
  private int[] functions() {
    IntStream.Builder roots = IntStream.builder();
    for (int node = 0; node < index.size; node++) {
      roots.add(own[node]).add(input[node]);
      for (int[] folds : new int[][] {suffix[node], prefix[node]}) {
        if (folds != null) {
          IntStream.of(folds).forEach(roots);
        }
      }
    }
    return roots.build().toArray();
  }

  /** {@code functions} in a copy's numbers ({@code null} and -1 stay as they are). */
  private static int[] renumber(int[] functions, int[] renumbered) {
    if (functions == null) {
      return null;
    }
    int[] copy = new int[functions.length];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = functions[i] < 0 ? functions[i] : renumbered[functions[i]];
    }
    return copy;
  }

  /**
   * Builds the nodes' functions bottom-up, from where the last call stopped, and pauses between
   * two nodes once the manager has made {@code pauseAt} nodes (collected ones included). Returns
   * whether every node is built (the probabilities are then evaluated). Between gates, once the
   * manager holds {@code collectAbove} nodes or twice as many as after the last collection, it
   * keeps only the module functions and the inputs of nodes with a parent still to build ({@link
   * DiagramCollection}); {@code collectAbove} 0 collects before every gate (tests).
   */
  boolean buildUntil(long pauseAt) {
    if (nodeProbability != null) {
      return true;
    }
    while (built < index.bottomUp.length) {
      if (bdd.nodesMade() >= pauseAt) {
        return false;
      }
      int node = index.bottomUp[built];
      if ((++built & 1023) == 0) {
        checkpoints.step(built, index.size);
      }
      if (bdd.size() >= nextCollection) {
        DiagramCollection.collect(this, unbuiltParents);
        dropped = true;
        nextCollection = collectAbove == 0 ? 0 : Math.max(collectAbove, 2L * bdd.size());
      }
      if (deferred[node]) {
        // Its parent folds it in; its children stay on the frontier until then.
        own[node] = -1;
        input[node] = -1;
        dropped = true;
        continue;
      }
      buildNode(node);
      for (int child : index.children[node]) {
        unbuiltParents[child]--;
        if (deferred[child]) {
          for (int grandchild : index.children[child]) {
            unbuiltParents[grandchild]--;
          }
        }
      }
    }
    evaluateBase();
    return true;
  }

  /**
   * Reports the rest of the build's progress to {@code to} (a manager started on another
   * thread, {@link RaceChallenger}, goes on on the analysis thread). The manager's own
   * cancellation checks stay those it was made with.
   */
  void reportTo(Checkpoints to) {
    checkpoints = to;
  }

  /** How many nodes' functions {@link #buildUntil} has built so far (in bottom-up order). */
  int built() {
    return built;
  }

  /** Builds {@code node}'s own function, input and suffix folds from its children's inputs. */
  private void buildNode(int node) {
    int[] children = index.children[node];
    int[] childInputs = new int[children.length];
    for (int i = 0; i < children.length; i++) {
      childInputs[i] = input[children[i]];
    }
    if (hasFolds(node)) {
      suffix[node] = new int[children.length];
    }
    own[node] = gates.guard(node, index.isLeaf(node)
        ? bdd.variableNode(variables.leafVariable[node])
        : DeferredGates.pending(this, deferred, node)
        ? DeferredGates.fold(this, deferred, node, suffix[node])
        : gates.gate(node, childInputs, suffix[node]));
    int moduleVariable = variables.moduleVariable[node];
    if (moduleVariable >= 0) {
      input[node] = bdd.variableNode(moduleVariable);
      variableFunction[moduleVariable] = own[node];
    } else {
      input[node] = own[node];
    }
  }

  private void evaluateBase() {
    Evaluation evaluation = evaluate(baseProbabilities(counted));
    variableProbability = evaluation.variableProbability();
    nodeProbability = evaluation.nodeProbability();
  }

  /**
   * Builds again the functions a collection dropped (inner nodes' own functions and inputs, suffix
   * folds), for the computations that read every node's function (importance, plans), and
   * evaluates the probabilities again. The same functions as before the collection; nothing when
   * none was dropped. Call before taking any {@link Bdd#mark}.
   */
  void restoreDropped() {
    if (!dropped) {
      return;
    }
    for (int node : index.bottomUp) {
      if (own[node] < 0 || (hasFolds(node) && suffix[node] == null)) {
        buildNode(node);
      }
    }
    dropped = false;
    evaluateBase();
  }

  /** Mitigations counted in {@code mode}, by mitigation index. */
  static boolean[] countedIn(TreeIndex index, Mode mode) {
    boolean[] counted = new boolean[index.mitigation.length];
    for (int m = 0; m < counted.length; m++) {
      counted[m] = index.counts(mode, m);
    }
    return counted;
  }

  /**
   * Leaf likelihoods and mitigation failure probabilities for the variables of these diagrams:
   * a mitigation counted in {@code countedAt} fails with probability 1 − effectiveness, any
   * other always fails (as if it were not there). Module variables are left 0: {@link #evaluate}
   * fills them in.
   */
  double[] baseProbabilities(boolean[] countedAt) {
    double[] base = new double[variables.count];
    for (int v = 0; v < variables.count; v++) {
      int node = variables.nodeOfVariable[v];
      base[v] = node >= 0 && index.isLeaf(node) ? index.likelihood[node] : 0;
    }
    for (int m = 0; m < index.mitigation.length; m++) {
      if (variables.mitigationVariable[m] >= 0) {
        base[variables.mitigationVariable[m]] = failure(index.mitigation[m], countedAt[m]);
      }
    }
    return base;
  }

  /** The probability that a mitigation fails: 1 − effectiveness when counted, else 1. */
  static double failure(Mitigation mitigation, boolean counted) {
    return counted ? 1 - mitigation.effectiveness() : 1;
  }

  /** Every node's probability for {@code base} leaf and mitigation probabilities. O(size). */
  Evaluation evaluate(double[] base) {
    double[] variable = base.clone();
    double[] node = bdd.probabilities(variable, variableFunction);
    for (int v = 0; v < variables.count; v++) {
      if (variableFunction[v] >= 0) {
        variable[v] = node[variableFunction[v]];
      }
    }
    return new Evaluation(variable, node);
  }

  /** P(node achieved), its own mitigations included. */
  double probability(int node) {
    return nodeProbability[own[node]];
  }

  double top() {
    return probability(index.root);
  }

  /** The module whose diagram holds {@code node}'s own function (the node itself for a module). */
  int moduleHolding(int node) {
    return modules.isModule[node] ? node : modules.body[node];
  }

  /**
   * {@code node}'s own function for the given inputs of its children (in child order): its gate,
   * AND its own counted mitigations. A leaf's function is its variable (and mitigations).
   */
  int function(int node, int[] childInputs) {
    return gates.guard(node, index.isLeaf(node)
        ? bdd.variableNode(variables.leafVariable[node]) : gates.gate(node, childInputs, null));
  }

  /** Whether {@code node} keeps folds of its children: an AND or OR of three or more. */
  boolean hasFolds(int node) {
    return (index.gate[node] == Gate.AND || index.gate[node] == Gate.OR)
        && index.children[node].length >= 3;
  }

  /**
   * The prefix folds of a gate that {@link #hasFolds}: prefix[i] = c_0 op … op c_i for i up to
   * n − 2, made once (n − 2 operations) and kept.
   */
  int[] prefix(int node) {
    if (prefix[node] == null) {
      int[] children = index.children[node];
      int[] folds = new int[children.length - 1];
      boolean conjunction = index.gate[node] == Gate.AND;
      folds[0] = input[children[0]];
      for (int i = 1; i < folds.length; i++) {
        folds[i] = conjunction ? bdd.and(folds[i - 1], input[children[i]])
            : bdd.or(folds[i - 1], input[children[i]]);
      }
      prefix[node] = folds;
    }
    return prefix[node];
  }

  /**
   * {@code node}'s own function with the children at {@code first..last} (child positions) given
   * new inputs in {@code childInputs}, the others as built: for a gate that {@link #hasFolds},
   * prefix(first − 1) op (c_first op … op c_last op suffix(last + 1)), last − first + 2
   * operations; else the whole gate again.
   */
  int rebuilt(int node, int[] childInputs, int first, int last) {
    if (!hasFolds(node)) {
      return function(node, childInputs);
    }
    boolean conjunction = index.gate[node] == Gate.AND;
    int n = index.children[node].length;
    int result = last + 1 < n ? suffix[node][last + 1] : conjunction ? Bdd.TRUE : Bdd.FALSE;
    for (int i = last; i >= first; i--) {
      result = conjunction ? bdd.and(childInputs[i], result) : bdd.or(childInputs[i], result);
    }
    if (first > 0) {
      int before = prefix(node)[first - 1];
      result = conjunction ? bdd.and(before, result) : bdd.or(before, result);
    }
    return gates.guard(node, result);
  }
}
