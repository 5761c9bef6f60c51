package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Bdd;
import dev.thicket.model.analysis.bdd.ConjunctionSweep;
import dev.thicket.model.analysis.bdd.NodeProbabilities;
import dev.thicket.model.analysis.bdd.PairMemo;
import java.util.ArrayList;
import java.util.List;

/**
 * P(F[X:=1]) and P(F[X:=0]) for nodes X inside one module M, F being M's function and F[X:=c] the
 * same function with X's outcome replaced by the constant c wherever X occurs: exact, also when X
 * shares leaves or mitigations with the rest of M (where conditioning on X would measure
 * correlation, not intervention).
 *
 * <p>Method (docs/analysis.md, "Importance of every node"): let C be a dominator of X in M (every
 * path from M to X passes through C). Pointwise, F[X:=c] = ite(C[X:=c], F[C:=1], F[C:=0]), so
 * with Δ⁺_C = F[C:=1] ∧ ¬F[C:=0] and Δ⁻_C = ¬F[C:=1] ∧ F[C:=0],
 * P(F[X:=c]) = P(F) + P(C[X:=c] ∧ Δ⁺_C) − P(C ∧ Δ⁺_C) − P(C[X:=c] ∧ Δ⁻_C) + P(C ∧ Δ⁻_C).
 * C[X:=c] is rebuilt from the region between X and C only; the P(· ∧ Δ_C) come from one sweep of
 * Δ_C per batch ({@link ConjunctionSweep}). Δ_M = (TRUE, FALSE). A context C' below C has, by
 * the Boolean difference's chain rule, Δ⁺_C' = (C[C':=1] ∧ ¬C[C':=0] ∧ Δ⁺_C) ∨ (¬C[C':=1] ∧
 * C[C':=0] ∧ Δ⁻_C) (Δ⁻_C' likewise). In a coherent tree only the module's own contexts get Δ
 * built; deeper, the small factor C[C':=1] ∧ ¬C[C':=0] (a filter) is conjoined with each swept
 * function instead (decision 28). Only some dominators are made contexts (several parents or a
 * large function, over at least two dependent nodes). Temporary nodes are rolled back per batch.
 */
final class Interventions {
  /** Rebuilt functions are rolled back once a batch has made this many nodes. */
  private static final int BATCH_NODES = 4 << 20;
  /**
   * A context keeps its sub-contexts' rebuilt functions, while its own members are computed, up
   * to this many nodes; the rest are made and processed in later chunks, so that a context with
   * many large sub-contexts does not hold all their functions at once (das9701: 89 sub-contexts,
   * some of 6–12 M nodes each; decision 33).
   */
  static final int KEPT_NODES = 8 << 20;
  /** In place of a context's rebuilt functions: another worker computes that context. */
  private static final int NOT_CLAIMED = -1;

  private final ModeDiagrams diagrams;
  private final Bdd bdd;
  private final TreeIndex index;
  private final Checkpoints checkpoints;
  private final NodeProbabilities probabilities;
  private final PairMemo memo;
  private final LastOperations lastOperations;
  private final ConjunctionSweep sweep;
  private final boolean nonCoherent;
  // Scratch arrays over all nodes, set only for the body of the module being computed.
  private final BodyDominators dominators;
  private final boolean[] isDependent;
  private final boolean[] isContext;
  /** Hubs computed as members of a hub cut's group (decision 26), not in their own context. */
  private final boolean[] doneByHubs;
  private final ContextChoice contextChoice;
  private final Rebuilds rebuilds;
  private final HubCuts hubCuts;
  private final HubGroups hubGroups;
  private final LinkedInterventions linked;
  private final int keptNodes;
  /** Which dependents this worker computes ({@link ContextShares}). */
  private final ContextShares shares;
  private final WorkerValues values;
  // The module being computed.
  private int module;
  /** Whether the module's body has a hub at all (else no cut is looked for). */
  private boolean hubsInBody;

