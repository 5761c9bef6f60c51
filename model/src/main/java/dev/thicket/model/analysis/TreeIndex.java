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
  private final Map<String, Integer> nodeIndex = new HashMap<>();

  TreeIndex(AttackTree tree) {
    this.tree = tree;
    this.size = tree.nodes().size();
    ids = tree.nodes().keySet().toArray(new String[0]);
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
      children[i] = node.children().stream().mapToInt(nodeIndex::get).toArray();
      mitigations[i] = node.mitigations().stream().mapToInt(mitigationIndex::get).toArray();
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
    bottomUp = tree.bottomUpOrder().stream().mapToInt(nodeIndex::get).toArray();
    root = nodeIndex.get(tree.root());
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
