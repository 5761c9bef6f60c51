package dev.thicket.model.analysis;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Scales;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An int-indexed view of a tree for the algorithms: node i is the i-th node in file order. */
final class TreeIndex {
  final AttackTree tree;
  final int size;
  final String[] ids;
  final Gate[] gate;
  final int[] k;
  final int[][] children;
  final int[][] mitigations;
  final int[][] parents;
  final double[] likelihood;
  final int[] bottomUp;
  final int root;
  final Mitigation[] mitigation;
  final List<String> unestimated = new ArrayList<>();
  /** Whether some gate is NOT or XOR. */
  final boolean nonCoherent;
  private final Map<String, Integer> nodeIndex;

  TreeIndex(AttackTree tree) {
    this.tree = tree;
    this.size = tree.nodes().size();
    ids = tree.nodes().keySet().toArray(new String[0]);
    nodeIndex = new HashMap<>(size * 4 / 3 + 1);
    for (int i = 0; i < size; i++) {
      nodeIndex.put(ids[i], i);
    }
    mitigation = tree.mitigations().values().toArray(new Mitigation[0]);
    Map<String, Integer> mitigationIndex = new HashMap<>();
    for (int m = 0; m < mitigation.length; m++) {
      mitigationIndex.put(mitigation[m].id(), m);
    }
    gate = new Gate[size];
    k = new int[size];
    children = new int[size][];
    mitigations = new int[size][];
    likelihood = new double[size];
    for (int i = 0; i < size; i++) {
      Node node = tree.node(ids[i]);
      gate[i] = node.gate();
      k[i] = node.k();
      children[i] = indexes(node.children(), nodeIndex);
      mitigations[i] = indexes(node.mitigations(), mitigationIndex);
      if (node.isLeaf()) {
        if (node.likelihood() == null) {
          unestimated.add(node.id());
        }
        likelihood[i] = likelihood(node, tree.scales());
      }
    }
    int[] parentCount = new int[size];
    for (int[] list : children) {
      for (int child : list) {
        parentCount[child]++;
      }
    }
    parents = new int[size][];
    for (int i = 0; i < size; i++) {
      parents[i] = new int[parentCount[i]];
      parentCount[i] = 0;
    }
    for (int i = 0; i < size; i++) {
      for (int child : children[i]) {
        parents[child][parentCount[child]++] = i;
      }
    }
    boolean anyNonCoherent = false;
    for (Gate g : gate) {
      anyNonCoherent |= g.isNonCoherent();
    }
    nonCoherent = anyNonCoherent;
    bottomUp = indexes(tree.bottomUpOrder(), nodeIndex);
    root = nodeIndex.get(tree.root());
  }

  /** The indexes of {@code ids} (a loop: streams per node cost a tenth of a large analysis). */
  private static int[] indexes(List<String> ids, Map<String, Integer> index) {
    int[] result = new int[ids.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = index.get(ids.get(i));
    }
    return result;
  }

  /** A leaf's likelihood on {@code scales}: the scale's medium when it has none. */
  static double likelihood(Node leaf, Scales scales) {
    return leaf.likelihood() == null ? scales.defaultLikelihood()
        : leaf.likelihood().resolve(scales.likelihood());
  }

  int indexOf(String id) {
    return nodeIndex.get(id);
  }

  boolean isLeaf(int node) {
    return gate[node] == Gate.LEAF;
  }

  boolean counts(Mode mode, int m) {
    return mode.counts(mitigation[m]);
  }
}
