package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.MitigationsViewModel;
import dev.thicket.app.editor.viewmodel.MitigationsViewModel.Row;
import dev.thicket.app.editor.viewmodel.ReferenceLines;
import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.MitigationEffect;
import dev.thicket.model.tree.MitigationStatus;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The tree's mitigations as a table of what each does in the mode shown (the goal's risk without
 * it, with it, if it were perfect, and the reduction it buys: from the scored tree), a form for
 * the selected one (id, title, description, effectiveness, cost, status, references separated
 * by semicolons; Apply, Enter or Ctrl+Enter in the description commits it), attach and detach;
 * a row's menu opens its {@code x-} keys ({@link ExtensionKeysDialog}).
 */
public final class MitigationsView extends VBox {
  private final MitigationsViewModel model;
  private final TableView<Row> table = new TableView<>();
  private final TextField id = new TextField();
  private final TextField title = new TextField();
  private final TextArea description = FormFields.area(2);
  private final TextField references = new TextField();
  private final TextField effectiveness = new TextField();
  private final TextField cost = new TextField();
  private final Label covered = new Label();
  private final ComboBox<MitigationStatus> status =
      new ComboBox<>(FXCollections.observableArrayList(MitigationStatus.values()));

  /** @param mode the mode the editor shows, switched from here too */
  public MitigationsView(MitigationsViewModel model,
      javafx.beans.property.ObjectProperty<dev.thicket.model.analysis.Mode> mode) {
    this.model = model;
    getStyleClass().add("side-panel");
    table.setId("mitigations");
    table.setItems(model.rows());
    TableColumn<Row, String> onNode = column("", row ->
        row.covered().contains(model.nodeProperty().get()) ? "✓" : "");
    Label onNodeHeader = new Label("✓");
    onNodeHeader.setTooltip(new javafx.scene.control.Tooltip("✓: on the selected node"));
    onNode.setGraphic(onNodeHeader);
    onNode.setId("mitigation-on-node");
    table.getColumns().add(onNode);
    table.getColumns().add(column("mitigation", row -> row.mitigation().title()));
    table.getColumns().add(risk("without", "the goal's risk with this mitigation not counted",
        MitigationEffect::riskWithout));
    table.getColumns().add(risk("with", "the goal's risk with it counted at its effectiveness",
        MitigationEffect::riskWith));
    table.getColumns().add(risk("if perfect", "the goal's risk were it perfect (effectiveness 1)",
        MitigationEffect::riskIfPerfect));
    table.getColumns().add(risk("reduction", "without − with: what it buys at its effectiveness",
        MitigationEffect::reduction));
    double[] widths = {28, 200, 60, 60, 70, 74};
    for (int i = 0; i < widths.length; i++) {
      TableColumn<Row, ?> column = table.getColumns().get(i);
      column.setPrefWidth(widths[i]);
      if (i != 1) { // the title takes what is left
        column.setMinWidth(widths[i]);
        column.setMaxWidth(widths[i]);
      }
    }
    table.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
      @Override
      protected void updateItem(Row row, boolean empty) {
        super.updateItem(row, empty);
        setTooltip(empty || row == null ? null : new javafx.scene.control.Tooltip(
            row.mitigation().title() + "\n" + row.mitigation().status().keyword()
                + ", effectiveness " + Decimals.of(row.mitigation().effectiveness())
                + "\non: " + covers(row)));
      }
    });
    javafx.scene.control.MenuItem keys = new javafx.scene.control.MenuItem("x- keys…");
    keys.setId("mitigation-extensions");
    keys.setOnAction(event -> ExtensionKeysDialog.show(getScene().getWindow(), model));
    table.setContextMenu(new javafx.scene.control.ContextMenu(keys));
    model.nodeProperty().addListener((observable, before, after) -> table.refresh());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setPrefHeight(220);
    VBox.setVgrow(table, Priority.ALWAYS);
    table.getSelectionModel().selectedItemProperty().addListener((observable, before, row) -> {
      if (row == null && stillThere(model.selectedProperty().get())) {
        // new rows after an edit: the table dropped its selection, the mitigation is still here
        javafx.application.Platform.runLater(this::reselect);
        return;
      }
      model.selectedProperty().set(row == null ? null : row.mitigation().id());
      show(row);
    });
    model.rows().addListener((javafx.collections.ListChangeListener<Row>) change -> reselect());
    model.selectedProperty().addListener((observable, before, after) -> reselect());
    id.setId("mitigation-id");
    title.setId("mitigation-title");
    description.setId("mitigation-description");
    references.setId("mitigation-references");
    references.setPromptText("ticket; URL; document");
    effectiveness.setId("mitigation-effectiveness");
    cost.setId("mitigation-cost");
    status.setId("mitigation-status");
    status.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(MitigationStatus value) {
        return value == null ? "" : value.name().toLowerCase(java.util.Locale.ROOT);
      }

      @Override
      public MitigationStatus fromString(String text) {
        return MitigationStatus.valueOf(text.toUpperCase(java.util.Locale.ROOT));
      }
    });
    GridPane form = new GridPane();
    form.setHgap(6);
    form.setVgap(4);
    javafx.scene.layout.ColumnConstraints label = new javafx.scene.layout.ColumnConstraints();
    label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    javafx.scene.layout.ColumnConstraints input = new javafx.scene.layout.ColumnConstraints();
    input.setHgrow(Priority.ALWAYS);
    input.setMinWidth(60);
    form.getColumnConstraints().addAll(label, input, label, input);
    form.add(new Label("id"), 0, 0);
    form.add(id, 1, 0, 3, 1);
    form.add(new Label("title"), 0, 1);
    form.add(title, 1, 1, 3, 1);
    form.add(new Label("description"), 0, 2);
    form.add(description, 1, 2, 3, 1);
    form.addRow(3, new Label("effectiveness"), effectiveness, new Label("cost"), cost);
    // status and the nodes covered share a row, so that the references cost the table no row
    form.addRow(4, new Label("status"), status, new Label("on nodes"), covered);
    form.add(new Label("references"), 0, 5);
    form.add(references, 1, 5, 3, 1);
    covered.setId("mitigation-covered");
    covered.setWrapText(true);
    status.setPrefWidth(160);
    GridPane.setHgrow(title, Priority.ALWAYS);
    GridPane.setHgrow(id, Priority.ALWAYS);
    Button apply = button("Apply", "mitigation-apply", this::apply);
    id.setOnAction(event -> apply.fire());
    title.setOnAction(event -> apply.fire());
    description.setOnKeyPressed(event -> {
      if (event.getCode() == javafx.scene.input.KeyCode.ENTER && event.isShortcutDown()) {
        apply.fire();
        event.consume();
      }
    });
    references.setOnAction(event -> apply.fire());
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
    javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox headline = new HBox(10, heading, gap, new ModeSwitch(mode, "mitigations-mode"));
    headline.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    getChildren().addAll(headline, table, form, buttons, error);
    show(null);
  }

  /** Applies the form: the id first (one edit), then the other values (another edit). */
  private void apply() {
    String newTitle = title.getText();
    String newDescription = description.getText();
    String newEffectiveness = effectiveness.getText();
    String newCost = cost.getText();
    MitigationStatus newStatus = status.getValue();
    String newReferences = references.getText();
    if (model.changeId(id.getText())) {
      model.change(newTitle, newDescription, newEffectiveness, newCost, newStatus,
          newReferences);
    }
  }

  private boolean stillThere(String id) {
    return id != null && model.rows().stream().anyMatch(row -> row.mitigation().id().equals(id));
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
    id.setText(none ? "" : row.mitigation().id());
    title.setText(none ? "" : row.mitigation().title());
    description.setText(none || row.mitigation().description() == null ? ""
        : row.mitigation().description());
    effectiveness.setText(none ? "" : row.mitigation().effectivenessEstimate().toString());
    cost.setText(none || row.mitigation().cost() == null ? ""
        : Decimals.of(row.mitigation().cost()));
    status.setValue(none ? null : row.mitigation().status());
    references.setText(none ? "" : ReferenceLines.oneLine(row.mitigation().references()));
    covered.setText(none ? "" : covers(row));
  }

  private static String covers(Row row) {
    return row.covered().isEmpty() ? "no node yet" : String.join(", ", row.covered());
  }

  private static TableColumn<Row, String> column(String name,
      java.util.function.Function<Row, String> value) {
    TableColumn<Row, String> column = new TableColumn<>(name);
    column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
    return column;
  }

  /** A column of one risk of the row's effect; "…" until the mitigation is scored. */
  private static TableColumn<Row, String> risk(String name, String explanation,
      java.util.function.ToDoubleFunction<MitigationEffect> risk) {
    TableColumn<Row, String> column = column("", row -> row.effect() == null ? "…"
        : Decimals.of(risk.applyAsDouble(row.effect())));
    Label header = new Label(name);
    header.setTooltip(new javafx.scene.control.Tooltip(explanation + " (mode shown)"));
    column.setGraphic(header);
    column.setId("mitigation-" + name.replace(' ', '-'));
    column.setStyle("-fx-alignment: CENTER-RIGHT;");
    return column;
  }

  private static Button button(String text, String id, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.setOnAction(event -> action.run());
    return button;
  }
}
