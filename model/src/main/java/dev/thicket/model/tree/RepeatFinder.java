package dev.thicket.model.tree;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the ids a node lists twice (children, mitigations), asked index by index in order: a
 * scan of the few before in a short list (most nodes have a handful of children, and a set per
 * node cost more than the scan), a set in a long one.
 */
final class RepeatFinder {
  private final List<String> items;
  private final Set<String> seen;

  RepeatFinder(List<String> items) {
    this.items = items;
    seen = items.size() > 16 ? new HashSet<>() : null;
  }

  /** Whether {@code items[index]} was listed before; ask for each index that counts, in order. */
  boolean listedBefore(int index) {
    if (seen != null) {
      return !seen.add(items.get(index));
    }
    String item = items.get(index);
    for (int i = 0; i < index; i++) {
      if (items.get(i).equals(item)) {
        return true;
      }
    }
    return false;
  }
}
