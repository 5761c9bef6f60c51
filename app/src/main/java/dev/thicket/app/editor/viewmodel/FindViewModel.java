package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Search by title, id or reference (ignoring case), as a find bar does: typing selects the first
 * match from the selected node on, {@link #next} and {@link #previous} step through the matches
 * in reading order (depth first from the root, left to right), wrapping. A match hidden in a
 * collapsed subtree is revealed before it is selected.
 */
public final class FindViewModel {
  private final DocumentViewModel document;
  private final CollapsedNodes collapsed;
  private final StringProperty query = new SimpleStringProperty("");
  private final ReadOnlyObjectWrapper<List<String>> matches = new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyObjectWrapper<Set<String>> matchSet = new ReadOnlyObjectWrapper<>(Set.of());
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private AttackTree indexed;
  private Map<String, String> haystacks = Map.of();
  private List<String> order = List.of();

  public FindViewModel(DocumentViewModel document, CollapsedNodes collapsed) {
    this.document = document;
    this.collapsed = collapsed;
    query.addListener((observable, before, after) -> {
      search();
      jump(0);
    });
    document.treeProperty().addListener((observable, before, after) -> search());
    document.selectedProperty().addListener((observable, before, after) -> showStatus());
  }

  /** The text searched for; blank for no search. */
  public StringProperty queryProperty() {
    return query;
  }

  /** The matching node ids, in reading order. */
  public ReadOnlyObjectProperty<List<String>> matchesProperty() {
    return matches.getReadOnlyProperty();
  }

  /** The same ids as a set, for the canvas to mark. */
  public ReadOnlyObjectProperty<Set<String>> matchSetProperty() {
    return matchSet.getReadOnlyProperty();
  }

  /** "2 of 5" when the selected node is the second of five matches, "no match", or empty. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Selects the next match after the selected node; false when nothing matches. */
  public boolean next() {
    return jump(1);
  }

  /** Selects the match before the selected node; false when nothing matches. */
  public boolean previous() {
    return jump(-1);
  }

  /** Ends the search: no query, no marks. */
  public void clear() {
    query.set("");
  }

  /**
   * Selects a match: with {@code step} 0 the selected node if it matches, else the first match
   * after it; with 1 or -1 the match after or before the selected node.
   */
  private boolean jump(int step) {
    List<String> found = matches.get();
    if (found.isEmpty()) {
      showStatus();
      return false;
    }
    index(document.tree());
    String selected = document.selectedProperty().get();
    int at = selected == null ? -1 : order.indexOf(selected);
    String target = null;
    if (step >= 0) {
      for (int i = step == 0 ? 0 : 1; i <= order.size() && target == null; i++) {
        String candidate = order.get(Math.floorMod(at + i, order.size()));
        target = matchSet.get().contains(candidate) ? candidate : null;
      }
    } else {
      for (int i = 1; i <= order.size() && target == null; i++) {
        String candidate = order.get(Math.floorMod(at - i, order.size()));
        target = matchSet.get().contains(candidate) ? candidate : null;
      }
    }
    collapsed.reveal(target);
    document.selectedProperty().set(target);
    showStatus();
    return true;
  }

  private void search() {
    String needle = query.get() == null ? ""
        : query.get().strip().toLowerCase(Locale.ROOT);
    if (needle.isEmpty()) {
      matches.set(List.of());
      matchSet.set(Set.of());
      showStatus();
      return;
    }
    List<String> found = new ArrayList<>();
    index(document.tree());
    haystacks.forEach((id, text) -> {
      if (text.contains(needle)) {
        found.add(id);
      }
    });
    matches.set(List.copyOf(found));
    matchSet.set(Set.copyOf(found));
    showStatus();
  }

  private void showStatus() {
    List<String> found = matches.get();
    String needle = query.get() == null ? "" : query.get().strip();
    String selected = document.selectedProperty().get();
    int index = selected == null ? -1 : found.indexOf(selected); // List.of rejects null
    status.set(needle.isEmpty() ? "" : found.isEmpty() ? "no match"
        : index < 0 ? found.size() + (found.size() == 1 ? " match" : " matches")
        : (index + 1) + " of " + found.size());
  }

  /** Each node's searchable text, lower case, in reading order; rebuilt after an edit. */
  private void index(AttackTree tree) {
    if (tree == indexed) {
      return;
    }
    order = readingOrder(tree);
    Map<String, String> texts = new LinkedHashMap<>();
    for (String id : order) {
      Node node = tree.node(id);
      texts.put(id, (node.title() + "\n" + node.id() + "\n"
          + String.join("\n", node.references())).toLowerCase(Locale.ROOT));
    }
    haystacks = texts;
    indexed = tree;
  }

  /** Depth first from the root, children left to right, each node once. */
  private static List<String> readingOrder(AttackTree tree) {
    List<String> order = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<String> walk = new ArrayDeque<>(List.of(tree.root()));
    while (!walk.isEmpty()) {
      String id = walk.pop();
      if (seen.add(id)) {
        order.add(id);
        List<String> children = tree.node(id).children();
        for (int i = children.size() - 1; i >= 0; i--) {
          walk.push(children.get(i));
        }
      }
    }
    return List.copyOf(order);
  }
}
