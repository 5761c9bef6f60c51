package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.NodeField;
import dev.thicket.app.editor.viewmodel.NodePanelViewModel;
import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.NodeImportance;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.tree.Gate;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected node's score in the mode shown (P, the risk removed if it is blocked, the four
 * importance measures) above its fields in a compact grid (gate and k, likelihood and impact
 * share a row, so that every field shows at the window's default size; a leaf's attacker fields
 * follow in a section shown by a toggle in the heading, {@link AttackerFields}). A field commits when
 * Enter is pressed (Ctrl+Enter in a text area) or the focus leaves it; a refused value stays in
 * the field, which turns red with the reason under it.
 */
public final class NodePanelView extends VBox {
  private static final String EXPLANATION = String.join("\n",
      "In the mode shown, X this node and P(goal) the goal's probability:",
      "P: P(X), the probability of X after its own mitigations.",
      "Risk removed if blocked: how much the goal's risk falls if X is made impossible wherever",
      "it occurs, (P(goal) − P(goal | X blocked)) × impact: the card's ▼ number; the card's",
      "colour is its band.",
      "Birnbaum: P(goal | X certain) − P(goal | X blocked).",
      "FV (Fussell–Vesely): the share of the risk that blocking X removes.",
      "RAW: P(goal | X certain) / P(goal).  RRW: P(goal) / P(goal | X blocked).");

  private final NodePanelViewModel model;
  private final GridPane grid = new GridPane();
  private int row;

  public NodePanelView(NodePanelViewModel model) {
    this.model = model;
    getStyleClass().addAll("side-panel", "node-panel");
    Label heading = new Label();
    heading.getStyleClass().add("panel-heading");
    heading.textProperty().bind(model.idProperty().map(id -> "Node  " + id));
    Label score = new Label();
    score.setId("node-score");
    score.getStyleClass().add("node-score");
    score.setWrapText(true);
    score.textProperty().bind(Bindings.createStringBinding(
        () -> model.scoreProperty().get() == null ? ""
            : scoreText(model.scoreProperty().get(), model.scoreFinalProperty().get()),
        model.scoreProperty(), model.scoreFinalProperty()));
    score.setTooltip(new Tooltip(EXPLANATION));
    grid.setHgap(6);
    grid.setVgap(3);
    ColumnConstraints label = new ColumnConstraints();
    label.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints wide = new ColumnConstraints();
    wide.setHgrow(Priority.ALWAYS);
    wide.setMinWidth(60);
    ColumnConstraints smallLabel = new ColumnConstraints();
    smallLabel.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints narrow = new ColumnConstraints(60, 90, 130);
    grid.getColumnConstraints().addAll(label, wide, smallLabel, narrow);
    AttackerFields attacker = new AttackerFields(model);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox headingRow = new HBox(6, heading, gap, attacker.toggle());
    headingRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    getChildren().addAll(headingRow, score, grid);
    wide(NodeField.ID, new TextField());
    wide(NodeField.TITLE, new TextField());
    wide(NodeField.DESCRIPTION, FormFields.area(2));
    pair(NodeField.GATE.label(), gate(), NodeField.K.label(), field(NodeField.K, new TextField()));
    pair(NodeField.LIKELIHOOD.label(), field(NodeField.LIKELIHOOD, new TextField()),
        NodeField.IMPACT.label(), field(NodeField.IMPACT, new TextField()));
    wide(NodeField.RATIONALE, FormFields.area(2));
    wide(NodeField.REFERENCES, FormFields.area(2));
    getChildren().add(attacker);
  }

  /**
   * "P 0.03   risk removed if blocked 0.2932" and the four measures below, as the reports print
   * them ({@link Decimals}); while the importance is being computed, P and a line saying so, or,
   * when the run is over ({@code over}: the importance out of reach), that they are not known.
   */
  static String scoreText(NodeScore score, boolean over) {
    if (score.pending()) {
      double p = score.probability();
      String unknown = over ? "not known (out of reach)" : "being computed…";
      return "P " + (Double.isNaN(p) ? unknown : Decimals.of(p))
          + "\nrisk removed if blocked and importance: " + unknown;
    }
    NodeImportance measures = score.importance();
    return "P " + Decimals.of(score.probability()) + "   risk removed if blocked "
        + Decimals.of(score.contribution()) + "\nBirnbaum " + Decimals.of(measures.birnbaum())
        + "   FV " + Decimals.of(measures.fussellVesely())
        + "   RAW " + Decimals.of(measures.raw()) + "   RRW " + Decimals.of(measures.rrw());
  }

  private VBox field(NodeField field, TextInputControl input) {
    if (field == NodeField.K) {
      input.disableProperty().bind(model.gateProperty().isNotEqualTo(Gate.ATLEAST));
    } else if (field == NodeField.LIKELIHOOD) {
      input.disableProperty().bind(model.leafProperty().not());
    } else if (field == NodeField.REFERENCES && input instanceof javafx.scene.control.TextArea
        area) {
      area.setPromptText("one per line: CVE id, URL, document");
    }
    return FormFields.committing(input, field.label(), model.textProperty(field),
        model.errorProperty(field), () -> model.commit(field), model::load);
  }

  /** A field over the three input columns. */
  private void wide(NodeField field, TextInputControl input) {
    Label name = label(field.label(), input);
    grid.add(name, 0, row);
    grid.add(field(field, input), 1, row++, 3, 1);
  }

  /** Two fields side by side, the second one narrow. */
  private void pair(String first, VBox firstBox, String second, VBox secondBox) {
    grid.add(label(first, firstBox.getChildren().get(0)), 0, row);
    grid.add(firstBox, 1, row);
    grid.add(label(second, secondBox.getChildren().get(0)), 2, row);
    grid.add(secondBox, 3, row++);
  }

  static Label label(String text, javafx.scene.Node input) {
    Label name = new Label(text);
    name.setLabelFor(input);
    GridPane.setValignment(name, javafx.geometry.VPos.TOP);
    name.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
    return name;
  }

  private VBox gate() {
    ComboBox<Gate> gate = new ComboBox<>();
    gate.setId("field-gate");
    gate.setItems(FXCollections.observableArrayList(model.gateChoices()));
    gate.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(Gate value) {
        return value == null ? "" : value == Gate.LEAF ? "attack step (leaf)"
            : value == Gate.ATLEAST ? "at least k of n" : value.name();
      }

      @Override
      public Gate fromString(String text) {
        return null;
      }
    });
    model.leafProperty().addListener((observable, before, after) ->
        gate.setItems(FXCollections.observableArrayList(model.gateChoices())));
    gate.valueProperty().bindBidirectional(model.gateProperty());
    return FormFields.withError(gate, "gate", model.errorProperty(NodeField.GATE));
  }
}
