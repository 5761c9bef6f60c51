package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Ids;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pastes a copy of {@code subtree} as the last child of {@code parent}. Every pasted node gets a
 * fresh id (its old id when that is free, else the old id with {@code -2}, {@code -3}...), so a
 * copy never collides with the original; mitigations the tree lacks are added with the nodes.
 */
public record PasteSubtree(String parent, Subtree subtree) implements TreeEdit {

  /** The id the pasted copy of {@code subtree}'s root gets in {@code tree}. */
  public String pastedRoot(AttackTree tree) {
    return freshIds(tree).get(subtree.root());
  }

  private Map<String, String> freshIds(AttackTree tree) {
    Set<String> taken = new HashSet<>(tree.nodes().keySet());
    Map<String, String> ids = new HashMap<>();
    for (Node node : subtree.nodes()) {
      String id = Ids.unique(node.id(), taken::contains);
      taken.add(id);
      ids.put(node.id(), id);
    }
    return ids;
  }

  @Override
  public AttackTree apply(AttackTree tree) {
    Map<String, String> ids = freshIds(tree);
    String root = ids.get(subtree.root());
    List<Node> pasted = subtree.nodes().stream().map(node -> Trees.renamed(node,
        ids.get(node.id()), node.children().stream().map(ids::get).toList())).toList();
    List<Node> nodes = Trees.edited(tree,
        List.of(Trees.withChildAdded(Trees.existing(tree, parent), root, -1)), Set.of(), pasted);
    List<Mitigation> mitigations = new ArrayList<>(tree.mitigations().values());
    subtree.mitigations().stream()
        .filter(mitigation -> !tree.mitigations().containsKey(mitigation.id()))
        .forEach(mitigations::add);
    return Trees.rebuild(tree, nodes, mitigations);
  }

  @Override
  public String description() {
    return "Paste '" + subtree.root() + "'";
  }
}
