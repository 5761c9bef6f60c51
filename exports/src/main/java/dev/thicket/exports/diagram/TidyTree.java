package dev.thicket.exports.diagram;

import java.util.Arrays;

/**
 * A tidy drawing of a tree of equal boxes, root at the top: Walker's algorithm in the linear
 * time of Buchheim, Jünger and Leipert ("Improving Walker's algorithm to run in linear time",
 * Graph Drawing 2002). Each parent is centred over its children, subtrees are pushed apart by
 * their contours until no two boxes of a level are closer than the node gap, and the shifts are
 * spread over the subtrees in between. It places every box where abego TreeLayout 1.0.3 places
 * it (top root, boxes centred in their level; a property test compares them), but over int
 * arrays instead of a hash map per attribute, and without recursion, so a chain of a million
 * nodes needs no deep stack. Cost: linear in the nodes reached from the root.
 */
public final class TidyTree {
  private final int[] childStart;
  private final int[] children;
  private final int[] parent;
  private final int[] position; // index among the parent's children
  private final double distance; // between the centres of two neighbouring boxes
  private final double[] prelim;
  private final double[] mod;
  private final double[] shift;
  private final double[] change;
  private final int[] thread;
  private final int[] ancestor;

  /**
   * Boxes' top-left corners and the drawing's size; a node not reached from the root has NaN
   * coordinates. The leftmost box starts at x = 0, the root's top at y = 0.
   */
  public record Placement(double[] x, double[] y, double width, double height) {
    public boolean placed(int node) {
      return !Double.isNaN(x[node]);
    }
  }

  private TidyTree(int[] childStart, int[] children, double boxWidth, double nodeGap) {
    int count = childStart.length - 1;
    this.childStart = childStart;
    this.children = children;
    this.parent = new int[count];
    this.position = new int[count];
    Arrays.fill(parent, -1);
    for (int node = 0; node < count; node++) {
      for (int at = childStart[node]; at < childStart[node + 1]; at++) {
        parent[children[at]] = node;
        position[children[at]] = at - childStart[node];
      }
    }
    this.distance = (boxWidth + boxWidth) / 2 + nodeGap;
    this.prelim = new double[count];
    this.mod = new double[count];
    this.shift = new double[count];
    this.change = new double[count];
    this.thread = new int[count];
    this.ancestor = new int[count];
    Arrays.fill(thread, -1);
    for (int node = 0; node < count; node++) {
      ancestor[node] = node;
    }
  }

  /**
   * Lays out the tree under {@code root}: node {@code v}'s children, left to right, are {@code
   * children[childStart[v]]} up to (not including) {@code children[childStart[v + 1]]}; each node
   * is some node's child at most once.
   */
  public static Placement of(int root, int[] childStart, int[] children, double boxWidth,
      double boxHeight, double levelGap, double nodeGap) {
    TidyTree tree = new TidyTree(childStart, children, boxWidth, nodeGap);
    tree.firstWalk(root);
    return tree.secondWalk(root, boxWidth, boxHeight, levelGap);
  }

  private boolean leaf(int node) {
    return childStart[node] == childStart[node + 1];
  }

  private int firstChild(int node) {
    return children[childStart[node]];
  }

  private int lastChild(int node) {
    return children[childStart[node + 1] - 1];
  }

  /** The sibling just left of {@code node}, or -1. */
  private int leftSibling(int node, int root) {
    return node == root || position[node] == 0 ? -1
        : children[childStart[parent[node]] + position[node] - 1];
  }

  private int nextLeft(int node) {
    return leaf(node) ? thread[node] : firstChild(node);
  }

  private int nextRight(int node) {
    return leaf(node) ? thread[node] : lastChild(node);
  }

  /**
   * Each node's preliminary x relative to its left sibling and the modifier of its subtree,
   * children before their parent; each child's subtree is set against its left siblings' as soon
   * as it is done, as the recursive walk does.
   */
  private void firstWalk(int root) {
    int[] stack = new int[prelim.length];
    int[] cursor = new int[prelim.length];
    int[] defaultAncestor = new int[prelim.length];
    int top = 0;
    stack[top++] = root;
    while (top > 0) {
      int node = stack[top - 1];
      if (cursor[node] == 0 && !leaf(node)) {
        defaultAncestor[node] = firstChild(node);
      }
      if (childStart[node] + cursor[node] < childStart[node + 1]) {
        stack[top++] = children[childStart[node] + cursor[node]++];
        continue;
      }
      top--;
      int left = leftSibling(node, root);
      finish(node, left);
      if (node != root) {
        int above = parent[node];
        defaultAncestor[above] = apportion(node, defaultAncestor[above], left, above);
      }
    }
  }

  /** The walk's work on {@code node} once its children are done. */
  private void finish(int node, int left) {
    if (leaf(node)) {
      if (left >= 0) {
        prelim[node] = prelim[left] + distance;
      }
      return;
    }
    executeShifts(node);
    double midpoint = (prelim[firstChild(node)] + prelim[lastChild(node)]) / 2.0;
    if (left >= 0) {
      prelim[node] = prelim[left] + distance;
      mod[node] = prelim[node] - midpoint;
    } else {
      prelim[node] = midpoint;
    }
  }

