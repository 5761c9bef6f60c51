package dev.thicket.app.editor.view;

import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * Text fields of the side panels that commit their value on their own: on Enter (Ctrl+Enter in a
 * text area, where Enter starts a new line) or when the focus leaves; Escape reloads the model's
 * value. A refused value stays, marked red, with the reason under it and in a tooltip.
 */
final class FormFields {
  private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

  private FormFields() {}

  /**
   * Binds {@code input} (given the id {@code field-<name>}) to {@code text} and returns it in a
   * box with its error label ({@code error-<name>}), shown only when there is an error.
   */
  static VBox committing(TextInputControl input, String name, StringProperty text,
      ReadOnlyStringProperty error, BooleanSupplier commit, Runnable reload) {
    input.setId("field-" + name);
    input.textProperty().bindBidirectional(text);
    input.focusedProperty().addListener((observable, before, focused) -> {
      if (!focused) {
        commit.getAsBoolean();
      }
    });
    input.setOnKeyPressed(event -> {
      boolean multiLine = input instanceof TextArea;
      if (event.getCode() == KeyCode.ENTER && (!multiLine || event.isShortcutDown())) {
        commit.getAsBoolean();
        event.consume();
      } else if (event.getCode() == KeyCode.ESCAPE) {
        reload.run();
        event.consume();
      }
    });
    return withError(input, name, error);
  }

  /** {@code input} over its error label ({@code error-<name>}), shown only when there is one. */
  static VBox withError(javafx.scene.control.Control input, String name,
      ReadOnlyStringProperty error) {
    Label label = new Label();
    label.setId("error-" + name);
    label.getStyleClass().add("field-error");
    label.textProperty().bind(error);
    label.setWrapText(true);
    label.managedProperty().bind(label.textProperty().isNotEmpty());
    label.visibleProperty().bind(label.managedProperty());
    error.addListener((observable, before, after) -> {
      input.pseudoClassStateChanged(INVALID, !after.isEmpty());
      input.setTooltip(after.isEmpty() ? null : new Tooltip(after));
    });
    input.setMaxWidth(Double.MAX_VALUE);
    return new VBox(1, input, label);
  }

  /** A wrapping text area of {@code rows} rows. */
  static TextArea area(int rows) {
    TextArea area = new TextArea();
    area.setPrefRowCount(rows);
    area.setWrapText(true);
    return area;
  }

  /**
   * A drop-down of {@code factor}'s levels (ISO/SAE 21434 Annex G) and an empty choice shown as
   * {@code none}, bound both ways to {@code level}.
   */
  static javafx.scene.control.ChoiceBox<String> levels(
      dev.thicket.model.tree.PotentialFactor factor, String none, StringProperty level) {
    javafx.scene.control.ChoiceBox<String> choice = new javafx.scene.control.ChoiceBox<>();
    choice.getItems().add("");
    choice.getItems().addAll(factor.levels());
    choice.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(String value) {
        return value == null || value.isEmpty() ? none : value;
      }

      @Override
      public String fromString(String text) {
        return text;
      }
    });
    choice.valueProperty().bindBidirectional(level);
    choice.setPrefWidth(60);
    choice.setMaxWidth(Double.MAX_VALUE);
    return choice;
  }

  /** Sets {@code grid} up as two label | field pairs a row, the fields sharing the width. */
  static void twoFieldsARow(javafx.scene.layout.GridPane grid) {
    grid.setHgap(6);
    grid.setVgap(3);
    for (int column = 0; column < 4; column++) {
      javafx.scene.layout.ColumnConstraints constraints =
          new javafx.scene.layout.ColumnConstraints();
      if (column % 2 == 0) {
        constraints.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      } else {
        constraints.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        constraints.setMinWidth(60);
      }
      grid.getColumnConstraints().add(constraints);
    }
  }
}
