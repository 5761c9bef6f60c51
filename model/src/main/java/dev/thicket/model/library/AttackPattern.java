package dev.thicket.model.library;

import dev.thicket.model.edit.Subtree;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One reusable sub-tree of the library: an ordinary tree whose root is the pattern's goal.
 *
 * @param id the file name without {@code .yaml}, e.g. {@code unsafe-deserialisation}
 */
public record AttackPattern(String id, AttackTree tree) {

  public AttackPattern {
    Objects.requireNonNull(id);
    Objects.requireNonNull(tree);
  }

  public String title() {
    return tree.title();
  }

  /** The tree's description, or empty text. */
  public String description() {
    return tree.description() == null ? "" : tree.description();
  }

  /** The whole tree as a part to paste (root, every node, the mitigations they use). */
  public Subtree subtree() {
    return Subtree.of(tree, tree.root());
  }

  /** The number of attack steps: the leaves. */
  public int steps() {
    return (int) tree.nodes().values().stream().filter(Node::isLeaf).count();
  }

  /** Every node's references, each once, in file order. */
  public List<String> references() {
    Set<String> references = new LinkedHashSet<>();
    tree.nodes().values().forEach(node -> references.addAll(node.references()));
    return List.copyOf(references);
  }
}
