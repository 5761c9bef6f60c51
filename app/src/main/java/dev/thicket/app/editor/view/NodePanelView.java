package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.NodeField;
import dev.thicket.app.editor.viewmodel.NodePanelViewModel;
import dev.thicket.model.tree.Gate;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected node's fields. A field commits when Enter is pressed or the focus leaves it; a
 * refused value stays in the field, which turns red with the reason under it.
 */
public final class NodePanelView extends VBox {
  private final NodePanelViewModel model;
  private final GridPane grid = new GridPane();
  private int row;

  public NodePanelView(NodePanelViewModel model) {
    this.model = model;
    getStyleClass().add("side-panel");
    Label heading = new Label();
    heading.getStyleClass().add("panel-heading");
    heading.textProperty().bind(model.idProperty().map(id -> "Node  " + id));
    grid.setHgap(8);
    grid.setVgap(2);
    getChildren().addAll(heading, grid);
    field(NodeField.ID, new TextField());
    field(NodeField.TITLE, new TextField());
    TextArea description = new TextArea();
    description.setPrefRowCount(3);
    description.setWrapText(true);
    field(NodeField.DESCRIPTION, description);
    gate();
    field(NodeField.K, new TextField());
    field(NodeField.LIKELIHOOD, new TextField());
    field(NodeField.IMPACT, new TextField());
    TextArea references = new TextArea();
    references.setPrefRowCount(2);
    field(NodeField.REFERENCES, references);
  }

  private void field(NodeField field, TextInputControl input) {
    input.setId("field-" + field.label());
    input.textProperty().bindBidirectional(model.textProperty(field));
    input.focusedProperty().addListener((observable, before, focused) -> {
      if (!focused) {
        model.commit(field);
      }
    });
    input.setOnKeyPressed(event -> {
      boolean multiLine = input instanceof TextArea;
      if (event.getCode() == KeyCode.ENTER && (!multiLine || event.isControlDown())) {
        model.commit(field);
        event.consume();
      } else if (event.getCode() == KeyCode.ESCAPE) {
        model.load();
        event.consume();
      }
    });
    Label error = new Label();
    error.setId("error-" + field.label());
    error.getStyleClass().add("field-error");
    error.textProperty().bind(model.errorProperty(field));
    error.setWrapText(true);
    error.managedProperty().bind(error.textProperty().isNotEmpty());
    error.visibleProperty().bind(error.managedProperty());
    model.errorProperty(field).addListener((observable, before, after) -> {
      input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"),
          !after.isEmpty());
      input.setTooltip(after.isEmpty() ? null : new Tooltip(after));
    });
    if (field == NodeField.K) {
      input.disableProperty().bind(model.gateProperty().isNotEqualTo(Gate.ATLEAST));
    } else if (field == NodeField.LIKELIHOOD) {
      input.disableProperty().bind(model.leafProperty().not());
    }
    add(field.label(), input, error);
  }

  private void gate() {
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
    Label error = new Label();
    error.setId("error-gate");
    error.getStyleClass().add("field-error");
    error.textProperty().bind(model.errorProperty(NodeField.GATE));
    add("gate", gate, error);
  }

  private void add(String label, javafx.scene.control.Control input, Label error) {
    Label name = new Label(label);
    name.setLabelFor(input);
    name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    GridPane.setHgrow(input, Priority.ALWAYS);
    input.setMaxWidth(Double.MAX_VALUE);
    grid.add(name, 0, row);
    grid.add(input, 1, row++);
    grid.add(error, 1, row++);
  }
}