  /**
   * @param hubParents the hub threshold ({@link HubCuts}; tests force hub cuts on small trees)
   * @param linked which values are copied from another node afterwards: a member computes only
   *     the others (a context both, for the Δ of its own members)
   * @param keptNodes the most nodes of sub-contexts' functions a context keeps at once ({@link
   *     #KEPT_NODES}; tests make every sub-context a chunk of its own)
   * @param sharedBelow the dependents below a sub-context that make workers share it ({@link
   *     ContextShares#SHARED_BELOW})
   * @param progress where the workers count the values they publish
   */
  Interventions(ModeDiagrams diagrams, Checkpoints checkpoints, int hubParents,
      LinkedInterventions linked, int keptNodes, int sharedBelow, InterventionProgress progress) {
    this.diagrams = diagrams;
    this.shares = new ContextShares(diagrams.index.size, sharedBelow);
    this.values = new WorkerValues(diagrams.index.size, shares, progress, checkpoints);
    this.keptNodes = keptNodes;
    this.linked = linked;
    this.bdd = diagrams.bdd;
    this.index = diagrams.index;
    this.checkpoints = checkpoints;
    this.nonCoherent = index.nonCoherent;
    probabilities = new NodeProbabilities(bdd, diagrams.variableProbability,
        diagrams.nodeProbability);
    memo = new PairMemo(diagrams.variableProbability);
    sweep = new ConjunctionSweep(bdd, memo);
    dominators = new BodyDominators(index);
    isDependent = new boolean[index.size];
    isContext = new boolean[index.size];
    doneByHubs = new boolean[index.size];
    rebuilds = new Rebuilds(diagrams);
    lastOperations = new LastOperations(diagrams, rebuilds, probabilities, memo);
    hubCuts = new HubCuts(index, hubParents);
    contextChoice = new ContextChoice(diagrams, dominators, hubCuts);
    hubGroups = new HubGroups(diagrams, rebuilds, checkpoints);
  }

  /**
   * Computes P(F[X:=1]) and P(F[X:=0]) for every dependent X of {@code body[0]}, F being that
   * module's function, into the two arrays (by node). Cost: the body's size, plus the rebuilt
   * regions and sweeps.
   *
   * @param body the module, then the nodes of its body, parents before children
   * @param dependents the nodes of the body to compute
   * @param claims which of them this instance computes, as {@link ContextShares} says: those it
   *     claims first (the others go to another worker, in a copy of the diagrams)
   * @param below which sub-contexts' insides it computes ({@link ContextShares#computesBelow})
   */
  void compute(int[] body, List<Integer> dependents, double[] probabilityAchieved,
      double[] probabilityBlocked, WorkClaims claims, WorkClaims below) {
    module = body[0];
    values.writeInto(probabilityAchieved, probabilityBlocked);
    dominators.compute(body);
    dependents.forEach(node -> isDependent[node] = true);
    hubsInBody = false;
    for (int i = 1; i < body.length && !hubsInBody; i++) {
      hubsInBody = hubCuts.isHub(body[i]);
    }
    contextChoice.mark(body, isDependent, hubsInBody, isContext);
    contextChoice.makePrefixes(body, isDependent);
    shares.start(body, isDependent, isContext, dominators, claims, below);
    int start = bdd.mark();
    try {
      process(module, Bdd.TRUE, Bdd.FALSE, Bdd.TRUE, diagrams.probability(module));
    } finally {
      // Failed too: what was made is dropped, never kept. A cancelled analysis drops its diagrams
      // whole (rolling back millions of nodes took up to 2 s after an edit: das9701).
      if (!checkpoints.analysisCancelled()) {
        rollback(start);
        bdd.mergeTemporary();
      }
    }
    for (int node : body) {
      isDependent[node] = false;
      isContext[node] = false;
      doneByHubs[node] = false;
    }
    contextChoice.forget(body);
    shares.forget(body);
  }

