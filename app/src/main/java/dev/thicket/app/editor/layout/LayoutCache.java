package dev.thicket.app.editor.layout;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.Iterator;
import java.util.Set;

/**
 * The last {@link CanvasLayout}, reused while the structure it was made for holds: the same root,
 * the same node ids in the same order, each with the same children, and the same collapsed
 * nodes. Cards have a fixed size, so an edit of a title, gate or estimate keeps every position.
 * The check is linear in the nodes and cheap (an unchanged node is the same object).
 */
public final class LayoutCache {
  private AttackTree tree;
  private Set<String> collapsed;
  private CanvasLayout layout;

  /** The layout of {@code tree} with the {@code collapsed} gates closed, computed here if needed. */
  public CanvasLayout of(AttackTree next, Set<String> collapsedNow) {
    CanvasLayout kept = cached(next, collapsedNow);
    if (kept != null) {
      return kept;
    }
    CanvasLayout made = CanvasLayout.of(next, collapsedNow);
    remember(next, collapsedNow, made);
    return made;
  }

  /**
   * The kept layout if it fits {@code next} with {@code collapsedNow} closed (and {@code next}
   * becomes the tree it is of), else null.
   */
  public CanvasLayout cached(AttackTree next, Set<String> collapsedNow) {
    if (layout == null || !collapsedNow.equals(collapsed) || !sameStructure(tree, next)) {
      return null;
    }
    tree = next;
    return layout;
  }

  /** Keeps {@code made}, the layout of {@code of} with {@code collapsedThen} closed. */
  public void remember(AttackTree of, Set<String> collapsedThen, CanvasLayout made) {
    tree = of;
    collapsed = Set.copyOf(collapsedThen);
    layout = made;
  }

  /**
   * Whether the trees have the same root and the same ids in the same order, each with the same
   * children.
   */
  public static boolean sameStructure(AttackTree before, AttackTree after) {
    if (before == after || before.sharesStructureWith(after)) {
      return true; // an edit of titles or numbers: no walk over a large tree
    }
    if (!before.root().equals(after.root()) || before.nodes().size() != after.nodes().size()) {
      return false;
    }
    Iterator<Node> old = before.nodes().values().iterator();
    for (Node node : after.nodes().values()) {
      Node was = old.next();
      if (was != node && (!was.id().equals(node.id())
          || !was.children().equals(node.children()))) {
        return false;
      }
    }
    return true;
  }
}
