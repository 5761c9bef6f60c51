package dev.thicket.model.diff;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nodes that only changed id between two trees: a node of the new tree whose id is new but
 * whose content (every field but the id) and parent set equal those of a node that left the old
 * tree. Used by the diff and by the merge, so both match nodes the same way. Cost: linear in the
 * trees' sizes (removed nodes are indexed by content), plus nodes of equal content compared by
 * parent set.
 */
public final class NodeRenames {
  private NodeRenames() {}

  /** New id → old id of every renamed node, in the new tree's order. */
  public static Map<String, String> of(AttackTree old, AttackTree neu) {
    Map<String, String> renames = new LinkedHashMap<>();
    Map<Node, List<String>> removedByContent = new HashMap<>();
    for (Node node : old.nodes().values()) {
      if (!neu.nodes().containsKey(node.id())) {
        removedByContent.computeIfAbsent(withId(node, ""), content -> new ArrayList<>())
            .add(node.id());
      }
    }
    for (Node added : neu.nodes().values()) {
      if (old.nodes().containsKey(added.id())) {
        continue;
      }
      List<String> candidates = removedByContent.getOrDefault(withId(added, ""), List.of());
      Set<String> parents = Set.copyOf(neu.parents(added.id()));
      for (Iterator<String> it = candidates.iterator(); it.hasNext(); ) {
        String candidate = it.next();
        if (Set.copyOf(old.parents(candidate)).equals(parents)) {
          renames.put(added.id(), candidate);
          it.remove();
          break;
        }
      }
    }
    return Collections.unmodifiableMap(renames);
  }

  private static Node withId(Node node, String id) {
    return node.withId(id);
  }
}