  /**
   * Moves {@code node}'s subtree right until it clears the subtrees of its left siblings on every
   * level, following the facing contours; returns the default ancestor for the next sibling.
   */
  private int apportion(int node, int defaultAncestor, int left, int above) {
    if (left < 0) {
      return defaultAncestor;
    }
    int insideRight = node;
    int outsideRight = node;
    int insideLeft = left;
    int outsideLeft = firstChild(above);
    double sumInsideRight = mod[insideRight];
    double sumOutsideRight = mod[outsideRight];
    double sumInsideLeft = mod[insideLeft];
    double sumOutsideLeft = mod[outsideLeft];
    int nextInsideLeft = nextRight(insideLeft);
    int nextInsideRight = nextLeft(insideRight);
    while (nextInsideLeft >= 0 && nextInsideRight >= 0) {
      insideLeft = nextInsideLeft;
      insideRight = nextInsideRight;
      outsideLeft = nextLeft(outsideLeft);
      outsideRight = nextRight(outsideRight);
      ancestor[outsideRight] = node;
      double gap = (prelim[insideLeft] + sumInsideLeft) - (prelim[insideRight] + sumInsideRight)
          + distance;
      if (gap > 0) {
        int from = parent[ancestor[insideLeft]] == above ? ancestor[insideLeft] : defaultAncestor;
        moveSubtree(from, node, gap);
        sumInsideRight = sumInsideRight + gap;
        sumOutsideRight = sumOutsideRight + gap;
      }
      sumInsideLeft = sumInsideLeft + mod[insideLeft];
      sumInsideRight = sumInsideRight + mod[insideRight];
      sumOutsideLeft = sumOutsideLeft + mod[outsideLeft];
      sumOutsideRight = sumOutsideRight + mod[outsideRight];
      nextInsideLeft = nextRight(insideLeft);
      nextInsideRight = nextLeft(insideRight);
    }
    if (nextInsideLeft >= 0 && nextRight(outsideRight) < 0) {
      thread[outsideRight] = nextInsideLeft;
      mod[outsideRight] = mod[outsideRight] + sumInsideLeft - sumOutsideRight;
    }
    if (nextInsideRight >= 0 && nextLeft(outsideLeft) < 0) {
      thread[outsideLeft] = nextInsideRight;
      mod[outsideLeft] = mod[outsideLeft] + sumInsideRight - sumOutsideLeft;
      return node;
    }
    return defaultAncestor;
  }

  /** Shifts the subtree of {@code right} by {@code gap}, spreading it over the ones between. */
  private void moveSubtree(int left, int right, double gap) {
    int subtrees = position[right] - position[left];
    change[right] = change[right] - gap / subtrees;
    shift[right] = shift[right] + gap;
    change[left] = change[left] + gap / subtrees;
    prelim[right] = prelim[right] + gap;
    mod[right] = mod[right] + gap;
  }

  /** Applies the shifts that {@link #moveSubtree} recorded to {@code node}'s children. */
  private void executeShifts(int node) {
    double moved = 0;
    double changed = 0;
    for (int at = childStart[node + 1] - 1; at >= childStart[node]; at--) {
      int child = children[at];
      changed = changed + change[child];
      prelim[child] = prelim[child] + moved;
      mod[child] = mod[child] + moved;
      moved = moved + shift[child] + changed;
    }
  }

  /** Final positions: each node's x is its prelim plus its ancestors' modifiers. */
  private Placement secondWalk(int root, double boxWidth, double boxHeight, double levelGap) {
    int count = prelim.length;
    double[] centreX = new double[count];
    double[] centreY = new double[count];
    double[] sum = new double[count]; // the modifiers of the node's ancestors
    double[] levelStart = new double[count];
    Arrays.fill(centreX, Double.NaN);
    Arrays.fill(centreY, Double.NaN);
    double minX = Double.MAX_VALUE;
    double maxX = Double.MIN_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = Double.MIN_VALUE;
    int[] stack = new int[count];
    int top = 0;
    stack[top++] = root;
    sum[root] = -prelim[root];
    while (top > 0) {
      int node = stack[--top];
      centreX[node] = prelim[node] + sum[node];
      centreY[node] = levelStart[node] + boxHeight / 2;
      minX = Math.min(minX, centreX[node] - boxWidth / 2);
      maxX = Math.max(maxX, centreX[node] + boxWidth / 2);
      minY = Math.min(minY, centreY[node] - boxHeight / 2);
      maxY = Math.max(maxY, centreY[node] + boxHeight / 2);
      double below = levelStart[node] + (boxHeight + levelGap);
      for (int at = childStart[node]; at < childStart[node + 1]; at++) {
        int child = children[at];
        sum[child] = sum[node] + mod[node];
        levelStart[child] = below;
        stack[top++] = child;
      }
    }
    double[] x = new double[count];
    double[] y = new double[count];
    for (int node = 0; node < count; node++) {
      x[node] = centreX[node] - minX - boxWidth / 2;
      y[node] = centreY[node] - minY - boxHeight / 2;
    }
    return new Placement(x, y, maxX - minX, maxY - minY);
  }
}