  /**
   * Computes the members of context {@code context}, then the contexts among them. The rebuilt
   * functions of the contexts among the members are made first, so that those of the others can
   * be rolled back batch by batch while they stay.
   *
   * <p>The context's Boolean difference is {@code filter} ∧ Δ: Δ⁺ and Δ⁻ ({@code plus}, {@code
   * minus}) are built for the module's own contexts only; below them, in a coherent tree, Δ_C' =
   * (C[C':=1] ∧ ¬C[C':=0]) ∧ Δ_C is kept as a factor, the filter, that every swept function is
   * conjoined with (a small function over C's support) instead of a product with the
   * multi-million-node Δ_C (decision 28).
   *
   * @param constant P(C ∧ filter ∧ Δ⁺) − P(C ∧ filter ∧ Δ⁻), which is P(F) − P(F[C:=0])
   */
  private void process(int context, int plus, int minus, int filter, double constant) {
    List<Integer> list = shares.members(context);
    int mark = bdd.mark();
    List<Integer> contexts = list.stream().filter(node -> isContext[node]).toList();
    Batch batch = new Batch(context, plus, minus, filter, constant);
    int[] contextFunctions = new int[2 * contexts.size()];
    int kept = keepContextFunctions(batch, contexts, 0, contextFunctions, mark);
    int batchMark = bdd.mark();
    if (context == module) {
      // The members' rebuilds go in a table of their own, dropped with each batch, up to the
      // last batch. Not in hub groups or deeper contexts: their kept Δ and functions would be
      // entered twice (decision 33).
      bdd.keepTemporaryApart();
    }
    List<Integer> uncut = new ArrayList<>();
    List<Integer> candidates =
        list.stream().filter(node -> !isContext[node] && !doneByHubs[node]).toList();
    // Where Δ is built whole (decision 41): not below a filter, which each group would multiply.
    boolean cuts = hubsInBody && filter == Bdd.TRUE;
    List<HubCuts.Group> groups = cuts ? hubCuts.groups(candidates, context, uncut) : List.of();
    if (!cuts) {
      uncut.addAll(candidates);
    }
    List<List<Integer>> hubMembers =
        HubGroups.dependentHubs(groups, isDependent, isContext, doneByHubs);
    for (int node : uncut) {
      if (doneByHubs[node] || !shares.computes(context, node)) {
        continue;
      }
      if (linked.computes(node, true)) {
        batch.add(node, Bdd.TRUE);
      }
      if (linked.computes(node, false)) {
        batch.add(node, Bdd.FALSE);
      }
      if (bdd.size() - batchMark > BATCH_NODES) {
        batch.finish(batchMark);
      }
    }
    batch.finish(batchMark);
    bdd.mergeTemporary();
    for (int i = 0; i < groups.size(); i++) {
      if (!shares.computes(context, groups.get(i).members().get(0))) {
        continue;
      }
      throughHubs(groups.get(i), hubMembers.get(i), context, plus, minus, constant);
    }
    processContexts(contexts, 0, kept, contextFunctions, context, plus, minus, filter,
        constant);
    for (int from = kept; from < contexts.size(); ) {
      int chunkMark = bdd.mark();
      Batch chunk = new Batch(context, plus, minus, filter, constant);
      int to = keepContextFunctions(chunk, contexts, from, contextFunctions, chunkMark);
      chunk.finish(bdd.mark());
      processContexts(contexts, from, to, contextFunctions, context, plus, minus, filter,
          constant);
      rollback(chunkMark);
      from = to;
    }
    rollback(mark);
  }

  /**
   * Makes both rebuilt functions of the contexts from {@code from} on, into {@code functions}
   * and the batch, while the manager holds at most {@link #keptNodes} nodes more than at
   * {@code mark} (one made at least); returns the index after the last one looked at. A context
   * this worker does not enter ({@link ContextShares#enters}) gets {@link #NOT_CLAIMED}.
   */
  private int keepContextFunctions(Batch batch, List<Integer> contexts, int from,
      int[] functions, int mark) {
    int to = from;
    int made = 0;
    while (to < contexts.size() && (made == 0 || bdd.size() - mark <= keptNodes)) {
      if (shares.enters(batch.context, contexts.get(to))) {
        functions[2 * to] = batch.add(contexts.get(to), Bdd.TRUE);
        functions[2 * to + 1] = batch.add(contexts.get(to), Bdd.FALSE);
        made++;
      } else {
        functions[2 * to] = NOT_CLAIMED;
      }
      to++;
    }
    return to;
  }

  /**
   * Processes the contexts {@code from..to-1} below {@code context} that this worker computes
   * below ({@link ContextShares#computesBelow}), rolling back what each made: first those whose
   * functions it made, then the others' not reached yet, their functions made and swept again.
   */
  private void processContexts(List<Integer> contexts, int from, int to,
      int[] contextFunctions, int context, int plus, int minus, int filter, double constant) {
    for (boolean own : new boolean[] {true, false}) {
      for (int i = from; i < to; i++) {
        int child = contexts.get(i);
        if ((contextFunctions[2 * i] != NOT_CLAIMED) != own
            || !shares.computesBelow(context, child)) {
          continue;
        }
        int childMark = bdd.mark();
        int achievedFunction = contextFunctions[2 * i];
        int blockedFunction = contextFunctions[2 * i + 1];
        if (!own) {
          Batch batch = new Batch(context, plus, minus, filter, constant);
          achievedFunction = batch.add(child, Bdd.TRUE);
          blockedFunction = batch.add(child, Bdd.FALSE);
          batch.finish(bdd.mark());
        }
        processContext(child, achievedFunction, blockedFunction, context, plus, minus);
        rollback(childMark);
      }
    }
  }

