package dev.thicket.model.analysis;

import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Birnbaum, Fussell–Vesely, RAW and RRW of every node, leaves and gates, by intervention: from
 * P(T[X:=1]) and P(T[X:=0]), the top event with X's outcome (after its own mitigations) replaced
 * by true or false wherever X occurs, every other event unchanged (docs/analysis.md).
 *
 * <p>Most nodes cost one derivative: T depends on a module M's inside only through M, so for a
 * module X, P(T[X:=c]) = P(T) + (c − P(X)) · ∂P(T)/∂P(X); a leaf whose mitigations guard nothing
 * else is a block of variables seen only through it, so its interventions are cofactors of its
 * variable. A node with a single parent may share an intervention with it ({@link
 * LinkedInterventions}). The others (gates inside a module, leaves sharing a mitigation) go to
 * {@link Interventions}, one module at a time, and enter the top event by the chain rule:
 * P(T[X:=c]) = P(T) + D(M) · (P(M[X:=c]) − P(M)). Reference for the measures: M. Rausand, A.
 * Høyland, "System Reliability Theory", 2nd ed., Wiley 2004, §5.
 */
final class ImportanceMeasures {
  /** Exclusive mitigations failing less often than this make a leaf go the general way. */
  private static final double LEAST_FAILURE = 1e-6;
  /** Results known so far are handed over this often while the interventions run: 2 s. */
  static final long HAND_OVER_NANOS = 2_000_000_000L;

  private final ModeDiagrams diagrams;
  private final Checkpoints checkpoints;
  private final int hubParents;
  private final int keptNodes;
  private final ParallelInterventions.Split split;
  private final int sharedBelow;
  /** How often results are handed over while the interventions run. */
  private long handOverNanos = HAND_OVER_NANOS;
  /** Whether only the nodes that may be critical get their measures ({@link #onlyCritical}). */
  private boolean onlyCritical;
  /** Pair values an absorption walk tries before the cut check ({@link CriticalCandidates}). */
  private long shortWalk = CriticalCandidates.SHORT_WALK;
  /** Whether the candidates over others always go first ({@link DominatorsFirst}; tests). */
  private boolean dominatorsFirstAlways;

  ImportanceMeasures(ModeDiagrams diagrams, Checkpoints checkpoints) {
    this(diagrams, checkpoints, HubCuts.HUB_PARENTS);
  }

  /** With another hub threshold ({@link HubCuts}); tests force hub cuts on small trees. */
  ImportanceMeasures(ModeDiagrams diagrams, Checkpoints checkpoints, int hubParents) {
    this(diagrams, checkpoints, hubParents, Interventions.KEPT_NODES);
  }

  /**
   * With other thresholds: hubs ({@link HubCuts}) and the sub-contexts' nodes a context keeps at
   * once ({@link Interventions#KEPT_NODES}); tests force both paths on small trees.
   */
  ImportanceMeasures(ModeDiagrams diagrams, Checkpoints checkpoints, int hubParents,
      int keptNodes) {
    this(diagrams, checkpoints, hubParents, keptNodes, ParallelInterventions.Split.AUTO,
        ContextShares.SHARED_BELOW);
  }

  /**
   * With the work shared as {@code split} and {@code sharedBelow} say ({@link
   * ParallelInterventions}, {@link ContextShares}); tests force two workers on small trees.
   */
  ImportanceMeasures(ModeDiagrams diagrams, Checkpoints checkpoints, int hubParents,
      int keptNodes, ParallelInterventions.Split split, int sharedBelow) {
    this.sharedBelow = sharedBelow;
    diagrams.restoreDropped();
    this.diagrams = diagrams;
    this.checkpoints = checkpoints;
    this.hubParents = hubParents;
    this.keptNodes = keptNodes;
    this.split = split;
  }

  /** The measures of every node, in file order; contribution in units of {@code impact}. */
  List<NodeImportance> compute(double criticalThreshold, double impact) {
    return compute(criticalThreshold, impact, known -> { });
  }

