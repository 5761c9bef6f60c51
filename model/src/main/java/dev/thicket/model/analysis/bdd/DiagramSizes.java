package dev.thicket.model.analysis.bdd;

import java.util.Arrays;

/**
 * Whether a diagram has at least some number of nodes, found by a walk that stops as soon as it
 * has seen that many: O(min(|f|, limit)), where {@link Bdd#nodesOf} lists and sorts every node.
 */
public final class DiagramSizes {
  private final Bdd bdd;
  private int[] seen = new int[0];
  private int generation;
  private int[] stack = new int[64];

  public DiagramSizes(Bdd bdd) {
    this.bdd = bdd;
  }

  /** Whether {@code f} has at least {@code limit} non-terminal nodes. */
  public boolean atLeast(int f, int limit) {
    if (seen.length < bdd.size()) {
      seen = new int[Math.max(bdd.size(), seen.length * 3 / 2)];
      generation = 0;
    }
    generation++;
    int count = 0;
    int top = 0;
    if (f > Bdd.TRUE) {
      seen[f] = generation;
      stack[top++] = f;
    }
    while (top > 0) {
      int node = stack[--top];
      if (++count >= limit) {
        return true;
      }
      if (top + 2 > stack.length) {
        stack = Arrays.copyOf(stack, stack.length * 2);
      }
      top = push(bdd.low(node), top);
      top = push(bdd.high(node), top);
    }
    return count >= limit;
  }

  private int push(int child, int top) {
    if (child > Bdd.TRUE && seen[child] != generation) {
      seen[child] = generation;
      stack[top++] = child;
    }
    return top;
  }
}
