package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.TreeField;
import dev.thicket.app.editor.viewmodel.TreePropertiesViewModel;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.Numbers;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Tree tab: the tree's title and description, the analysis thresholds, the scales and the
 * tree's {@code x-} keys. Each field commits on Enter (Ctrl+Enter in a text area) or when the
 * focus leaves it; a refused value stays, marked red, with the reason under it.
 */
public final class TreePropertiesView extends VBox {
  private final TreePropertiesViewModel model;
  private final GridPane grid = new GridPane();
  private int row;

  public TreePropertiesView(TreePropertiesViewModel model) {
    this.model = model;
    getStyleClass().addAll("side-panel", "tree-panel");
    setId("tree-panel");
    Label heading = new Label("Tree");
    heading.getStyleClass().add("panel-heading");
    grid.setHgap(6);
    grid.setVgap(3);
    ColumnConstraints label = new ColumnConstraints();
    label.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints input = new ColumnConstraints();
    input.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(label, input);
    getChildren().addAll(heading, grid);
    field(TreeField.TITLE, new TextField(), null);
    field(TreeField.DESCRIPTION, FormFields.area(5), null);
    section("Analysis");
    field(TreeField.CRITICAL_THRESHOLD, new TextField(), "default "
        + Numbers.format(AnalysisSettings.DEFAULT_CRITICAL_THRESHOLD)
        + ": a node is critical from this importance on");
    field(TreeField.HIGH_RISK_THRESHOLD, new TextField(), "default "
        + Numbers.format(AnalysisSettings.DEFAULT_HIGH_RISK_THRESHOLD)
        + ": a scenario is high-risk from this risk on");
    section("Scales (empty: the defaults, one 'level: number' per line)");
    field(TreeField.LIKELIHOOD_SCALE, FormFields.area(5),
        TreePropertiesViewModel.defaultLevels(TreeField.LIKELIHOOD_SCALE));
    field(TreeField.IMPACT_SCALE, FormFields.area(4),
        TreePropertiesViewModel.defaultLevels(TreeField.IMPACT_SCALE));
    section("Keys of your own (one 'x-key: value' per line; Thicket keeps them)");
    field(TreeField.EXTENSIONS, FormFields.area(3), "x-owner: security team");
  }

  private void field(TreeField field, TextInputControl input, String prompt) {
    input.setPromptText(prompt);
    Label name = new Label(field.label());
    name.setLabelFor(input);
    name.setPadding(new Insets(4, 0, 0, 0));
    GridPane.setValignment(name, VPos.TOP);
    grid.add(name, 0, row);
    grid.add(FormFields.committing(input, field.key(), model.textProperty(field),
        model.errorProperty(field), () -> model.commit(field), model::load), 1, row++);
  }

  private void section(String title) {
    Label heading = new Label(title);
    heading.getStyleClass().add("section-heading");
    heading.setWrapText(true);
    grid.add(heading, 0, row++, 2, 1);
  }
}