  /**
   * As {@link #compute(double, double)}, handing {@code known} the nodes whose measures come at
   * once (modules, leaves whose counted mitigations guard nothing else: derivatives), the others
   * {@linkplain NodeImportance#pending() pending}, before the interventions that take the time;
   * not when no node would be pending. While the interventions run, every {@link
   * #HAND_OVER_NANOS} it hands over again if more nodes are known than at the last hand-over
   * (what is known only grows; an unchanged result is not handed over twice).
   */
  List<NodeImportance> compute(double criticalThreshold, double impact,
      Consumer<List<NodeImportance>> known) {
    TreeIndex index = diagrams.index;
    double[] achieved = new double[index.size];
    double[] blocked = new double[index.size];
    boolean[] computed = new boolean[index.size];
    long[] handedOver = {-1};
    boolean[] wanted = interventions(achieved, blocked, computed, criticalThreshold, partial -> {
      long count = partial.count();
      if (count > handedOver[0]) {
        handedOver[0] = count;
        known.accept(measures(partial.computed, partial.achieved, partial.blocked,
            criticalThreshold, impact));
      }
    });
    for (int node = 0; node < computed.length; node++) {
      computed[node] = computed[node] || wanted[node];
    }
    return measures(computed, achieved, blocked, criticalThreshold, impact);
  }

  /**
   * Computes the measures of the nodes that may be critical only ({@link CriticalCandidates});
   * the others stay {@linkplain NodeImportance#pending() pending}. For a summary that lists the
   * critical nodes alone ({@code thicket analyze}).
   */
  ImportanceMeasures onlyCritical() {
    onlyCritical = true;
    return this;
  }

  /**
   * As {@link #onlyCritical()}, an absorption walk checked against the cut after {@code
   * shortWalk} pair values (tests: 0, every walk; {@link Long#MAX_VALUE}, none).
   */
  ImportanceMeasures onlyCritical(long shortWalk) {
    this.shortWalk = shortWalk;
    return onlyCritical();
  }

  /** As {@link #onlyCritical()}, the candidates over others always measured first (tests). */
  ImportanceMeasures onlyCriticalDominatorsFirst() {
    dominatorsFirstAlways = true;
    return onlyCritical();
  }

  /** Hands results over every {@code nanos} while the interventions run (tests: 0, at each). */
  ImportanceMeasures handingOverEvery(long nanos) {
    handOverNanos = nanos;
    return this;
  }

  /** P(T[X:=1]) and P(T[X:=0]) where {@code computed}. */
  private record Known(boolean[] computed, double[] achieved, double[] blocked) {
    long count() {
      long count = 0;
      for (boolean known : computed) {
        count += known ? 1 : 0;
      }
      return count;
    }
  }

  /** Every node's measures where {@code computed}, else pending. */
  private List<NodeImportance> measures(boolean[] computed, double[] achieved, double[] blocked,
      double criticalThreshold, double impact) {
    TreeIndex index = diagrams.index;
    double top = diagrams.top();
    List<NodeImportance> result = new ArrayList<>(index.size);
    for (int node = 0; node < index.size; node++) {
      Node tree = index.tree.node(index.ids[node]);
      if (!computed[node]) {
        result.add(NodeImportance.pending(tree.id(), tree.title(), tree.gate(),
            diagrams.probability(node)));
        continue;
      }
      double p1 = clamp(achieved[node]);
      double p0 = clamp(blocked[node]);
      Double fussellVesely = top > 0 ? (top - p0) / top : null;
      result.add(new NodeImportance(tree.id(), tree.title(), tree.gate(),
          diagrams.probability(node), p1 - p0, fussellVesely, top > 0 ? p1 / top : null,
          p0 > 0 ? top / p0 : null,
          fussellVesely != null && fussellVesely >= criticalThreshold, (top - p0) * impact));
    }
    return result;
  }

  private static double clamp(double probability) {
    return Math.min(1, Math.max(0, probability));
  }

