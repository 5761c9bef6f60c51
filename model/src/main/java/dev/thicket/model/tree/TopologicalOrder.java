package dev.thicket.model.tree;

import java.util.Arrays;

/**
 * The topological order JGraphT's {@code DirectedAcyclicGraph} ends with when a tree's nodes are
 * added in file order and then each node's edges to its children, node by node, in order — the
 * order {@link AttackTree#bottomUpOrder()} has always given (reversed), which the analysis and
 * the writers read — computed over int arrays instead of a graph.
 *
 * <p>The graph starts from file order and repairs it at each edge that goes against it
 * (Pearce–Kelly: the nodes of the affected region reachable from the child and those reaching
 * the parent swap their places, each group keeping its order). When parents come before their
 * children in the file, as {@code TreeWriter} and the generator write them, no edge goes against
 * it and the order is file order: one pass over the edges. Otherwise the same repairs are
 * replayed here. {@code TopologicalOrderTest} compares both over random graphs and file orders.
 */
final class TopologicalOrder {
  private final int[] childStart;
  private final int[] children;
  /** Node → its place, place → node. */
  private final int[] place;
  private final int[] nodeAt;
  private int[] parentStart;
  private int[] parents;
  /** A node is marked during the search of edge number {@code mark[node]} (counted from 1). */
  private int[] mark;
  private int edgeNumber;
  /** The nodes still to visit (one may wait there more than once, as in JGraphT's search). */
  private int[] stack;
  private int top;
  private int[] forward;
  private int[] backward;

  private TopologicalOrder(int[] childStart, int[] children) {
    this.childStart = childStart;
    this.children = children;
    int count = childStart.length - 1;
    place = new int[count];
    nodeAt = new int[count];
    for (int i = 0; i < count; i++) {
      place[i] = i;
      nodeAt[i] = i;
    }
  }

  /**
   * The nodes from the root down (each before its children), or {@code null} when an edge would
   * close a cycle.
   *
   * @param childStart node {@code i}'s children are {@code children[childStart[i] ..
   *     childStart[i + 1])}, each listed once per node, nodes numbered in file order
   */
  static int[] topDown(int[] childStart, int[] children) {
    int count = childStart.length - 1;
    for (int parent = 0; parent < count; parent++) {
      for (int e = childStart[parent]; e < childStart[parent + 1]; e++) {
        if (children[e] <= parent) {
          return new TopologicalOrder(childStart, children).replay(parent);
        }
      }
    }
    int[] order = new int[count];
    Arrays.setAll(order, i -> i);
    return order;
  }

  /** Adds every edge from node {@code first} on (the earlier ones changed nothing). */
  private int[] replay(int first) {
    int[][] index = parentIndex(childStart, children);
    parentStart = index[0];
    parents = index[1];
    int count = place.length;
    mark = new int[count];
    stack = new int[Math.max(count, 16)];
    forward = new int[count];
    backward = new int[count];
    for (int parent = first; parent < count; parent++) {
      for (int e = childStart[parent]; e < childStart[parent + 1]; e++) {
        edgeNumber++;
        if (!add(parent, e)) {
          return null;
        }
      }
    }
    return nodeAt;
  }

  /** The edge {@code parent → children[edge]}; false when it closes a cycle. */
  private boolean add(int parent, int edge) {
    int child = children[edge];
    int low = place[child];
    int high = place[parent];
    if (low > high) {
      return true;
    }
    if (low == high) {
      return false; // a node listed as its own child
    }
    int forwardCount = searchForward(child, parent, edge, low, high);
    if (forwardCount < 0) {
      return false;
    }
    int backwardCount = searchBackward(parent, low, high);
    reorder(forwardCount, backwardCount);
    return true;
  }

  /**
   * Fills {@code forward} with the nodes of places [low, high] reachable from {@code child}
   * through the edges added so far; -1 when {@code parent} is one of them.
   */
  private int searchForward(int child, int parent, int edge, int low, int high) {
    int found = 0;
    top = 0;
    push(child);
    while (top > 0) {
      int node = stack[--top];
      if (mark[node] == edgeNumber) {
        continue;
      }
      mark[node] = edgeNumber;
      forward[found++] = node;
      // edges are added in file order: all of an earlier node's, the current node's before edge
      int end = node < parent ? childStart[node + 1] : node == parent ? edge : childStart[node];
      for (int e = childStart[node]; e < end; e++) {
        int next = children[e];
        if (next == parent) {
          return -1;
        }
        if (place[next] >= low && place[next] <= high && mark[next] != edgeNumber) {
          push(next);
        }
      }
    }
    return found;
  }

  /** Fills {@code backward} with the nodes of places [low, high] that reach {@code parent}. */
  private int searchBackward(int parent, int low, int high) {
    int found = 0;
    top = 0;
    push(parent);
    while (top > 0) {
      int node = stack[--top];
      if (mark[node] == edgeNumber) {
        continue;
      }
      mark[node] = edgeNumber;
      backward[found++] = node;
      // a node's parents in file order; only those before the current parent have their edges
      for (int p = parentStart[node]; p < parentStart[node + 1] && parents[p] < parent; p++) {
        int previous = parents[p];
        if (place[previous] >= low && place[previous] <= high && mark[previous] != edgeNumber) {
          push(previous);
        }
      }
    }
    return found;
  }

  private void push(int node) {
    if (top == stack.length) {
      stack = Arrays.copyOf(stack, stack.length * 2);
    }
    stack[top++] = node;
  }

  /** The backward nodes, then the forward ones, each in their order, take the places of both. */
  private void reorder(int forwardCount, int backwardCount) {
    int[] places = new int[forwardCount + backwardCount];
    int[] backwardPlaces = placesInOrder(backward, backwardCount);
    int[] forwardPlaces = placesInOrder(forward, forwardCount);
    System.arraycopy(backwardPlaces, 0, places, 0, backwardCount);
    System.arraycopy(forwardPlaces, 0, places, backwardCount, forwardCount);
    int[] moved = new int[places.length];
    for (int i = 0; i < places.length; i++) {
      moved[i] = nodeAt[places[i]];
    }
    Arrays.sort(places);
    for (int i = 0; i < places.length; i++) {
      nodeAt[places[i]] = moved[i];
      place[moved[i]] = places[i];
    }
  }

  private int[] placesInOrder(int[] nodes, int count) {
    int[] places = new int[count];
    for (int i = 0; i < count; i++) {
      places[i] = place[nodes[i]];
    }
    Arrays.sort(places);
    return places;
  }

  /**
   * Each node's parents in file order (the order their edges are added): {@code {start,
   * parents}}, node {@code i}'s parents are {@code parents[start[i] .. start[i + 1])}.
   */
  static int[][] parentIndex(int[] childStart, int[] children) {
    int count = childStart.length - 1;
    int[] start = new int[count + 1];
    for (int child : children) {
      start[child + 1]++;
    }
    for (int i = 0; i < count; i++) {
      start[i + 1] += start[i];
    }
    int[] parents = new int[children.length];
    int[] next = Arrays.copyOf(start, count);
    for (int parent = 0; parent < count; parent++) {
      for (int e = childStart[parent]; e < childStart[parent + 1]; e++) {
        parents[next[children[e]]++] = parent;
      }
    }
    return new int[][] {start, parents};
  }
}
