package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.MitigationsViewModel;
import dev.thicket.app.editor.viewmodel.MitigationsViewModel.Row;
import dev.thicket.exports.Decimals;
import dev.thicket.model.tree.MitigationStatus;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The tree's mitigations as a table, a form for the selected one, attach and detach. */
public final class MitigationsView extends VBox {
  private final MitigationsViewModel model;
  private final TableView<Row> table = new TableView<>();
  private final TextField title = new TextField();
  private final TextField effectiveness = new TextField();
  private final TextField cost = new TextField();
  private final ComboBox<MitigationStatus> status =
      new ComboBox<>(FXCollections.observableArrayList(MitigationStatus.values()));

  public MitigationsView(MitigationsViewModel model) {
    this.model = model;
    getStyleClass().add("side-panel");
    table.setId("mitigations");
    table.setItems(model.rows());
    table.getColumns().add(column("mitigation", row -> row.mitigation().title()));
    table.getColumns().add(column("effect", row -> Decimals.of(row.mitigation().effectiveness())));
    table.getColumns().add(column("cost", row -> row.mitigation().cost() == null ? ""
        : Decimals.of(row.mitigation().cost())));
    table.getColumns().add(column("status", row -> row.mitigation().status().name()
        .toLowerCase()));
    table.getColumns().add(column("nodes", row -> String.join(", ", row.covered())));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPrefHeight(220);
    VBox.setVgrow(table, Priority.ALWAYS);
    table.getSelectionModel().selectedItemProperty().addListener((observable, before, row) -> {
      model.selectedProperty().set(row == null ? null : row.mitigation().id());
      show(row);
    });
    model.rows().addListener((javafx.collections.ListChangeListener<Row>) change -> reselect());
    model.selectedProperty().addListener((observable, before, after) -> reselect());
    title.setId("mitigation-title");
    effectiveness.setId("mitigation-effectiveness");
    cost.setId("mitigation-cost");
    status.setId("mitigation-status");
    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(4);
    form.addRow(0, new Label("title"), title);
    form.addRow(1, new Label("effectiveness"), effectiveness);
    form.addRow(2, new Label("cost"), cost);
    form.addRow(3, new Label("status"), status);
    GridPane.setHgrow(title, Priority.ALWAYS);
    Button apply = button("Apply", "mitigation-apply", () -> model.change(title.getText(),
        effectiveness.getText(), cost.getText(), status.getValue()));
    title.setOnAction(event -> apply.fire());
    effectiveness.setOnAction(event -> apply.fire());
    cost.setOnAction(event -> apply.fire());
    HBox buttons = new HBox(6,
        button("Add", "mitigation-add", () -> model.add("New mitigation")), apply,
        button("Attach to node", "mitigation-attach", model::attach),
        button("Detach", "mitigation-detach", model::detach),
        button("Delete", "mitigation-delete", model::deleteSelected));
    Label error = new Label();
    error.setId("mitigation-error");
    error.getStyleClass().add("field-error");
    error.setWrapText(true);
    error.textProperty().bind(model.errorProperty());
    Label heading = new Label("Mitigations");
    heading.getStyleClass().add("panel-heading");
    getChildren().addAll(heading, table, form, buttons, error);
    show(null);
  }

  private void reselect() {
    String id = model.selectedProperty().get();
    for (Row row : table.getItems()) {
      if (row.mitigation().id().equals(id)) {
        table.getSelectionModel().select(row);
        return;
      }
    }
  }

  private void show(Row row) {
    boolean none = row == null;
    title.setText(none ? "" : row.mitigation().title());
    effectiveness.setText(none ? "" : Decimals.of(row.mitigation().effectiveness()));
    cost.setText(none || row.mitigation().cost() == null ? ""
        : Decimals.of(row.mitigation().cost()));
    status.setValue(none ? null : row.mitigation().status());
  }

  private static TableColumn<Row, String> column(String name,
      java.util.function.Function<Row, String> value) {
    TableColumn<Row, String> column = new TableColumn<>(name);
    column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
    return column;
  }

  private static Button button(String text, String id, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.setOnAction(event -> action.run());
    return button;
  }
}