  /**
   * P(T[X:=1]) and P(T[X:=0]) of every node wanted; {@code handOver} gets those of the nodes
   * marked {@code computed} once they are known (derivatives only), if some are not, then while
   * the interventions run, those known so far. Returns the nodes wanted: all, or {@linkplain
   * #onlyCritical those that may be critical} at {@code criticalThreshold}; these in two rounds
   * when some dominate others ({@link DominatorsFirst}), the first round's nodes then {@code
   * computed}.
   */
  private boolean[] interventions(double[] achieved, double[] blocked, boolean[] computed,
      double criticalThreshold, Consumer<Known> handOver) {
    TreeIndex index = diagrams.index;
    Modules modules = diagrams.modules;
    Derivatives derivatives = new Derivatives(diagrams,
        new ModeDiagrams.Evaluation(diagrams.variableProbability, diagrams.nodeProbability));
    double top = diagrams.top();
    int[] attachments = attachments(index);
    for (int node = 0; node < index.size; node++) {
      computed[node] = true;
      if (node == index.root) {
        achieved[node] = 1;
        blocked[node] = 0;
      } else if (modules.isModule[node]) {
        double x = diagrams.probability(node);
        achieved[node] = top + (1 - x) * derivatives.module[node];
        blocked[node] = top - x * derivatives.module[node];
      } else if (index.isLeaf(node) && ownBlock(node, attachments) > LEAST_FAILURE) {
        int holder = modules.body[node];
        double slope = derivatives.of(diagrams.variables.leafVariable[node], holder);
        double p = index.likelihood[node];
        blocked[node] = top - p * slope;
        achieved[node] = blocked[node] + slope / ownBlock(node, attachments);
      } else {
        computed[node] = false;
      }
    }
    LinkedInterventions.computeLinked(diagrams, computed, achieved, blocked);
    for (boolean known : computed) {
      if (!known) {
        handOver.accept(new Known(computed, achieved, blocked));
        break;
      }
    }
    if (!onlyCritical) {
      boolean[] all = everyNode(index.size);
      measure(all, derivatives, achieved, blocked, computed, handOver, split);
      return all;
    }
    CriticalCandidates.Candidates candidates = CriticalCandidates.of(diagrams, derivatives,
        computed, blocked, criticalThreshold, shortWalk);
    boolean[] first = DominatorsFirst.of(index, candidates, computed, criticalThreshold,
        dominatorsFirstAlways);
    if (first != null) {
      // The topmost candidates over others first: their exact FV bounds the nodes below them.
      double firstShare = DominatorsFirst.share(first, candidates.candidate(), computed);
      checkpoints.part(0, firstShare);
      measure(first, derivatives, achieved, blocked, computed, handOver,
          ParallelInterventions.Split.ONE);
      checkpoints.part(firstShare, 1);
      for (int node = 0; node < index.size; node++) {
        computed[node] = computed[node] || first[node];
      }
      candidates = CriticalCandidates.of(diagrams, derivatives, computed, blocked,
          criticalThreshold, shortWalk);
    }
    boolean[] wanted = candidates.candidate();
    measure(wanted, derivatives, achieved, blocked, computed, handOver, split);
    return wanted;
  }

  /** The interventions of the nodes {@code wanted} and not {@code computed}, and their values. */
  private void measure(boolean[] wanted, Derivatives derivatives, double[] achieved,
      double[] blocked, boolean[] computed, Consumer<Known> handOver,
      ParallelInterventions.Split split) {
    TreeIndex index = diagrams.index;
    Modules modules = diagrams.modules;
    LinkedInterventions linked = new LinkedInterventions(diagrams, computed, wanted);
    List<List<Integer>> dependentsByModule = new ArrayList<>();
    for (int i = 0; i < index.size; i++) {
      dependentsByModule.add(null);
    }
    for (int node = 0; node < index.size; node++) {
      if (!computed[node] && (linked.computes(node, true) || linked.computes(node, false))) {
        int holder = modules.body[node];
        if (dependentsByModule.get(holder) == null) {
          dependentsByModule.set(holder, new ArrayList<>());
        }
        dependentsByModule.get(holder).add(node);
      }
    }
    double[] moduleAchieved = new double[index.size];
    double[] moduleBlocked = new double[index.size];
    ModuleValues values = new ModuleValues(dependentsByModule, derivatives, moduleAchieved,
        moduleBlocked);
    if (dependentsByModule.stream().anyMatch(Objects::nonNull)) {
      new ParallelInterventions(diagrams, checkpoints, hubParents, linked, keptNodes,
          sharedBelow).compute(split, modules.bodies(dependentsByModule), dependentsByModule,
          moduleAchieved, moduleBlocked, new InterventionProgress(linked, dependentsByModule,
              index.size, handOverNanos, in -> handOver.accept(
                  values.known(in, linked, computed, wanted, achieved, blocked))));
    }
    values.toTop(null, achieved, blocked, null);
    linked.copy(achieved, blocked);
  }