  /** Processes sub-context {@code child} of {@code context} from its two rebuilt functions. */
  private void processContext(int child, int achievedFunction, int blockedFunction,
      int context, int plus, int minus) {
    int up = bdd.difference(achievedFunction, blockedFunction);
    double childConstant = diagrams.probability(module) - values.contextBlocked(child);
    if (nonCoherent) {
      int down = bdd.difference(blockedFunction, achievedFunction);
      process(child, bdd.or(bdd.and(up, plus), bdd.and(down, minus)),
          bdd.or(bdd.and(up, minus), bdd.and(down, plus)), Bdd.TRUE, childConstant);
    } else if (context == module) {
      process(child, up, Bdd.FALSE, Bdd.TRUE, childConstant);
    } else {
      process(child, plus, Bdd.FALSE, up, childConstant);
    }
  }

  /** Members of one context whose rebuilt functions wait for one sweep of the context's Δ. */
  private final class Batch {
    private final int context;
    private final int plus;
    private final int minus;
    private final int filter;
    /** P(C ∧ filter ∧ Δ⁺) − P(C ∧ filter ∧ Δ⁻). */
    private final double constant;
    /** 2 × node for P(F[X:=1]), 2 × node + 1 for P(F[X:=0]), one per function. */
    private final List<Integer> targets = new ArrayList<>();
    private final List<Integer> functions = new ArrayList<>();

    Batch(int context, int plus, int minus, int filter, double constant) {
      this.context = context;
      this.plus = plus;
      this.minus = minus;
      this.filter = filter;
      this.constant = constant;
    }

    /**
     * Rebuilds the context's function with {@code node} made {@code value}; returns it, AND the
     * filter, as swept. Where the context's function does not change, F does not either: the
     * value is P(F) exactly, with nothing to sweep.
     */
    int add(int node, int value) {
      checkpoints.run();
      int target = 2 * node + (value == Bdd.TRUE ? 0 : 1);
      if (readsLastOperation(node)) {
        values.record(target, diagrams.probability(module)
            + lastOperations.probability(node, context, value) - constant, isContext[node]);
        return Bdd.FALSE;
      }
      int function = rebuilds.local(node, context, value);
      if (function == diagrams.own[context] && !isContext[node]) {
        values.record(target, diagrams.probability(module), isContext[node]);
        return function;
      }
      int swept = bdd.and(function, filter);
      targets.add(target);
      functions.add(swept);
      return swept;
    }

    /**
     * Whether {@code node}'s value is read from the operands of the context's last operation
     * instead of a swept function: a member (not a context) of the module's own context (Δ⁺ =
     * true, so the sweep would read the function's probability), the module an AND or OR gate.
     * That operation, where the rebuilt function meets the module's largest functions, is then
     * never made (decision 33).
     */
    private boolean readsLastOperation(int node) {
      return context == module && plus == Bdd.TRUE && minus == Bdd.FALSE && filter == Bdd.TRUE
          && !isContext[node] && LastOperations.splits(diagrams, context);
    }

    /** Sweeps, records P(F[X:=1]) and P(F[X:=0]) of the batch, rolls its functions back. */
    void finish(int batchMark) {
      if (!targets.isEmpty()) {
        double[] swept =
            sweep(functions.stream().mapToInt(Integer::intValue).toArray(), plus, minus);
        double whole = diagrams.probability(module);
        for (int i = 0; i < targets.size(); i++) {
          int target = targets.get(i);
          values.record(target, whole + swept[i] - constant, isContext[target / 2]);
        }
      }
      targets.clear();
      functions.clear();
      rollback(batchMark);
    }
  }

  /** P(g ∧ Δ⁺) − P(g ∧ Δ⁻) for every g. */
  private double[] sweep(int[] functions, int plus, int minus) {
    return sweep.differences(plus, minus, functions, probabilities.update());
  }

  private void rollback(int mark) {
    if (bdd.size() > mark) {
      bdd.rollback(mark);
      probabilities.rollback(mark);
      memo.clear();
      lastOperations.clear();
    }
  }

  /**
   * The members of one hub cut (and the dependent hubs of it) of {@code context}, by {@link
   * HubGroups}.
   *
   * @param constant P(C ∧ Δ⁺) − P(C ∧ Δ⁻) of the context
   */
  private void throughHubs(HubCuts.Group group, List<Integer> hubMembers, int context, int plus,
      int minus, double constant) {
    int mark = bdd.mark();
    List<Integer> nodes = new ArrayList<>(group.members());
    nodes.addAll(hubMembers);
    double[] total = hubGroups.values(group, hubMembers, context, plus, minus, this::sweep);
    double whole = diagrams.probability(module);
    for (int j = 0; j < nodes.size(); j++) {
      values.record(2 * nodes.get(j), whole + total[2 * j] - constant, false);
      values.record(2 * nodes.get(j) + 1, whole + total[2 * j + 1] - constant, false);
    }
    rollback(mark);
  }
}
