package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Bdd;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Boolean functions of an attack tree as BDDs, one per node and mode, in one shared manager.
 *
 * <p>Variables: one per leaf ("the step succeeds", probability = likelihood, or the scale's medium
 * level when unestimated) and one per mitigation ("the mitigation fails", probability 1 −
 * effectiveness). A node's function in a mode is its gate over its children's functions, AND the
 * failure variables of its own mitigations that count in that mode. Variables are ordered by a
 * depth-first walk from the root in child order, a mitigation right before the subtree it guards:
 * this keeps the diagram of a tree without sharing linear in its size.
 */
public final class TreeDiagrams {
  private final AttackTree tree;
  private final Bdd bdd;
  private final Map<String, Integer> leafVariable = new HashMap<>();
  private final Map<String, Integer> mitigationVariable = new HashMap<>();
  private final List<String> variableNames = new ArrayList<>();
  private final List<Boolean> variableIsLeaf = new ArrayList<>();
  private final double[] variableProbability;
  private final List<String> unestimated = new ArrayList<>();
  private final Map<Mode, Map<String, Integer>> functions = new EnumMap<>(Mode.class);

  /** Builds the diagrams of every node in the given modes. Must run on a {@link DeepStack}. */
  TreeDiagrams(AttackTree tree, List<Mode> modes) {
    this.tree = tree;
    orderVariables();
    this.bdd = new Bdd(variableNames.size());
    this.variableProbability = new double[variableNames.size()];
    assignProbabilities();
    for (Mode mode : modes) {
      functions.put(mode, build(mode));
    }
  }

  private void orderVariables() {
    Deque<String> stack = new ArrayDeque<>();
    stack.push(tree.root());
    Set<String> visited = new HashSet<>();
    while (!stack.isEmpty()) {
      String id = stack.pop();
      if (!visited.add(id)) {
        continue;
      }
      Node node = tree.node(id);
      for (String mitigation : node.mitigations()) {
        if (!mitigationVariable.containsKey(mitigation)) {
          mitigationVariable.put(mitigation, variableNames.size());
          variableNames.add(mitigation);
          variableIsLeaf.add(false);
        }
      }
      if (node.isLeaf()) {
        leafVariable.put(id, variableNames.size());
        variableNames.add(id);
        variableIsLeaf.add(true);
      }
      List<String> children = node.children();
      for (int i = children.size() - 1; i >= 0; i--) {
        if (!visited.contains(children.get(i))) {
          stack.push(children.get(i));
        }
      }
    }
  }

  private void assignProbabilities() {
    double medium = tree.scales().defaultLikelihood();
    leafVariable.forEach(
        (id, v) -> {
          Node leaf = tree.node(id);
          if (leaf.likelihood() == null) {
            variableProbability[v] = medium;
          } else {
            variableProbability[v] = leaf.likelihood().resolve(tree.scales().likelihood());
          }
        });
    for (Node node : tree.nodes().values()) {
      if (node.isLeaf() && node.likelihood() == null) {
        unestimated.add(node.id());
      }
    }
    mitigationVariable.forEach(
        (id, v) -> variableProbability[v] = 1 - tree.mitigations().get(id).effectiveness());
  }

  private Map<String, Integer> build(Mode mode) {
    Map<String, Integer> function = new HashMap<>();
    for (String id : tree.bottomUpOrder()) {
      Node node = tree.node(id);
      int raw = node.isLeaf() ? bdd.variableNode(leafVariable.get(id)) : gate(node, function);
      function.put(id, guarded(raw, node, mode));
    }
    return function;
  }

  private int gate(Node node, Map<String, Integer> function) {
    List<String> children = node.children();
    int[] child = new int[children.size()];
    for (int i = 0; i < child.length; i++) {
      child[i] = function.get(children.get(i));
    }
    return switch (node.gate()) {
      case AND -> fold(child, true);
      case OR -> fold(child, false);
      case ATLEAST -> atLeast(node.k(), child);
      case LEAF -> throw new IllegalStateException("a leaf is not a gate");
    };
  }

  private int fold(int[] children, boolean conjunction) {
    int result = conjunction ? Bdd.TRUE : Bdd.FALSE;
    for (int i = children.length - 1; i >= 0; i--) {
      result = conjunction ? bdd.and(children[i], result) : bdd.or(children[i], result);
    }
    return result;
  }

  /** At least k of n: atLeast(i, j) = c_i ∧ atLeast(i+1, j−1) ∨ atLeast(i+1, j); O(n·k) steps. */
  private int atLeast(int k, int[] children) {
    int n = children.length;
    int[] next = new int[k + 1];
    next[0] = Bdd.TRUE;
    for (int j = 1; j <= k; j++) {
      next[j] = Bdd.FALSE;
    }
    for (int i = n - 1; i >= 0; i--) {
      int[] current = new int[k + 1];
      current[0] = Bdd.TRUE;
      for (int j = 1; j <= k; j++) {
        current[j] = n - i < j ? Bdd.FALSE : bdd.or(bdd.and(children[i], next[j - 1]), next[j]);
      }
      next = current;
    }
    return next[k];
  }

  private int guarded(int raw, Node node, Mode mode) {
    int result = raw;
    for (int i = node.mitigations().size() - 1; i >= 0; i--) {
      Mitigation mitigation = tree.mitigations().get(node.mitigations().get(i));
      if (mode.counts(mitigation)) {
        result = bdd.and(bdd.variableNode(mitigationVariable.get(mitigation.id())), result);
      }
    }
    return result;
  }

  public AttackTree tree() {
    return tree;
  }

  public Bdd bdd() {
    return bdd;
  }

  /** The function of node {@code id} in {@code mode}, its own mitigations included. */
  public int function(Mode mode, String id) {
    return functions.get(mode).get(id);
  }

  public int top(Mode mode) {
    return function(mode, tree.root());
  }

  /** Probability of each variable being true. Do not modify. */
  public double[] variableProbabilities() {
    return variableProbability;
  }

  /** The leaf or mitigation id of variable {@code v}. */
  public String variableName(int v) {
    return variableNames.get(v);
  }

  public Integer leafVariable(String leafId) {
    return leafVariable.get(leafId);
  }

  public boolean isLeafVariable(int v) {
    return variableIsLeaf.get(v);
  }

  /** Leaves without a likelihood, in file order. */
  public List<String> unestimated() {
    return unestimated;
  }
}
