package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.edit.RenameNode;
import dev.thicket.model.edit.ReplaceNode;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Numbers;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.PotentialFactor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The side panel: the selected node's fields as text, each committed on its own as one undoable
 * edit ({@code x-} keys of the node are kept as they are), and its score in the mode shown. A
 * value that does not parse, or that the tree's rules refuse (likelihood 1.5, k above the number
 * of children), is kept in its field with an error next to it and never reaches the model. A
 * leaf's cost and time are numbers (empty for none) and each attack-potential factor a level
 * chosen from a list ("" for not rated); each change of one is one edit.
 */
public final class NodePanelViewModel {
  private final DocumentViewModel document;
  private final ResultsViewModel results;
  private final ReadOnlyObjectWrapper<NodeScore> score = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper scoreFinal = new ReadOnlyBooleanWrapper(false);
  private final Map<NodeField, StringProperty> text = new EnumMap<>(NodeField.class);
  private final Map<NodeField, ReadOnlyStringWrapper> errors = new EnumMap<>(NodeField.class);
  private final ObjectProperty<Gate> gate = new SimpleObjectProperty<>(Gate.LEAF);
  private final Map<PotentialFactor, StringProperty> levels =
      new EnumMap<>(PotentialFactor.class);
  private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper leaf = new ReadOnlyBooleanWrapper(true);
  private boolean loading;

  public NodePanelViewModel(DocumentViewModel document, ResultsViewModel results) {
    this.document = document;
    this.results = results;
    results.shownProperty().addListener((observable, before, after) -> loadScore());
    scoreFinal.bind(results.errorProperty().isNotEmpty());
    for (NodeField field : NodeField.values()) {
      text.put(field, new SimpleStringProperty(""));
      errors.put(field, new ReadOnlyStringWrapper(""));
    }
    for (PotentialFactor factor : PotentialFactor.values()) {
      StringProperty level = new SimpleStringProperty("");
      level.addListener((observable, before, after) -> {
        if (!loading) {
          commit(NodeField.POTENTIAL);
        }
      });
      levels.put(factor, level);
    }
    document.selectedProperty().addListener((observable, before, after) -> load());
    document.treeProperty().addListener((observable, before, after) -> load());
    gate.addListener((observable, before, after) -> {
      if (!loading && after != null) {
        commit(NodeField.GATE);
      }
    });
    load();
  }

  public StringProperty textProperty(NodeField field) {
    return text.get(field);
  }

  /** The error of {@code field}'s value; empty when it is fine. */
  public ReadOnlyStringProperty errorProperty(NodeField field) {
    return errors.get(field).getReadOnlyProperty();
  }

  /**
   * The selected leaf's level of {@code factor} (one of {@link PotentialFactor#levels()}), "" when
   * it is not rated; setting it commits the node's whole rating as one edit.
   */
  public StringProperty levelProperty(PotentialFactor factor) {
    return levels.get(factor);
  }

  public ObjectProperty<Gate> gateProperty() {
    return gate;
  }

