package dev.thicket.app.editor.layout;

import dev.thicket.exports.diagram.DiagramLayout;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tree the canvas lays out while comparing: the open tree's structure with the nodes removed
 * since the other version put back where they were, so that {@link CanvasLayout} places them as
 * ghosts. A removed node hangs under its first old parent (in the old file's order) that is still
 * there, open or removed itself, at its old place among its old siblings; one with no such parent
 * (the old root, when the root changed) hangs last under the open root. A removed node lists only
 * removed children: a node still in the open tree stays under its open parents. Only ids and
 * children mean anything (every node is an OR gate or a leaf titled by its id). Cost: linear.
 */
public final class GhostedTree {
  private GhostedTree() {}

  /**
   * @param removed the ids of {@code old}'s nodes not in {@code open}, in old file order
   * @param newIds old id → open id of every renamed node
   */
  public static AttackTree of(AttackTree old, AttackTree open, List<String> removed,
      Map<String, String> newIds) {
    Map<String, List<String>> children = new LinkedHashMap<>();
    open.nodes().values()
        .forEach(node -> children.put(node.id(), new ArrayList<>(node.children())));
    removed.forEach(id -> children.put(id, new ArrayList<>()));
    Map<String, String> firstParents = DiagramLayout.firstParents(old);
    Map<String, String> oldIds = new HashMap<>();
    newIds.forEach((oldId, newId) -> oldIds.put(newId, oldId));
    for (String ghost : removed) {
      String parent = oldParent(old, ghost, firstParents.get(ghost), children.keySet(), newIds);
      if (parent == null) {
        children.get(open.root()).add(ghost);
      } else {
        insertAtOldPlace(children.get(parent), ghost, old.node(oldIds.getOrDefault(parent, parent))
            .children().stream().map(id -> newIds.getOrDefault(id, id)).toList());
      }
    }
    List<Node> nodes = new ArrayList<>();
    children.forEach((id, below) -> nodes.add(Node.gate(id, id,
        below.isEmpty() ? Gate.LEAF : Gate.OR, 0, below)));
    return new AttackTree("comparison", null, open.root(), nodes, List.of(), null,
        AnalysisSettings.NONE, Map.of());
  }

  /** The open id of {@code ghost}'s first old parent still there, or null. */
  private static String oldParent(AttackTree old, String ghost, String first, Set<String> there,
      Map<String, String> newIds) {
    List<String> candidates = new ArrayList<>();
    if (first != null) {
      candidates.add(first);
    }
    candidates.addAll(old.parents(ghost));
    for (String candidate : candidates) {
      String id = newIds.getOrDefault(candidate, candidate);
      if (there.contains(id)) {
        return id;
      }
    }
    return null;
  }

  /**
   * Inserts {@code ghost} into {@code siblings} after the nearest of its old siblings before it
   * that is there, or first.
   */
  private static void insertAtOldPlace(List<String> siblings, String ghost,
      List<String> oldSiblings) {
    int at = oldSiblings.indexOf(ghost);
    for (int i = at - 1; i >= 0; i--) {
      int there = siblings.indexOf(oldSiblings.get(i));
      if (there >= 0) {
        siblings.add(there + 1, ghost);
        return;
      }
    }
    siblings.add(0, ghost);
  }
}
