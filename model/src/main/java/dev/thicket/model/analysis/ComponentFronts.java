package dev.thicket.model.analysis;

import dev.thicket.model.analysis.ParetoPoints.Point;
import dev.thicket.model.analysis.bdd.Bdd;
import dev.thicket.model.tree.Gate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The front of a module whose inputs are not all independent. When it is an AND or OR (its own
 * mitigations guarding nothing else), its children are grouped into components that share no
 * variable: a component of one sub-module or one leaf of its own brings its front as it is, any
 * other component (children that share a leaf, a mitigation or a sub-module) is searched over the
 * AND or OR of its children alone; the components' fronts are then merged two at a time, as for
 * independent inputs. Otherwise the module's whole function is searched.
 */
final class ComponentFronts {
  private final ModuleFronts fronts;
  private final ModeDiagrams diagrams;
  private final TreeIndex index;
  private final int module;

  ComponentFronts(ModuleFronts fronts, int module) {
    this.fronts = fronts;
    this.diagrams = fronts.diagrams();
    this.index = diagrams.index;
    this.module = module;
  }

  List<Point> front() {
    Gate gate = index.gate[module];
    if ((gate != Gate.AND && gate != Gate.OR) || !ownMitigationsExclusive()) {
      return search(diagrams.own[module]);
    }
    boolean and = gate == Gate.AND;
    int[] children = index.children[module];
    List<List<Integer>> components = components(children);
    List<Point> accumulated = null;
    for (List<Integer> component : components) {
      List<Point> front;
      int first = component.get(0);
      if (component.size() == 1 && diagrams.modules.isModule[first]) {
        front = fronts.front(first);
      } else if (component.size() == 1 && ownLeaf(first)) {
        front = fronts.guarded(first, index.likelihood[first]);
      } else {
        int function = and ? Bdd.TRUE : Bdd.FALSE;
        for (int child : component) {
          function = and ? diagrams.bdd.and(diagrams.input[child], function)
              : diagrams.bdd.or(diagrams.input[child], function);
        }
        front = search(function);
      }
      accumulated = accumulated == null ? front : fronts.combine(accumulated, front, and);
    }
    return fronts.combine(accumulated, fronts.guarded(module, 1), true);
  }

  /** The front of {@code function} over the candidates and child modules it tests. */
  private List<Point> search(int function) {
    List<Integer> candidates = new ArrayList<>();
    List<Integer> children = new ArrayList<>();
    for (int variable : support(function)) {
      int node = diagrams.variables.nodeOfVariable[variable];
      // a leaf that is the root is a module of its own variable, not a child module of itself
      if (node >= 0 && node != module && diagrams.modules.isModule[node]) {
        children.add(node);
      } else if (node < 0) {
        int candidate = fronts.candidateOf(mitigationOf(variable));
        if (candidate >= 0) {
          candidates.add(candidate);
        }
      }
    }
    return new ModuleSearch(fronts, function, candidates, children).front();
  }

  /** The children grouped by shared variables (union-find), in child order. */
  private List<List<Integer>> components(int[] children) {
    int[] parent = new int[children.length];
    Map<Integer, Integer> owner = new HashMap<>();
    for (int i = 0; i < children.length; i++) {
      parent[i] = i;
      for (int variable : support(diagrams.input[children[i]])) {
        Integer other = owner.putIfAbsent(variable, i);
        if (other != null) {
          parent[find(parent, i)] = find(parent, other);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new java.util.LinkedHashMap<>();
    for (int i = 0; i < children.length; i++) {
      groups.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(children[i]);
    }
    return new ArrayList<>(groups.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The variables {@code function} tests, ascending. */
  private int[] support(int function) {
    return java.util.Arrays.stream(diagrams.bdd.nodesOf(function))
        .map(diagrams.bdd::variable).distinct().sorted().toArray();
  }

  private int mitigationOf(int variable) {
    for (int m = 0; m < index.mitigation.length; m++) {
      if (diagrams.variables.mitigationVariable[m] == variable) {
        return m;
      }
    }
    throw new IllegalStateException("no mitigation has variable " + variable);
  }

  private boolean ownLeaf(int node) {
    if (!index.isLeaf(node) || index.parents[node].length > 1) {
      return false;
    }
    for (int m : index.mitigations[node]) {
      if (fronts.attachments()[m] > 1) {
        return false;
      }
    }
    return true;
  }

  private boolean ownMitigationsExclusive() {
    for (int m : index.mitigations[module]) {
      if (fronts.attachments()[m] > 1) {
        return false;
      }
    }
    return true;
  }
}
