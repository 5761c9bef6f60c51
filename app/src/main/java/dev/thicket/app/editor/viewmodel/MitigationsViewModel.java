package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.analysis.MitigationEffect;
import dev.thicket.model.edit.ChangeMitigationId;
import dev.thicket.model.edit.DeleteMitigation;
import dev.thicket.model.edit.PutMitigation;
import dev.thicket.model.edit.ReplaceNode;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The mitigations panel: a row per mitigation with the nodes it covers and what it does in the
 * mode shown (from the scored tree), the selected mitigation's values, and attach / detach to the
 * selected node. Every change is one undoable edit; a value out of range is marked and never
 * reaches the tree.
 */
public final class MitigationsViewModel {
  /**
   * One mitigation of the open tree, the ids of the nodes it is attached to, and its effect in
   * the scored tree ({@link ScoredTree#mitigations}); the effect is null before a result and for
   * a mitigation added since (until its re-score lands).
   */
  public record Row(Mitigation mitigation, List<String> covered, MitigationEffect effect) {
    public Row {
      covered = List.copyOf(covered);
    }
  }

  private final DocumentViewModel document;
  private final ResultsViewModel results;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final StringProperty selected = new SimpleStringProperty();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final BooleanProperty active;
  private AttackTree coveredOf;
  private Map<String, List<String>> covered;

  public MitigationsViewModel(DocumentViewModel document, ResultsViewModel results) {
    this(document, results, true);
  }

  /**
   * @param activeAtStart whether the rows are kept current from the start ({@link
   *     #activeProperty})
   */
  public MitigationsViewModel(DocumentViewModel document, ResultsViewModel results,
      boolean activeAtStart) {
    this.document = document;
    this.results = results;
    this.active = new SimpleBooleanProperty(activeAtStart);
    document.treeProperty().addListener((observable, before, after) -> refresh());
    results.scoredProperty().addListener((observable, before, after) -> refresh());
    active.addListener((observable, before, after) -> refresh());
    refresh();
  }

  /**
   * Whether the rows are kept current (true unless bound to the tab being shown): listing the
   * nodes each mitigation covers walks every node, which a large tree should not pay on every
   * edit while nobody looks at the table. The rows catch up when it turns true.
   */
  public BooleanProperty activeProperty() {
    return active;
  }

  public ObservableList<Row> rows() {
    return FXCollections.unmodifiableObservableList(rows);
  }

  /** The id of the selected mitigation; null for none. */
  public StringProperty selectedProperty() {
    return selected;
  }

  /** The selected node, which Attach and Detach act on. */
  public javafx.beans.value.ObservableStringValue nodeProperty() {
    return document.selectedProperty();
  }

  /** Why the last change was refused; empty after a good one. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  private void refresh() {
    AttackTree tree = document.tree();
    if (selected.get() != null && !tree.mitigations().containsKey(selected.get())) {
      selected.set(null);
    }
    if (!active.get()) {
      return;
    }
    Map<String, List<String>> covered = coveredBy(tree);
    Map<String, MitigationEffect> effects = new HashMap<>();
    ScoredTree scored = results.scoredProperty().get();
    if (scored != null) {
      scored.mitigations().forEach(score -> effects.put(score.mitigation().id(), score.effect()));
    }
    List<Row> next = new ArrayList<>();
    for (Mitigation mitigation : tree.mitigations().values()) {
      next.add(new Row(mitigation, covered.getOrDefault(mitigation.id(), List.of()),
          effects.get(mitigation.id())));
    }
    if (!next.equals(rows)) { // most edits leave the table as it is: spare its re-layout
      rows.setAll(next);
    }
  }

  /** The nodes each mitigation of {@code tree} is attached to; one walk over the nodes per tree. */
  private Map<String, List<String>> coveredBy(AttackTree tree) {
    if (tree != coveredOf) {
      covered = new HashMap<>();
      if (!tree.mitigations().isEmpty()) {
        for (Node node : tree.nodes().values()) {
          for (String id : node.mitigations()) {
            covered.computeIfAbsent(id, key -> new ArrayList<>()).add(node.id());
          }
        }
      }
      coveredOf = tree;
    }
    return covered;
  }

  /** Adds a planned mitigation and selects it. */
  public void add(String title) {
    PutMitigation put = PutMitigation.fresh(document.tree(), title);
    if (apply(document.edit(put))) {
      selected.set(put.mitigation().id());
    }
  }

  public void deleteSelected() {
    if (selected.get() != null) {
      apply(document.edit(new DeleteMitigation(selected.get())));
    }
  }

