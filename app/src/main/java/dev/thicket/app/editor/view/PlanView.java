package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.PlanViewModel;
import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.Plan;
import dev.thicket.model.analysis.PlanFront;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Plan tab: what to fund. The budget field ({@code analysis.budget}), a line that says what the
 * chart shows, the front as a step chart ({@link PlanChart}) and as a table (cost, risk, reduction
 * versus today, mitigations; the best plan within the budget in bold), and the titles of the
 * selected plan's mitigations beside Mark as planned.
 */
public final class PlanView extends VBox {
  private static final PseudoClass BEST = PseudoClass.getPseudoClass("best");

  private final PlanViewModel model;
  private final TableView<Plan> table = new TableView<>();
  private final Label selectedTitles = new Label();
  private boolean syncing;

  public PlanView(PlanViewModel model) {
    this.model = model;
    getStyleClass().add("side-panel");
    setId("plan-panel");
    Label heading = new Label("Plan");
    heading.getStyleClass().add("panel-heading");
    TextField budget = new TextField();
    budget.setPromptText("none");
    budget.setPrefColumnCount(6);
    budget.setTooltip(new Tooltip("What can be spent on mitigations, in their cost unit "
        + "(analysis.budget, saved with the tree); empty for none"));
    VBox budgetBox = FormFields.committing(budget, "budget", model.budgetTextProperty(),
        model.budgetErrorProperty(), model::commitBudget, model::reloadBudget);
    budgetBox.setMaxWidth(170);
    Label budgetLabel = new Label("budget");
    budgetLabel.setLabelFor(budget);
    budgetLabel.setMinWidth(Region.USE_PREF_SIZE);
    heading.setMinWidth(Region.USE_PREF_SIZE);
    // the status wraps only for a long reason (too many candidates), when the chart is empty
    Label status = new Label();
    status.setId("plan-status");
    status.getStyleClass().add("plan-status");
    status.setWrapText(true);
    status.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(status, Priority.ALWAYS);
    status.textProperty().bind(model.statusProperty());
    Tooltip statusTip = new Tooltip();
    statusTip.textProperty().bind(model.statusDetailProperty());
    statusTip.setWrapText(true);
    statusTip.setMaxWidth(420);
    status.setTooltip(statusTip);
    HBox headline = new HBox(8, heading, status, budgetLabel, budgetBox);
    headline.setAlignment(Pos.BASELINE_LEFT);
    Label explanation = new Label("Each dot is a plan: mitigations to fund that no cheaper plan "
        + "beats on risk. The steps show the least risk each budget buys.");
    explanation.setTooltip(new Tooltip("Candidates are the mitigations not implemented, with a "
        + "cost; a plan's risk counts the implemented ones and the plan (docs/analysis.md, "
        + "What to fund)"));
    explanation.setWrapText(true);
    explanation.getStyleClass().add("plan-explanation");
    explanation.setMinHeight(Region.USE_PREF_SIZE);
    PlanChart chart = new PlanChart(model);
    chart.setPrefHeight(190);
    chart.setMinHeight(150);
    buildTable();
    ProgressBar progress = LongRunProgress.bar("plan-progress", model.runningProperty(),
        model.progressProperty(), chart, table);
    Button mark = new Button("Mark as planned");
    mark.setId("plan-mark");
    mark.setMinWidth(Region.USE_PREF_SIZE);
    mark.setTooltip(new Tooltip("Make this plan the plan: its mitigations planned, every other "
        + "candidate proposed (one undoable edit); the planned mode then shows its risk"));
    mark.disableProperty().bind(model.canMarkProperty().not());
    mark.setOnAction(event -> model.markSelectedAsPlanned());
    selectedTitles.setId("plan-titles");
    selectedTitles.getStyleClass().add("plan-titles");
    selectedTitles.setWrapText(true);
    selectedTitles.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(selectedTitles, Priority.ALWAYS);
    HBox selectedRow = new HBox(8, selectedTitles, mark);
    selectedRow.setAlignment(Pos.CENTER_LEFT);
    selectedRow.setMinHeight(Region.USE_PREF_SIZE);
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().addAll(headline, explanation, progress, chart, table, selectedRow);
    model.frontProperty().addListener((observable, before, after) -> showFront(after));
    model.bestProperty().addListener((observable, before, after) -> {
      table.refresh();
      showSelected(model.selectedProperty().get());
    });
    model.selectedProperty().addListener((observable, before, after) -> showSelected(after));
    model.selectedTitles().addListener((ListChangeListener<String>) change ->
        showSelected(model.selectedProperty().get()));
    showFront(model.frontProperty().get());
  }

  private void buildTable() {
    table.setId("plans");
    table.setPlaceholder(new Label("no plans yet"));
    table.getColumns().add(column("cost", 64, plan -> Decimals.of(plan.cost())));
    table.getColumns().add(column("risk", 70, plan -> Decimals.of(plan.risk())));
    table.getColumns().add(column("reduction", 80,
        plan -> Decimals.of(model.reduction(plan))));
    TableColumn<Plan, String> mitigations = column("mitigations", 0, plan ->
        plan.mitigations().isEmpty() ? "(none: today)" : String.join(", ", plan.mitigations()));
    table.getColumns().add(mitigations);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setPrefHeight(100);
    table.setMinHeight(76);
    table.setRowFactory(view -> new TableRow<>() {
      @Override
      protected void updateItem(Plan plan, boolean empty) {
        super.updateItem(plan, empty);
        boolean best = !empty && plan != null && plan.equals(model.bestProperty().get());
        pseudoClassStateChanged(BEST, best);
        setTooltip(empty || plan == null ? null : new Tooltip((plan.mitigations().isEmpty()
            ? "no mitigation" : String.join("\n", plan.mitigations()))
            + (best ? "\nthe least risk within the budget" : "")));
      }
    });
    table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
      if (!syncing) {
        model.selectedProperty().set(after);
      }
    });
  }

  private static TableColumn<Plan, String> column(String name, double width,
      Function<Plan, String> value) {
    TableColumn<Plan, String> column = new TableColumn<>(name);
    column.setId("plans-" + name);
    column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
    column.setSortable(false);
    if (width > 0) {
      column.setPrefWidth(width);
      column.setMinWidth(width);
      column.setMaxWidth(width);
      column.setStyle("-fx-alignment: CENTER-RIGHT;");
    }
    return column;
  }

  private void showFront(PlanFront front) {
    syncing = true;
    try {
      table.getItems().setAll(front == null ? List.of() : front.front());
    } finally {
      syncing = false;
    }
    showSelected(model.selectedProperty().get());
  }

  private void showSelected(Plan plan) {
    syncing = true;
    try {
      if (plan == null) {
        table.getSelectionModel().clearSelection();
        Plan best = model.bestProperty().get();
        if (best != null) {
          table.scrollTo(best); // the best plan within the budget in view
        }
      } else if (table.getSelectionModel().getSelectedItem() != plan) {
        table.getSelectionModel().select(plan);
        table.scrollTo(plan);
      }
    } finally {
      syncing = false;
    }
    selectedTitles.setText(plan == null ? "Pick a dot or a row to see what its plan funds."
        : plan.mitigations().isEmpty() ? "no mitigation: today's risk"
        : String.join(" · ", model.selectedTitles()));
    selectedTitles.setTooltip(plan == null || plan.mitigations().isEmpty() ? null
        : new Tooltip(String.join("\n", model.selectedTitles())));
  }
}
