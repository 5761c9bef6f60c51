package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Bdd;
import java.util.ArrayList;
import java.util.List;

/**
 * The members of one hub cut S of a context C (decision 26, {@link HubCuts}): C[S:=a] ∧ Δ⁺ and
 * C[S:=a] ∧ Δ⁻ are made once for every outcome a of the hubs, then P(C[X:=c] ∧ Δ) = Σ_a
 * P([S[X:=c] = a] ∧ C[S:=a] ∧ Δ), each member rebuilding only its region up to the hubs. A hub H
 * of S is computed here too, S[H:=c] being c for H and the others' own functions (no hub lies
 * above another). The caller rolls the nodes made back.
 */
final class HubGroups {
  /** P(g ∧ Δ⁺) − P(g ∧ Δ⁻) for every g. */
  interface Sweep {
    double[] of(int[] functions, int plus, int minus);
  }

  private final ModeDiagrams diagrams;
  private final Bdd bdd;
  private final Rebuilds rebuilds;
  private final Checkpoints checkpoints;

  HubGroups(ModeDiagrams diagrams, Rebuilds rebuilds, Checkpoints checkpoints) {
    this.diagrams = diagrams;
    this.bdd = diagrams.bdd;
    this.rebuilds = rebuilds;
    this.checkpoints = checkpoints;
  }

  /**
   * For each group, its hubs that are dependents to compute with it: neither contexts nor taken by
   * an earlier group ({@code doneByHubs}, which this marks).
   */
  static List<List<Integer>> dependentHubs(List<HubCuts.Group> groups, boolean[] isDependent,
      boolean[] isContext, boolean[] doneByHubs) {
    List<List<Integer>> hubMembers = new ArrayList<>();
    for (HubCuts.Group group : groups) {
      List<Integer> forced = new ArrayList<>();
      for (int hub : group.hubs()) {
        if (isDependent[hub] && !isContext[hub] && !doneByHubs[hub]) {
          doneByHubs[hub] = true;
          forced.add(hub);
        }
      }
      hubMembers.add(forced);
    }
    return hubMembers;
  }

  /**
   * P(C[X:=1] ∧ Δ⁺) − P(C[X:=1] ∧ Δ⁻), then the same for X:=0, for each member X of the group
   * and then each of {@code hubMembers}, in that order.
   */
  double[] values(HubCuts.Group group, List<Integer> hubMembers, int context, int plus,
      int minus, Sweep sweep) {
    int[] hubs = group.hubs();
    int outcomes = 1 << hubs.length;
    int[] plusOf = new int[outcomes];
    int[] minusOf = new int[outcomes];
    for (int a = 0; a < outcomes; a++) {
      checkpoints.run();
      int[] values = new int[hubs.length];
      for (int i = 0; i < hubs.length; i++) {
        values[i] = (a >> i & 1) == 1 ? Bdd.TRUE : Bdd.FALSE;
      }
      int function = rebuilds.withSeeds(hubs, values, context);
      plusOf[a] = bdd.and(function, plus);
      minusOf[a] = minus == Bdd.FALSE ? Bdd.FALSE : bdd.and(function, minus);
    }
    List<Integer> nodes = new ArrayList<>(group.members());
    nodes.addAll(hubMembers);
    int[][] indicators = new int[outcomes][2 * nodes.size()];
    for (int j = 0; j < nodes.size(); j++) {
      checkpoints.run();
      int node = nodes.get(j);
      for (int c = 0; c < 2; c++) {
        int constant = c == 0 ? Bdd.TRUE : Bdd.FALSE;
        int[] forced = j < group.members().size()
            ? rebuilds.cutValues(node, constant, hubs, context)
            : forcedHub(hubs, node, constant);
        int[] outcome = indicators(forced);
        for (int a = 0; a < outcomes; a++) {
          indicators[a][2 * j + c] = outcome[a];
        }
      }
    }
    double[] total = new double[2 * nodes.size()];
    for (int a = 0; a < outcomes; a++) {
      if (plusOf[a] == Bdd.FALSE && minusOf[a] == Bdd.FALSE) {
        continue;
      }
      double[] values = sweep.of(indicators[a], plusOf[a], minusOf[a]);
      for (int i = 0; i < total.length; i++) {
        total[i] += values[i];
      }
    }
    return total;
  }

  /** The hubs' functions with {@code hub} forced to {@code constant}, the others as built. */
  private int[] forcedHub(int[] hubs, int hub, int constant) {
    int[] forced = new int[hubs.length];
    for (int i = 0; i < hubs.length; i++) {
      forced[i] = hubs[i] == hub ? constant : diagrams.own[hubs[i]];
    }
    return forced;
  }

  /**
   * [S = a] for every outcome a of the hubs (bit i of a: hub i true), given the hubs' functions:
   * products built one hub at a time, 2 + 4 + … + 2^k conjunctions.
   */
  private int[] indicators(int[] hubFunctions) {
    int[] products = {Bdd.TRUE};
    for (int i = 0; i < hubFunctions.length; i++) {
      int[] next = new int[products.length * 2];
      int negated = bdd.not(hubFunctions[i]);
      for (int a = 0; a < products.length; a++) {
        next[a] = bdd.and(products[a], negated);
        next[a | products.length] = bdd.and(products[a], hubFunctions[i]);
      }
      products = next;
    }
    return products;
  }
}
