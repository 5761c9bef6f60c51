package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Zdd;
import dev.thicket.model.tree.AttackerProfile;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * P_profile and the number of scenarios within a profile's reach, exactly (docs/analysis.md,
 * "Attackers"). Coherent trees only (the validation refuses profiles on trees with NOT or XOR).
 *
 * <p>Without a budget or time limit, a set of steps is within reach when each step is, so some
 * within-reach set achieves the goal exactly when the within-reach succeeding steps do: the
 * mode's diagrams are evaluated with the out-of-reach steps at probability 0, and the scenarios
 * are counted on the cut-set ZDD without those steps. With a budget or time limit, reach
 * depends on the whole set: the goal's flat diagram (one BDD over steps and counted mitigation
 * failures, no modules) gives the ZDD of its minimal solutions; by monotonicity some
 * within-reach set achieves the goal exactly when one of those solutions has its steps within
 * reach and fits (mitigations weigh nothing), so the {@link KnapsackFilter}ed family, turned
 * back into a BDD, is the event whose probability is P_profile. Cost: the flat diagrams (built
 * once per set of counted mitigations, shared by the profiles), then per profile and mode a
 * filter and a closure.
 */
final class ProfileReach {
  private final TreeIndex index;
  private final DiagramSet diagrams;
  private final MinimalCutSets cutSets;
  private final StepTable steps;
  private final Checkpoints checkpoints;
  private Modules flatModules;
  private Variables flatVariables;
  private final List<Flat> flats = new ArrayList<>();

  /** The flat diagrams of one set of counted mitigations and their minimal solutions. */
  private record Flat(ModeDiagrams diagrams, Zdd zdd, int solutions) {}

  ProfileReach(TreeIndex index, DiagramSet diagrams, MinimalCutSets cutSets, StepTable steps,
      Checkpoints checkpoints) {
    if (index.nonCoherent) {
      throw new IllegalArgumentException("profiles need a tree without not and xor gates");
    }
    this.index = index;
    this.diagrams = diagrams;
    this.cutSets = cutSets;
    this.steps = steps;
    this.checkpoints = checkpoints;
  }

  ProfileResult of(AttackerProfile profile, double impact) {
    boolean[] reachable = steps.reachable(profile);
    Map<Mode, Double> probability = new EnumMap<>(Mode.class);
    Map<Mode, Double> risk = new EnumMap<>(Mode.class);
    BigInteger scenarios;
    double budget = profile.budget() == null ? Double.POSITIVE_INFINITY : profile.budget();
    double hours = profile.time() == null ? Double.POSITIVE_INFINITY : profile.time();
    for (Mode mode : Mode.values()) {
      double p = profile.boundsScenarios()
          ? bounded(flat(diagrams.of(mode).counted), reachable, budget, hours)
          : withoutUnreachable(diagrams.of(mode), reachable);
      probability.put(mode, p);
      risk.put(mode, p * impact);
    }
    if (profile.boundsScenarios()) {
      Flat inherent = flat(new boolean[index.mitigation.length]);
      int within = filter(inherent, reachable).filter(inherent.solutions, budget, hours);
      scenarios = inherent.zdd.counts(noFamilies(inherent))[within];
    } else {
      scenarios = countWithin(reachable);
    }
    return new ProfileResult(profile.id(), profile.title(), probability, risk, scenarios);
  }

  private double withoutUnreachable(ModeDiagrams mode, boolean[] reachable) {
    double[] base = mode.baseProbabilities(mode.counted);
    for (int node = 0; node < index.size; node++) {
      if (index.isLeaf(node) && !reachable[node]) {
        base[mode.variables.leafVariable[node]] = 0;
      }
    }
    return mode.evaluate(base).nodeProbability()[mode.own[index.root]];
  }

  /** The number of cut sets without an unreachable step: one ascending pass over the ZDD. */
  private BigInteger countWithin(boolean[] reachable) {
    Zdd zdd = cutSets.zdd;
    BigInteger[] count = new BigInteger[zdd.size()];
    count[Zdd.EMPTY] = BigInteger.ZERO;
    count[Zdd.BASE] = BigInteger.ONE;
    for (int node = 2; node < count.length; node++) {
      int v = zdd.variable(node);
      int family = cutSets.moduleFamily[v];
      BigInteger with = family >= 0 ? count[family].multiply(count[zdd.high(node)])
          : reachable[cutSets.nodeOfVariable(v)] ? count[zdd.high(node)] : BigInteger.ZERO;
      count[node] = count[zdd.low(node)].add(with);
    }
    return count[cutSets.root];
  }

  private double bounded(Flat flat, boolean[] reachable, double budget, double hours) {
    int within = filter(flat, reachable).filter(flat.solutions, budget, hours);
    checkpoints.run();
    int event = KnapsackFilter.upwardClosure(flat.zdd, within, flat.diagrams.bdd);
    ModeDiagrams mode = flat.diagrams;
    return mode.bdd.probabilities(mode.baseProbabilities(mode.counted),
        mode.variableFunction)[event];
  }

  private KnapsackFilter filter(Flat flat, boolean[] reachable) {
    Variables variables = flat.diagrams.variables;
    double[] cost = new double[variables.count];
    double[] time = new double[variables.count];
    boolean[] allowed = new boolean[variables.count];
    Arrays.fill(allowed, true);
    for (int v = 0; v < variables.count; v++) {
      int node = variables.nodeOfVariable[v];
      if (node >= 0) {
        cost[v] = Double.isNaN(steps.cost[node]) ? 0 : steps.cost[node];
        time[v] = Double.isNaN(steps.time[node]) ? 0 : steps.time[node];
        allowed[v] = reachable[node];
      }
    }
    return new KnapsackFilter(flat.zdd, cost, time, allowed, checkpoints);
  }

  private int[] noFamilies(Flat flat) {
    int[] none = new int[flat.diagrams.variables.count];
    Arrays.fill(none, -1);
    return none;
  }

  /** The flat diagrams counting {@code counted}, built on first use. */
  private Flat flat(boolean[] counted) {
    for (Flat flat : flats) {
      if (Arrays.equals(flat.diagrams.counted, counted)) {
        return flat;
      }
    }
    if (flatModules == null) {
      flatModules = Modules.rootOnly(index);
      flatVariables = new Variables(index, flatModules, Variables.Order.CHILD_ORDER);
    }
    ModeDiagrams built = new ModeDiagrams(index, flatVariables, flatModules, counted,
        Integer.MAX_VALUE, checkpoints);
    Zdd zdd = new Zdd(built.bdd, checkpoints);
    Flat flat = new Flat(built, zdd, zdd.minimalSolutions(built.own[index.root]));
    flats.add(flat);
    return flat;
  }
}
