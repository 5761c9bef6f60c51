package dev.thicket.model.analysis;

import java.util.Arrays;

/**
 * The ancestors of some nodes up to a gate above them, children first (the tree's bottom-up
 * order): the region {@link Rebuilds} rebuilds and {@link HubCuts} looks through for a cut.
 */
final class Ancestors {
  private static final int[] NO_STOPS = new int[0];

  private final TreeIndex index;
  /** Position of every node in bottom-up order (children first). */
  private final int[] position;
  private final int[] seen;
  private final int[] stopAt;
  private int generation;

  Ancestors(TreeIndex index) {
    this.index = index;
    position = new int[index.size];
    for (int i = 0; i < index.bottomUp.length; i++) {
      position[index.bottomUp[i]] = i;
    }
    seen = new int[index.size];
    stopAt = new int[index.size];
  }

  /** The ancestors of {@code node} up to and including {@code context}, children first. */
  int[] upTo(int node, int context) {
    return upTo(new int[] {node}, context, NO_STOPS);
  }

  /**
   * The ancestors of the seeds up to and including {@code context} or a gate of {@code stops},
   * climbing past neither, children first. Cost: those ancestors and their parents' lists.
   */
  int[] upTo(int[] seeds, int context, int[] stops) {
    generation++;
    for (int stop : stops) {
      stopAt[stop] = generation;
    }
    int[] found = new int[8];
    int count = 0;
    int[] stack = Arrays.copyOf(seeds, Math.max(8, seeds.length));
    int top = seeds.length;
    while (top > 0) {
      int current = stack[--top];
      if (current == context || stopAt[current] == generation) {
        continue;
      }
      for (int parent : index.parents[current]) {
        if (seen[parent] != generation) {
          seen[parent] = generation;
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = parent;
          if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
          }
          stack[top++] = parent;
        }
      }
    }
    long[] keyed = new long[count];
    for (int i = 0; i < count; i++) {
      keyed[i] = (long) position[found[i]] << 32 | found[i];
    }
    Arrays.sort(keyed);
    int[] ordered = new int[count];
    for (int i = 0; i < count; i++) {
      ordered[i] = (int) keyed[i];
    }
    return ordered;
  }
}
