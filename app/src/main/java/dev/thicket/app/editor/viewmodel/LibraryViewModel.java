package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.library.AttackPattern;
import dev.thicket.model.library.Library;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Edit → Insert from library: the library's patterns filtered by what the user types (id, title,
 * description, step titles or references, ignoring case), the chosen one, and the verb that
 * pastes its sub-tree under the selected node as the clipboard pastes (fresh ids, one edit).
 */
public final class LibraryViewModel {
  /** One line of a pattern's outline: its depth below the pattern's goal, and its text. */
  public record OutlineLine(int depth, String text) {}

  private final SubtreeClipboard clipboard;
  private final StringProperty filter = new SimpleStringProperty("");
  private final FilteredList<AttackPattern> patterns;
  private final ObjectProperty<AttackPattern> chosen = new SimpleObjectProperty<>();

  public LibraryViewModel(Library library, SubtreeClipboard clipboard) {
    this.clipboard = clipboard;
    this.patterns = new FilteredList<>(FXCollections.observableArrayList(library.patterns()));
    filter.addListener((observable, before, text) -> {
      String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
      patterns.setPredicate(pattern -> haystack(pattern).contains(needle));
      if (!patterns.contains(chosen.get())) {
        chosen.set(patterns.isEmpty() ? null : patterns.get(0));
      }
    });
    chosen.set(patterns.isEmpty() ? null : patterns.get(0));
  }

  /** What the user types to narrow the list. */
  public StringProperty filterProperty() {
    return filter;
  }

  /** The patterns the filter leaves, in the library's order. */
  public ObservableList<AttackPattern> patterns() {
    return patterns;
  }

  /** The pattern shown in the preview and inserted on OK; the first match after filtering. */
  public ObjectProperty<AttackPattern> chosenProperty() {
    return chosen;
  }

  /** Pastes the chosen pattern under the selected node; false when none is chosen or refused. */
  public boolean insert() {
    AttackPattern pattern = chosen.get();
    return pattern != null && clipboard.paste(pattern.subtree());
  }

  /** "5 steps · 4 mitigations". */
  public static String summary(AttackPattern pattern) {
    return pattern.steps() + " steps · " + pattern.tree().mitigations().size() + " mitigations";
  }

  /**
   * The pattern's nodes depth first from its goal, each as "title (AND)" for a gate and "title
   * (likelihood low)" for a step; a node shared by two gates is listed under each.
   */
  public static List<OutlineLine> outline(AttackPattern pattern) {
    List<OutlineLine> lines = new ArrayList<>();
    outline(pattern.tree(), pattern.tree().root(), 0, lines);
    return lines;
  }

  private static void outline(AttackTree tree, String id, int depth, List<OutlineLine> lines) {
    Node node = tree.node(id);
    String detail = node.isLeaf()
        ? node.likelihood() == null ? "not estimated" : "likelihood " + node.likelihood()
        : node.gate().keyword().orElse("").toUpperCase(Locale.ROOT);
    lines.add(new OutlineLine(depth, node.title() + "  (" + detail + ")"));
    node.children().forEach(child -> outline(tree, child, depth + 1, lines));
  }

  private static String haystack(AttackPattern pattern) {
    Set<String> parts = new HashSet<>(List.of(pattern.id(), pattern.title(),
        pattern.description()));
    pattern.tree().nodes().values().forEach(node -> parts.add(node.title()));
    parts.addAll(pattern.references());
    return String.join("\n", parts).toLowerCase(Locale.ROOT);
  }
}