  /** The dependents' values in their modules, and how they enter the top event. */
  private final class ModuleValues {
    private final List<List<Integer>> dependentsByModule;
    private final Derivatives derivatives;
    private final double[] moduleAchieved;
    private final double[] moduleBlocked;

    ModuleValues(List<List<Integer>> dependentsByModule, Derivatives derivatives,
        double[] moduleAchieved, double[] moduleBlocked) {
      this.dependentsByModule = dependentsByModule;
      this.derivatives = derivatives;
      this.moduleAchieved = moduleAchieved;
      this.moduleBlocked = moduleBlocked;
    }

    /**
     * P(T[X:=c]) = P(T) + D(M) · (P(M[X:=c]) − P(M)) of the dependents X: all, or with {@code
     * in} the values published only, marked in {@code known} (by slot, as {@link
     * InterventionProgress#isPublished}).
     */
    void toTop(InterventionProgress in, double[] achieved, double[] blocked, boolean[] known) {
      double top = diagrams.top();
      for (int module = 0; module < dependentsByModule.size(); module++) {
        List<Integer> dependents = dependentsByModule.get(module);
        if (dependents == null) {
          continue;
        }
        double moduleProbability = diagrams.probability(module);
        double slope = derivatives.module[module];
        for (int node : dependents) {
          if (in == null || in.isPublished(2 * node)) {
            achieved[node] = top + slope * (moduleAchieved[node] - moduleProbability);
            mark(known, 2 * node);
          }
          if (in == null || in.isPublished(2 * node + 1)) {
            blocked[node] = top + slope * (moduleBlocked[node] - moduleProbability);
            mark(known, 2 * node + 1);
          }
        }
      }
    }

    private static void mark(boolean[] known, int slot) {
      if (known != null) {
        known[slot] = true;
      }
    }

    /**
     * The values known while the interventions run: those of the nodes computed at once, those
     * published, and the values linked to them; a node wanted (or computed at once) whose two
     * values are in is computed.
     */
    Known known(InterventionProgress in, LinkedInterventions linked, boolean[] computed,
        boolean[] wanted, double[] achieved, double[] blocked) {
      int nodes = computed.length;
      boolean[] slots = new boolean[2 * nodes];
      for (int node = 0; node < nodes; node++) {
        slots[2 * node] = slots[2 * node + 1] = computed[node];
      }
      double[] nowAchieved = achieved.clone();
      double[] nowBlocked = blocked.clone();
      toTop(in, nowAchieved, nowBlocked, slots);
      linked.copyKnown(nowAchieved, nowBlocked, slots);
      boolean[] now = new boolean[nodes];
      for (int node = 0; node < nodes; node++) {
        now[node] = slots[2 * node] && slots[2 * node + 1] && (computed[node] || wanted[node]);
      }
      return new Known(now, nowAchieved, nowBlocked);
    }
  }

  private static boolean[] everyNode(int size) {
    boolean[] all = new boolean[size];
    Arrays.fill(all, true);
    return all;
  }

  /** How many nodes each mitigation is attached to. */
  private static int[] attachments(TreeIndex index) {
    int[] count = new int[index.mitigation.length];
    for (int[] list : index.mitigations) {
      for (int m : list) {
        count[m]++;
      }
    }
    return count;
  }

  /**
   * For a leaf whose counted mitigations are attached to it alone: the probability that they all
   * fail (1 without any). Its outcome is then its variable AND variables seen nowhere else.
   * Otherwise 0: the leaf goes the general way.
   */
  private double ownBlock(int leaf, int[] attachments) {
    double fail = 1;
    for (int m : diagrams.index.mitigations[leaf]) {
      if (diagrams.counted[m]) {
        if (attachments[m] > 1) {
          return 0;
        }
        fail *= 1 - diagrams.index.mitigation[m].effectiveness();
      }
    }
    return fail;
  }
}