  public ReadOnlyStringProperty idProperty() {
    return id.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty leafProperty() {
    return leaf.getReadOnlyProperty();
  }

  /**
   * The selected node's probability, contribution and importance measures in the scored tree
   * shown ({@link ResultsViewModel#score}: for the chosen attacker profile, if any); null with
   * no selection or before its score.
   */
  public ReadOnlyObjectProperty<NodeScore> scoreProperty() {
    return score.getReadOnlyProperty();
  }

  /**
   * Whether the score is final even where it is pending: the run that made it ended with an error
   * (the importance of every node out of reach), so no more will come.
   */
  public ReadOnlyBooleanProperty scoreFinalProperty() {
    return scoreFinal.getReadOnlyProperty();
  }

  /** The selected node's values, replacing whatever the fields hold. */
  public void load() {
    Node node = selectedNode();
    loading = true;
    try {
      errors.values().forEach(error -> error.set(""));
      id.set(node == null ? "" : node.id());
      leaf.set(node == null || node.isLeaf());
      gate.set(node == null ? Gate.LEAF : node.gate());
      set(NodeField.ID, node == null ? "" : node.id());
      set(NodeField.TITLE, node == null ? "" : node.title());
      set(NodeField.DESCRIPTION, node == null ? "" : node.description());
      set(NodeField.GATE, node == null ? "" : node.gate().name());
      set(NodeField.K, node == null || node.gate() != Gate.ATLEAST ? "" : "" + node.k());
      set(NodeField.LIKELIHOOD, node == null || node.likelihood() == null ? ""
          : node.likelihood().toString());
      set(NodeField.IMPACT, node == null || node.impact() == null ? "" : node.impact().toString());
      set(NodeField.COST, node == null ? "" : number(node.attacker().cost()));
      set(NodeField.TIME, node == null ? "" : number(node.attacker().time()));
      for (PotentialFactor factor : PotentialFactor.values()) {
        levels.get(factor).set(node == null ? ""
            : Objects.requireNonNullElse(node.attacker().potential().level(factor), ""));
      }
      set(NodeField.RATIONALE, node == null ? "" : node.rationale());
      set(NodeField.REFERENCES, node == null ? "" : ReferenceLines.text(node.references()));
      set(NodeField.EXTENSIONS, node == null ? "" : ExtensionLines.text(node.extensions()));
    } finally {
      loading = false;
    }
    loadScore();
  }

  private void loadScore() {
    String selected = document.selectedProperty().get();
    score.set(selected == null ? null : results.score(selected));
  }

  /**
   * Commits {@code field}'s text to the model as one edit; does nothing when it is unchanged.
   * Returns false, with the error on the field, when the value is refused.
   */
  public boolean commit(NodeField field) {
    Node node = selectedNode();
    if (node == null || loading) {
      return false;
    }
    String value = text.get(field).get() == null ? "" : text.get(field).get().strip();
    if (field == NodeField.ID) {
      return commitId(node, value);
    }
    Node changed;
    try {
      changed = changed(node, field, value);
    } catch (IllegalArgumentException unparsable) {
      errors.get(field).set(unparsable.getMessage());
      return false;
    }
    if (changed.equals(node)) {
      errors.get(field).set("");
      return true;
    }
    boolean accepted = field == NodeField.TITLE
        ? document.edit(new RenameNode(node.id(), value))
        : document.edit(new ReplaceNode(changed, field.label()));
    if (!accepted) {
      String refusal = document.messageProperty().get();
      // the edit reloaded nothing: keep the user's text, mark it
      errors.get(field).set(refusal);
      return false;
    }
    return true;
  }

  private boolean commitId(Node node, String value) {
    if (value.equals(node.id())) {
      errors.get(NodeField.ID).set("");
      return true;
    }
    if (!document.changeSelectedId(value)) {
      errors.get(NodeField.ID).set(document.messageProperty().get());
      return false;
    }
    return true;
  }

  private Node changed(Node node, NodeField field, String value) {
    AttackTree tree = document.tree();
    return switch (field) {
      case ID -> node;
      case TITLE -> node.withTitle(value);
      case DESCRIPTION -> node.withDescription(value.isEmpty() ? null : value);
      case GATE, K -> withGate(node, gate.get(), field == NodeField.K ? value
          : text.get(NodeField.K).get());
      case LIKELIHOOD -> node.withLikelihood(Estimate.parse(value, tree.scales().likelihood(),
          "likelihood", "a probability in [0,1]"));
      case IMPACT -> node.withImpact(Estimate.parse(value, tree.scales().impact(), "impact",
          "a number in [0,10]"));
      case COST -> node.withAttacker(node.attacker().withCost(
          optionalNumber(value, "cost", "a number ≥ 0 (empty for none)")));
      case TIME -> node.withAttacker(node.attacker().withTime(
          optionalNumber(value, "time", "hours, a number ≥ 0 (empty for none)")));
      case POTENTIAL -> node.withAttacker(node.attacker().withPotential(potential()));
      case RATIONALE -> node.withRationale(value.isEmpty() ? null : value);
      case REFERENCES -> node.withReferences(ReferenceLines.of(value));
      case EXTENSIONS -> node.withExtensions(ExtensionLines.of(value));
    };
  }

  /** The number {@code value} spells, null when empty (the tree's rules refuse one below 0). */
  private static Double optionalNumber(String value, String what, String range) {
    return value.isEmpty() ? null : FieldNumbers.parse(value, what, range);
  }

  /** As a file writes it; empty for none. */
  private static String number(Double value) {
    return value == null ? "" : Numbers.format(value);
  }

  /** The rating the five drop-downs hold. */
  private Potential potential() {
    Map<PotentialFactor, String> rated = new EnumMap<>(PotentialFactor.class);
    levels.forEach((factor, level) -> {
      if (level.get() != null && !level.get().isEmpty()) {
        rated.put(factor, level.get());
      }
    });
    return new Potential(rated);
  }

  private static Node withGate(Node node, Gate newGate, String kText) {
    if (newGate == Gate.LEAF) {
      if (!node.isLeaf()) {
        throw new IllegalArgumentException("a gate with children cannot become a leaf");
      }
      return node;
    }
    if (node.isLeaf()) {
      throw new IllegalArgumentException("add a child first: a gate needs children");
    }
    int k = 0;
    if (newGate == Gate.ATLEAST) {
      String given = kText == null ? "" : kText.strip();
      if (given.isEmpty()) {
        k = Math.min(2, node.children().size());
      } else {
        double number = FieldNumbers.parse(given, "k", "a whole number");
        k = (int) number;
        if (k != number) {
          throw new IllegalArgumentException("k is a whole number, not '" + given + "'");
        }
      }
    }
    return node.withGate(newGate, k, node.children());
  }

  private void set(NodeField field, String value) {
    text.get(field).set(Objects.requireNonNullElse(value, ""));
  }

  private Node selectedNode() {
    String selected = document.selectedProperty().get();
    AttackTree tree = document.tree();
    return selected == null || tree == null ? null : tree.nodes().get(selected);
  }

  /** The gates offered for the selected node: a leaf stays a leaf until it has children. */
  public List<Gate> gateChoices() {
    return leaf.get() ? List.of(Gate.LEAF)
        : List.of(Gate.AND, Gate.OR, Gate.ATLEAST, Gate.NOT, Gate.XOR);
  }
}
