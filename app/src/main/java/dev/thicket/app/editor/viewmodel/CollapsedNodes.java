package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.tree.AttackTree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * Which gates the canvas shows collapsed (their subtree hidden behind a "+N" on the card). View
 * state, not part of the tree: no edit, no dirty mark. A node that is gone or has become a leaf
 * is dropped from the set.
 */
public final class CollapsedNodes {
  private final DocumentViewModel document;
  private final ObservableSet<String> collapsed = FXCollections.observableSet();
  private final ObservableSet<String> readOnly = FXCollections.unmodifiableObservableSet(collapsed);

  public CollapsedNodes(DocumentViewModel document) {
    this.document = document;
    document.treeProperty().addListener((observable, before, after) ->
        collapsed.removeIf(id -> !after.nodes().containsKey(id) || after.node(id).isLeaf()));
  }

  /** The collapsed node ids (read it, change it through the verbs). */
  public ObservableSet<String> ids() {
    return readOnly; // one wrapper: it holds its listeners only weakly
  }

  /** Collapses the selected gate; false for a leaf or nothing selected. */
  public boolean collapseSelected() {
    String id = document.selectedProperty().get();
    AttackTree tree = document.tree();
    if (id == null || !tree.nodes().containsKey(id) || tree.node(id).isLeaf()) {
      return false;
    }
    return collapsed.add(id);
  }

  /** Expands the selected node; false when it was not collapsed. */
  public boolean expandSelected() {
    return collapsed.remove(document.selectedProperty().get());
  }

  /**
   * Expands what hides {@code id}: the collapsed nodes on its first-parent path from the root,
   * when no shown parent lists it; false when it already showed.
   */
  public boolean reveal(String id) {
    AttackTree tree = document.tree();
    if (collapsed.isEmpty() || id == null || !tree.nodes().containsKey(id)
        || shown(tree).contains(id)) {
      return false;
    }
    List<String> path = new ArrayList<>();
    for (String at = id; at != null; ) {
      List<String> parents = tree.parents(at);
      at = parents.isEmpty() ? null : parents.get(0);
      if (at != null) {
        path.add(at);
      }
    }
    collapsed.removeAll(path);
    return true;
  }

  /** The nodes the canvas shows: those a shown, expanded parent lists, and the root. */
  private Set<String> shown(AttackTree tree) {
    Set<String> shown = new HashSet<>();
    Deque<String> walk = new ArrayDeque<>(List.of(tree.root()));
    while (!walk.isEmpty()) {
      String next = walk.pop();
      if (shown.add(next) && !collapsed.contains(next)) {
        walk.addAll(tree.node(next).children());
      }
    }
    return shown;
  }

  /** Collapses the selected gate, or expands it when it is collapsed. */
  public void toggleSelected() {
    if (!expandSelected()) {
      collapseSelected();
    }
  }
}
