package dev.thicket.app.editor.layout;

import java.util.Arrays;

/**
 * A top-down tidy tree of equal-sized boxes: Walker's algorithm in the linear-time form of
 * Buchheim, Jünger and Leipert (2002), "Improving Walker's algorithm to run in linear time", the
 * algorithm abego TreeLayout implements, here over int arrays instead of hash maps (several times
 * faster, which matters when an edit re-lays out a tree of thousands of nodes on the UI thread).
 * Parents are centred over their children; subtrees are pushed apart by at least the node gap.
 * Recursion is as deep as the tree.
 */
final class TidyTree {
  private final int[][] children;
  private final int[] parent;
  private final int[] number;
  private final double distance;
  private final double[] prelim;
  private final double[] mod;
  private final double[] shift;
  private final double[] change;
  private final int[] thread;
  private final int[] ancestor;
  private final double[] x;
  private final int[] depth;

  private TidyTree(int[][] children, double distance) {
    int n = children.length;
    this.children = children;
    this.distance = distance;
    parent = new int[n];
    number = new int[n];
    prelim = new double[n];
    mod = new double[n];
    shift = new double[n];
    change = new double[n];
    thread = new int[n];
    ancestor = new int[n];
    x = new double[n];
    depth = new int[n];
    Arrays.fill(parent, -1);
    Arrays.fill(thread, -1);
    for (int v = 0; v < n; v++) {
      ancestor[v] = v;
      for (int i = 0; i < children[v].length; i++) {
        parent[children[v][i]] = v;
        number[children[v][i]] = i;
      }
    }
  }

  /** Where each node goes: its centre x (root at 0) and its depth (root 0). */
  record Placement(double[] centreX, int[] depth) {}

  /**
   * Lays out the tree rooted at {@code root}; {@code children[v]} lists v's children in order
   * (every node reached from the root appears once). Nodes not reached get x 0 and depth 0.
   *
   * @param distance centre-to-centre distance of neighbours (box width + gap)
   */
  static Placement of(int[][] children, int root, double distance) {
    TidyTree tree = new TidyTree(children, distance);
    tree.firstWalk(root);
    tree.secondWalk(root, -tree.prelim[root], 0);
    return new Placement(tree.x, tree.depth);
  }

  private void firstWalk(int v) {
    int[] kids = children[v];
    int left = leftSibling(v);
    if (kids.length == 0) {
      prelim[v] = left < 0 ? 0 : prelim[left] + distance;
      return;
    }
    int defaultAncestor = kids[0];
    for (int w : kids) {
      firstWalk(w);
      defaultAncestor = apportion(w, defaultAncestor);
    }
    executeShifts(v);
    double midpoint = (prelim[kids[0]] + prelim[kids[kids.length - 1]]) / 2;
    if (left < 0) {
      prelim[v] = midpoint;
    } else {
      prelim[v] = prelim[left] + distance;
      mod[v] = prelim[v] - midpoint;
    }
  }

  private int apportion(int v, int defaultAncestor) {
    int left = leftSibling(v);
    if (left < 0) {
      return defaultAncestor;
    }
    int insideRight = v;
    int outsideRight = v;
    int insideLeft = left;
    int outsideLeft = children[parent[v]][0];
    double sumInsideRight = mod[insideRight];
    double sumOutsideRight = mod[outsideRight];
    double sumInsideLeft = mod[insideLeft];
    double sumOutsideLeft = mod[outsideLeft];
    while (nextRight(insideLeft) >= 0 && nextLeft(insideRight) >= 0) {
      insideLeft = nextRight(insideLeft);
      insideRight = nextLeft(insideRight);
      outsideLeft = nextLeft(outsideLeft);
      outsideRight = nextRight(outsideRight);
      ancestor[outsideRight] = v;
      double gap = prelim[insideLeft] + sumInsideLeft - (prelim[insideRight] + sumInsideRight)
          + distance;
      if (gap > 0) {
        moveSubtree(ancestorOf(insideLeft, v, defaultAncestor), v, gap);
        sumInsideRight += gap;
        sumOutsideRight += gap;
      }
      sumInsideLeft += mod[insideLeft];
      sumInsideRight += mod[insideRight];
      sumOutsideLeft += mod[outsideLeft];
      sumOutsideRight += mod[outsideRight];
    }
    if (nextRight(insideLeft) >= 0 && nextRight(outsideRight) < 0) {
      thread[outsideRight] = nextRight(insideLeft);
      mod[outsideRight] += sumInsideLeft - sumOutsideRight;
    }
    if (nextLeft(insideRight) >= 0 && nextLeft(outsideLeft) < 0) {
      thread[outsideLeft] = nextLeft(insideRight);
      mod[outsideLeft] += sumInsideRight - sumOutsideLeft;
      defaultAncestor = v;
    }
    return defaultAncestor;
  }

  private void moveSubtree(int leftTree, int rightTree, double amount) {
    int subtrees = number[rightTree] - number[leftTree];
    change[rightTree] -= amount / subtrees;
    shift[rightTree] += amount;
    change[leftTree] += amount / subtrees;
    prelim[rightTree] += amount;
    mod[rightTree] += amount;
  }

  private void executeShifts(int v) {
    double total = 0;
    double changes = 0;
    int[] kids = children[v];
    for (int i = kids.length - 1; i >= 0; i--) {
      int w = kids[i];
      prelim[w] += total;
      mod[w] += total;
      changes += change[w];
      total += shift[w] + changes;
    }
  }

  private int ancestorOf(int insideLeft, int v, int defaultAncestor) {
    int candidate = ancestor[insideLeft];
    return parent[candidate] == parent[v] && parent[v] >= 0 ? candidate : defaultAncestor;
  }

  private int leftSibling(int v) {
    return parent[v] < 0 || number[v] == 0 ? -1 : children[parent[v]][number[v] - 1];
  }

  private int nextLeft(int v) {
    return children[v].length > 0 ? children[v][0] : thread[v];
  }

  private int nextRight(int v) {
    return children[v].length > 0 ? children[v][children[v].length - 1] : thread[v];
  }

  private void secondWalk(int v, double modSum, int level) {
    x[v] = prelim[v] + modSum;
    depth[v] = level;
    for (int w : children[v]) {
      secondWalk(w, modSum + mod[v], level + 1);
    }
  }
}
