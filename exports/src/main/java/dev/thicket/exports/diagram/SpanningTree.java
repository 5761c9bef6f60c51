package dev.thicket.exports.diagram;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tree that a drawing of an attack tree (a DAG) lays out: each node hangs under its first
 * parent, the first node in file order that lists it, and a shared node's other parent edges
 * are drawn as non-spanning links. With gates collapsed, a node shows while a parent that shows
 * and is not collapsed lists it, and hangs under the first such parent. Nodes are indexed in
 * file order.
 */
public final class SpanningTree {
  private final AttackTree tree;
  private final String[] ids;
  private final Map<String, Integer> index;
  private final int[] childStart; // node v's children, as listed: childList[childStart[v]..]
  private final int[] childList;
  private final boolean[] collapsed;
  private final boolean[] shown;
  private final int[] firstParent;

  private SpanningTree(AttackTree tree, Set<String> collapsedIds) {
    this.tree = tree;
    this.ids = tree.nodes().keySet().toArray(String[]::new);
    this.index = new HashMap<>(ids.length * 4 / 3 + 1);
    for (int node = 0; node < ids.length; node++) {
      index.put(ids[node], node);
    }
    this.collapsed = new boolean[ids.length];
    for (String id : collapsedIds) {
      Integer at = index.get(id);
      if (at != null) {
        collapsed[at] = true;
      }
    }
    this.childStart = new int[ids.length + 1];
    List<List<String>> listed = new ArrayList<>(ids.length);
    for (Node node : tree.nodes().values()) {
      listed.add(node.children());
    }
    for (int node = 0; node < ids.length; node++) {
      childStart[node + 1] = childStart[node] + listed.get(node).size();
    }
    this.childList = new int[childStart[ids.length]];
    this.firstParent = new int[ids.length];
    Arrays.fill(firstParent, -1);
    for (int node = 0; node < ids.length; node++) {
      int at = childStart[node];
      for (String child : listed.get(node)) {
        int below = index.get(child);
        childList[at++] = below;
        if (firstParent[below] < 0) {
          firstParent[below] = node;
        }
      }
    }
    this.shown = shown();
    if (!collapsedIds.isEmpty()) {
      hangUnderShownParents();
    }
  }

  /** The spanning tree of {@code tree} with the {@code collapsed} gates closed. */
  public static SpanningTree of(AttackTree tree, Set<String> collapsed) {
    return new SpanningTree(tree, collapsed);
  }

  /** Node {@code node}'s id (file order). */
  public String id(int node) {
    return ids[node];
  }

  public int size() {
    return ids.length;
  }

  /** The node with this id; -1 when the tree has none. */
  public int indexOf(String id) {
    Integer at = index.get(id);
    return at == null ? -1 : at;
  }

  /** Whether the node shows: the root does, and every child of a shown, open node. */
  public boolean shown(int node) {
    return shown[node];
  }

  public boolean collapsed(int node) {
    return collapsed[node];
  }

  /** Where {@code node}'s children start in {@link #child}; they end where the next node's do. */
  public int childrenFrom(int node) {
    return childStart[node];
  }

  /** The {@code at}-th entry of the children lists, all nodes' lists one after the other. */
  public int child(int at) {
    return childList[at];
  }

  /** The parent {@code node} hangs under; -1 for the root. */
  public int parent(int node) {
    return firstParent[node];
  }

  /** Each node's id → the id of the parent it hangs under (the root has none). */
  public Map<String, String> parents() {
    Map<String, String> parents = new HashMap<>(ids.length * 4 / 3 + 1);
    for (int node = 0; node < ids.length; node++) {
      if (firstParent[node] >= 0) {
        parents.put(ids[node], ids[firstParent[node]]);
      }
    }
    return parents;
  }

  /**
   * The tidy drawing ({@link TidyTree}) of the part under {@code top}: each open node's children
   * that hang under it, in the order the node lists them.
   */
  public TidyTree.Placement layOut(String top, double boxWidth, double boxHeight,
      double levelGap, double nodeGap) {
    int[] childStart = new int[ids.length + 1];
    int[] children = new int[ids.length];
    int edges = 0;
    for (int node = 0; node < ids.length; node++) {
      if (!collapsed[node]) {
        for (int at = this.childStart[node]; at < this.childStart[node + 1]; at++) {
          if (firstParent[childList[at]] == node) {
            children[edges++] = childList[at];
          }
        }
      }
      childStart[node + 1] = edges;
    }
    return TidyTree.of(index.get(top), childStart, children, boxWidth, boxHeight, levelGap,
        nodeGap);
  }

  private boolean[] shown() {
    boolean[] reached = new boolean[ids.length];
    int[] todo = new int[ids.length];
    int top = 0;
    int root = index.get(tree.root());
    reached[root] = true;
    todo[top++] = root;
    while (top > 0) {
      int node = todo[--top];
      if (collapsed[node]) {
        continue;
      }
      for (int at = childStart[node]; at < childStart[node + 1]; at++) {
        int child = childList[at];
        if (!reached[child]) {
          reached[child] = true;
          todo[top++] = child;
        }
      }
    }
    return reached;
  }

  /** A shown node whose first parent is hidden or collapsed hangs under its first open one. */
  private void hangUnderShownParents() {
    for (int node = 0; node < ids.length; node++) {
      int first = firstParent[node];
      if (shown[node] && first >= 0 && (!shown[first] || collapsed[first])) {
        for (String parent : tree.parents(ids[node])) {
          int at = index.get(parent);
          if (shown[at] && !collapsed[at]) {
            firstParent[node] = at;
            break;
          }
        }
      }
    }
  }
}
