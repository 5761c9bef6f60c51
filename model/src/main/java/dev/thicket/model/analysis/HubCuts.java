package dev.thicket.model.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the members of a context C by the hubs their paths up to C pass through (decisions 26
 * and 41). A hub is a gate with at least {@value #HUB_PARENTS} parents. When every path from a
 * member X up to C meets a hub, the last hub on each path (the hubs nearest C) form a cut S;
 * when S is small, C[X:=c] = C[S:=S[X:=c]], so P(C[X:=c] ∧ Δ) = Σ_a P([S[X:=c] = a] ∧ C[S:=a] ∧
 * Δ) over the 2^|S| outcomes a of S. The functions C[S:=a] (the costly rebuilds up to C) are
 * then made once per group, and each member rebuilds only its region up to the hubs.
 */
final class HubCuts {
  /** A gate with this many parents is a hub. */
  static final int HUB_PARENTS = 3;
  /** At most this many hubs in a cut (2^4 = 16 functions C[S:=a] per group). */
  static final int MAX_HUBS = 4;

  /** Members sharing one cut. */
  record Group(int[] hubs, List<Integer> members) {}

  private final TreeIndex index;
  private final int hubParents;
  private final int[] seen;
  private final Ancestors ancestors;
  /** The generation in which a gate was found free ({@link #cut}). */
  private final int[] free;
  private int generation;

  HubCuts(TreeIndex index) {
    this(index, HUB_PARENTS);
  }

  /** With another hub threshold (tests force the method on small trees). */
  HubCuts(TreeIndex index, int hubParents) {
    this.index = index;
    this.hubParents = hubParents;
    seen = new int[index.size];
    ancestors = new Ancestors(index);
    free = new int[index.size];
  }

  /**
   * The groups worth computing through their cut: at least two members, and 2^|S| at most
   * twice the member rebuilds they replace (2 per member). Members in no such group are added to
   * {@code rest}, in their order.
   */
  List<Group> groups(List<Integer> members, int context, List<Integer> rest) {
    Map<String, Group> byCut = new LinkedHashMap<>();
    for (int member : members) {
      int[] hubs = cut(member, context);
      if (hubs != null) {
        byCut.computeIfAbsent(Arrays.toString(hubs), key -> new Group(hubs, new ArrayList<>()))
            .members().add(member);
      }
    }
    List<Group> worth = new ArrayList<>();
    Set<Integer> grouped = new HashSet<>();
    for (Group group : byCut.values()) {
      int size = group.members().size();
      if (size >= 2 && 1 << group.hubs().length <= 4 * size) {
        worth.add(group);
        grouped.addAll(group.members());
      }
    }
    for (int member : members) {
      if (!grouped.contains(member)) {
        rest.add(member);
      }
    }
    return worth;
  }

  /** Whether every path from {@code node} up to {@code context} meets a hub first (a small cut). */
  boolean throughHubs(int node, int context) {
    return cut(node, context) != null;
  }

  /**
   * The hubs nearest {@code context} on the paths up from {@code node}: on every path, the last
   * hub before the context; sorted. Null when a path reaches the context without a hub, when
   * there are more than {@value #MAX_HUBS}, or when one lies above another (its rebuilt
   * function would miss the other's change). Cost: the node's ancestors below the context.
   */
  private int[] cut(int node, int context) {
    int[] up = ancestors.upTo(node, context);
    int marked = ++generation;
    // free: a gate with a path up to the context through no hub (the gate itself may be one)
    List<Integer> hubs = new ArrayList<>();
    for (int i = up.length - 1; i >= 0; i--) {
      int gate = up[i];
      if (gate != context && hasFreePath(gate, context, marked)) {
        free[gate] = marked;
        if (isHub(gate)) {
          hubs.add(gate);
          if (hubs.size() > MAX_HUBS) {
            return null;
          }
        }
      }
    }
    if (hubs.isEmpty() || hasFreePath(node, context, marked)) {
      return null;
    }
    for (int hub : hubs) {
      if (reachesAnother(hub, hubs, context)) {
        return null;
      }
    }
    return hubs.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /** Whether a parent of {@code gate} is the context, or a free gate that is not a hub. */
  private boolean hasFreePath(int gate, int context, int marked) {
    for (int parent : index.parents[gate]) {
      if (parent == context || (free[parent] == marked && !isHub(parent))) {
        return true;
      }
    }
    return false;
  }

  boolean isHub(int gate) {
    return index.parents[gate].length >= hubParents;
  }

  /** Whether a path up from {@code hub} (below the context) meets another gate of {@code hubs}. */
  private boolean reachesAnother(int hub, List<Integer> hubs, int context) {
    generation++;
    List<Integer> stack = new ArrayList<>(List.of(hub));
    while (!stack.isEmpty()) {
      int current = stack.remove(stack.size() - 1);
      for (int parent : index.parents[current]) {
        if (parent != context && seen[parent] != generation) {
          if (hubs.contains(parent)) {
            return true;
          }
          seen[parent] = generation;
          stack.add(parent);
        }
      }
    }
    return false;
  }
}