  /**
   * Sets the selected mitigation's values from text (an empty description or cost for none), its
   * references kept; false, with the error, when a number does not parse or the tree refuses it.
   */
  public boolean change(String title, String description, String effectiveness, String cost,
      MitigationStatus status) {
    return change(title, description, effectiveness, cost, status, null);
  }

  /**
   * As {@link #change(String, String, String, String, MitigationStatus)}, and the references
   * typed on one line, separated by semicolons ({@code null}, or the text they are shown as:
   * kept, so that a reference with a semicolon of its own is not split by an unrelated edit).
   */
  public boolean change(String title, String description, String effectiveness, String cost,
      MitigationStatus status, String references) {
    Mitigation old = document.tree().mitigations().get(selected.get());
    if (old == null) {
      return false;
    }
    Estimate effect;
    Double costValue;
    try {
      effect = Estimate.parse(effectiveness, Map.of(), "effectiveness",
          "a number in [0,1] or a range low..likely..high");
      if (effect == null) {
        throw new IllegalArgumentException("effectiveness is a number in [0,1]");
      }
      costValue = cost.isBlank() ? null : FieldNumbers.parse(cost.strip(), "cost",
          "a number >= 0 or empty");
    } catch (IllegalArgumentException unparsable) {
      error.set(unparsable.getMessage());
      return false;
    }
    String text = description == null ? "" : description.strip();
    Mitigation changed = new Mitigation(old.id(), title.strip(), text.isEmpty() ? null : text,
        effect.value(), effect.range(), costValue, status == null ? old.status() : status,
        old.estimates(), references == null
            || references.equals(ReferenceLines.oneLine(old.references())) ? old.references()
            : ReferenceLines.ofOneLine(references),
        old.extensions());
    if (changed.equals(old)) {
      error.set("");
      return true;
    }
    return apply(document.edit(new PutMitigation(changed)));
  }

  /** The selected mitigation's {@code x-} keys as YAML lines ({@link ExtensionLines}). */
  public String extensionsText() {
    Mitigation selectedOne = document.tree().mitigations().get(selected.get());
    return selectedOne == null ? "" : ExtensionLines.text(selectedOne.extensions());
  }

  /**
   * Gives the selected mitigation the {@code x-} keys typed in {@code text}, as one edit; false,
   * with the error ({@code line 2: …}), when the text is no mapping of such keys.
   */
  public boolean changeExtensions(String text) {
    Mitigation old = document.tree().mitigations().get(selected.get());
    if (old == null) {
      return false;
    }
    Map<String, Object> extensions;
    try {
      extensions = ExtensionLines.of(text);
    } catch (IllegalArgumentException refused) {
      error.set(refused.getMessage());
      return false;
    }
    if (extensions.equals(old.extensions())) {
      error.set("");
      return true;
    }
    return apply(document.edit(new PutMitigation(old.withExtensions(extensions))));
  }

  /**
   * Gives the selected mitigation the id {@code newId}, updating every node that lists it, and
   * keeps it selected; false, with the error, when the id is taken or not a valid id.
   */
  public boolean changeId(String newId) {
    String id = selected.get();
    String wanted = newId == null ? "" : newId.strip();
    if (id == null || id.equals(wanted)) {
      return id != null;
    }
    if (!apply(document.edit(new ChangeMitigationId(id, wanted)))) {
      return false;
    }
    selected.set(wanted);
    return true;
  }

  /** Attaches the selected mitigation to the selected node. */
  public boolean attach() {
    Node node = selectedNode();
    if (node == null || selected.get() == null || node.mitigations().contains(selected.get())) {
      return false;
    }
    List<String> next = new ArrayList<>(node.mitigations());
    next.add(selected.get());
    return apply(document.edit(new ReplaceNode(node.withMitigations(next), "mitigations")));
  }

  /** Detaches the selected mitigation from the selected node. */
  public boolean detach() {
    Node node = selectedNode();
    if (node == null || !node.mitigations().contains(selected.get())) {
      return false;
    }
    List<String> next = new ArrayList<>(node.mitigations());
    next.remove(selected.get());
    return apply(document.edit(new ReplaceNode(node.withMitigations(next), "mitigations")));
  }

  private Node selectedNode() {
    String id = document.selectedProperty().get();
    return id == null ? null : document.tree().nodes().get(id);
  }

  private boolean apply(boolean accepted) {
    error.set(accepted ? "" : document.messageProperty().get());
    return accepted;
  }
}
