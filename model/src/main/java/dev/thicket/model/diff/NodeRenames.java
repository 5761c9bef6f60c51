package dev.thicket.model.diff;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The nodes that only changed id between two trees: a node of the new tree whose id is new but
 * whose content (every field but the id) and parent set equal those of a node that left the old
 * tree. Used by the diff and by the merge, so both match nodes the same way. Cost: removed × added
 * node comparisons.
 */
public final class NodeRenames {
  private NodeRenames() {}

  /** New id → old id of every renamed node, in the new tree's order. */
  public static Map<String, String> of(AttackTree old, AttackTree neu) {
    Map<String, String> renames = new LinkedHashMap<>();
    Set<String> removed = new LinkedHashSet<>(old.nodes().keySet());
    removed.removeAll(neu.nodes().keySet());
    for (Node added : neu.nodes().values()) {
      if (old.nodes().containsKey(added.id())) {
        continue;
      }
      for (String candidate : removed) {
        if (withId(old.node(candidate), added.id()).equals(added)
            && Set.copyOf(old.parents(candidate)).equals(Set.copyOf(neu.parents(added.id())))) {
          renames.put(added.id(), candidate);
          removed.remove(candidate);
          break;
        }
      }
    }
    return Collections.unmodifiableMap(renames);
  }

  private static Node withId(Node node, String id) {
    return new Node(id, node.title(), node.description(), node.gate(), node.k(), node.children(),
        node.likelihood(), node.impact(), node.rationale(), node.mitigations(),
        node.references(), node.extensions());
  }
}
