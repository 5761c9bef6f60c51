package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes node {@code id} and the part of its subtree that nothing else reaches (a shared node
 * that another gate still lists stays). Every gate that listed a deleted node loses that child
 * and stays valid (see {@link Trees#withChildren}). The root cannot be deleted.
 */
public record DeleteNode(String id) implements TreeEdit {

  /**
   * The ids this edit removes from {@code tree}, in file order: {@code id} and every node below
   * it whose parents are all removed. Visits only {@code id}'s subtree, not the whole tree.
   */
  public static Set<String> removedBy(AttackTree tree, String id) {
    Map<String, Integer> removedParents = new HashMap<>();
    Set<String> removed = new HashSet<>(List.of(id));
    Deque<String> todo = new ArrayDeque<>(List.of(id));
    while (!todo.isEmpty()) {
      for (String child : tree.node(todo.pop()).children()) {
        int count = removedParents.merge(child, 1, Integer::sum);
        if (count == tree.parents(child).size() && removed.add(child)) {
          todo.push(child);
        }
      }
    }
    return Trees.inFileOrder(tree, removed);
  }

  @Override
  public AttackTree apply(AttackTree tree) {
    Trees.existing(tree, id);
    if (id.equals(tree.root())) {
      throw new EditRefusedException("the root cannot be deleted");
    }
    Set<String> removed = removedBy(tree, id);
    Map<String, Node> parentsLeft = new LinkedHashMap<>(); // each remaining parent, trimmed
    for (String gone : removed) {
      for (String parent : tree.parents(gone)) {
        if (!removed.contains(parent)) {
          Node node = tree.node(parent);
          parentsLeft.computeIfAbsent(parent, kept -> Trees.withChildren(node, node.children()
              .stream().filter(child -> !removed.contains(child)).toList()));
        }
      }
    }
    List<Node> nodes = Trees.edited(tree, parentsLeft.values(), removed, List.of());
    return Trees.withNodes(tree, nodes);
  }

  @Override
  public String description() {
    return "Delete '" + id + "'";
  }
}
