package dev.thicket.model.tree;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * The shape of a valid tree over int arrays: node ids in file order, the children of each, the
 * order from the root down and, when first asked, the parents of each and a JGraphT graph.
 * Shared by the trees of an edit that keeps every children list. Building it is one pass over
 * the edges when parents come before their children in the file ({@link TopologicalOrder}); it
 * replaces a {@link DirectedAcyclicGraph} built edge by edge, which cost most of rebuilding a
 * large tree after an edit and a third of the memory of a loaded million-node tree.
 */
final class TreeStructure {
  private final String[] ids;
  private final IdIndex index;
  private final int[] childStart;
  private final int[] children;
  private final int[] topDown;
  private final List<String> bottomUp = new BottomUp();
  private volatile int[][] parentsIndex;
  private Graph<String, DefaultEdge> graph;

  private TreeStructure(String[] ids, IdIndex index, int[] childStart, int[] children,
      int[] topDown) {
    this.ids = ids;
    this.index = index;
    this.childStart = childStart;
    this.children = children;
    this.topDown = topDown;
  }

  /**
   * The structure of {@code nodes} under {@code root}, or {@code null} when it breaks a rule of
   * structure (the root is no node, a child is unknown, listed twice or closes a cycle, a node is
   * not reached from the root): {@link TreeValidator} then finds and words the problems. The
   * children of nodes kept from {@code previous} (null for none) are taken from its structure
   * instead of looked up by id.
   */
  static TreeStructure of(String root, NodeMap nodes, PreviousTree previous) {
    String[] ids = nodes.ids();
    IdIndex index = nodes.index();
    int rootIndex = root == null ? -1 : index.indexOf(root);
    if (rootIndex < 0) {
      return null;
    }
    TreeStructure old = previous == null ? null : previous.oldStructure();
    int[] childStart = new int[ids.length + 1];
    int edges = 0;
    for (int node = 0; node < ids.length; node++) {
      int kept = previous == null ? -1 : previous.keptAt(node);
      edges += kept >= 0 ? old.childStart[kept + 1] - old.childStart[kept]
          : nodes.at(node).children().size();
      childStart[node + 1] = edges;
    }
    int[] children = new int[edges];
    // listedBy[c] = 1 + the last node that listed c: a child listed twice by one node is seen
    int[] listedBy = new int[ids.length];
    int edge = 0;
    for (int node = 0; node < ids.length; node++) {
      int kept = previous == null ? -1 : previous.keptAt(node);
      List<String> listed = kept >= 0 ? null : nodes.at(node).children();
      for (int c = 0; edge < childStart[node + 1]; c++) {
        int at;
        if (kept >= 0) { // where the old child went, else found by its id
          int oldChild = old.children[old.childStart[kept] + c];
          at = previous.newAt(oldChild);
          at = at >= 0 ? at : index.indexOf(old.ids[oldChild]);
        } else {
          at = index.indexOf(listed.get(c));
        }
        if (at < 0 || listedBy[at] == node + 1) {
          return null;
        }
        listedBy[at] = node + 1;
        children[edge++] = at;
      }
    }
    int[] topDown = TopologicalOrder.topDown(childStart, children);
    if (topDown == null || !reachesAll(rootIndex, childStart, children, listedBy)) {
      return null;
    }
    return new TreeStructure(ids, index, childStart, children, topDown);
  }

  /** Whether every node is reached from {@code root}; {@code scratch} is overwritten. */
  private static boolean reachesAll(int root, int[] childStart, int[] children, int[] scratch) {
    int count = childStart.length - 1;
    Arrays.fill(scratch, 0);
    int[] todo = new int[count];
    int top = 0;
    int reached = 1;
    scratch[root] = 1;
    todo[top++] = root;
    while (top > 0) {
      int node = todo[--top];
      for (int e = childStart[node]; e < childStart[node + 1]; e++) {
        int child = children[e];
        if (scratch[child] == 0) {
          scratch[child] = 1;
          reached++;
          todo[top++] = child;
        }
      }
    }
    return reached == count;
  }

  /** Every node, each after all of its children (leaves first, root last). */
  List<String> bottomUp() {
    return bottomUp;
  }

  /** The nodes that list {@code id} as a child, in file order; a new list. */
  List<String> parents(String id) {
    int node = index.indexOf(id);
    if (node < 0) {
      throw new IllegalArgumentException("no such vertex in graph: " + id);
    }
    int[][] parents = parentsIndex();
    List<String> list = new ArrayList<>(parents[0][node + 1] - parents[0][node]);
    for (int p = parents[0][node]; p < parents[0][node + 1]; p++) {
      list.add(ids[parents[1][p]]);
    }
    return list;
  }

  private int[][] parentsIndex() {
    int[][] built = parentsIndex;
    if (built == null) {
      built = TopologicalOrder.parentIndex(childStart, children);
      parentsIndex = built;
    }
    return built;
  }

  /**
   * The parent → child graph, read-only, built when first asked: vertices in file order, each
   * node's edges in order, as the tree's graph always was.
   */
  synchronized Graph<String, DefaultEdge> graph() {
    if (graph == null) {
      DirectedAcyclicGraph<String, DefaultEdge> built =
          new PresizedDag(ids.length, children.length);
      for (String id : ids) {
        built.addVertex(id);
      }
      for (int parent = 0; parent < ids.length; parent++) {
        for (int e = childStart[parent]; e < childStart[parent + 1]; e++) {
          built.addEdge(ids[parent], ids[children[e]]);
        }
      }
      graph = new AsUnmodifiableGraph<>(built);
    }
    return graph;
  }

  /** {@link #topDown} reversed, as ids; read-only. */
  private final class BottomUp extends AbstractList<String> implements RandomAccess {
    @Override
    public String get(int i) {
      return ids[topDown[topDown.length - 1 - Objects.checkIndex(i, topDown.length)]];
    }

    @Override
    public int size() {
      return topDown.length;
    }
  }
}
