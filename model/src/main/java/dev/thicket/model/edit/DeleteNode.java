package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes node {@code id} and the part of its subtree that nothing else reaches (a shared node
 * that another gate still lists stays). Every gate that listed a deleted node loses that child
 * and stays valid (see {@link Trees#withChildren}). The root cannot be deleted.
 */
public record DeleteNode(String id) implements TreeEdit {

  /** The ids this edit removes from {@code tree}, in file order. */
  public static Set<String> removedBy(AttackTree tree, String id) {
    Set<String> kept = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(tree.root()));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (!next.equals(id) && kept.add(next)) {
        todo.addAll(tree.node(next).children());
      }
    }
    Set<String> removed = new LinkedHashSet<>(tree.nodes().keySet());
    removed.removeAll(kept);
    return removed;
  }

  @Override
  public AttackTree apply(AttackTree tree) {
    Trees.existing(tree, id);
    if (id.equals(tree.root())) {
      throw new EditRefusedException("the root cannot be deleted");
    }
    Set<String> removed = removedBy(tree, id);
    List<Node> nodes = tree.nodes().values().stream()
        .filter(node -> !removed.contains(node.id()))
        .map(node -> node.children().stream().anyMatch(removed::contains)
            ? Trees.withChildren(node,
                node.children().stream().filter(child -> !removed.contains(child)).toList())
            : node)
        .toList();
    return Trees.withNodes(tree, nodes);
  }

  @Override
  public String description() {
    return "Delete '" + id + "'";
  }
}
