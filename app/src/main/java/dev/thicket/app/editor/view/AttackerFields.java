package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.NodeField;
import dev.thicket.app.editor.viewmodel.NodePanelViewModel;
import dev.thicket.model.tree.PotentialFactor;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The node panel's section of what a leaf takes from the attacker ({@code #attacker-fields}),
 * shown by its toggle in the panel's heading ({@code #attacker-toggle}; hidden by default so that
 * the other fields show without scrolling at the window's default size): cost and time (numbers,
 * empty for none, committed as the other text fields are) and the five attack-potential factors
 * of ISO/SAE 21434 as drop-downs ({@code field-<factor>}, "not rated" first), two to a row.
 * Disabled for a gate, whose values follow from its scenarios.
 */
final class AttackerFields extends VBox {
  private final NodePanelViewModel model;
  private final ToggleButton toggle = new ToggleButton("attacker");

  AttackerFields(NodePanelViewModel model) {
    super(3);
    this.model = model;
    setId("attacker-fields");
    toggle.setId("attacker-toggle");
    toggle.setFocusTraversable(false);
    toggle.setTooltip(new Tooltip("show or hide the leaf's cost, time and attack potential"));
    visibleProperty().bind(toggle.selectedProperty());
    managedProperty().bind(visibleProperty());
    Label heading = new Label("Attacker: cost, time, attack potential");
    heading.getStyleClass().add("panel-subheading");
    GridPane grid = new GridPane();
    FormFields.twoFieldsARow(grid);
    add(grid, 0, NodeField.COST.label(), number(NodeField.COST, "none"));
    add(grid, 1, NodeField.TIME.label(), number(NodeField.TIME, "hours"));
    PotentialFactor[] factors = PotentialFactor.values();
    for (int i = 0; i < factors.length; i++) {
      ChoiceBox<String> choice = level(factors[i]);
      VBox box = i < factors.length - 1 ? new VBox(1, choice)
          // a drop-down offers valid levels only: this shows what the tree's rules refuse
          : FormFields.withError(choice, NodeField.POTENTIAL.label(),
              model.errorProperty(NodeField.POTENTIAL));
      add(grid, i + 2, factors[i].keyword(), box);
    }
    // the last drop-down alone on its row takes the row's width
    GridPane.setColumnSpan(grid.getChildren().get(grid.getChildren().size() - 1), 3);
    getChildren().addAll(heading, grid);
  }

  /** The toggle that shows the section, for the panel's heading. */
  ToggleButton toggle() {
    return toggle;
  }

  /** Places the {@code index}-th field two to a row. */
  private static void add(GridPane grid, int index, String name, VBox box) {
    grid.add(NodePanelView.label(name, box.getChildren().get(0)), 2 * (index % 2), index / 2);
    grid.add(box, 2 * (index % 2) + 1, index / 2);
  }

  private VBox number(NodeField field, String prompt) {
    TextField input = new TextField();
    input.setPromptText(prompt);
    input.setPrefWidth(60); // the two columns share the width evenly
    input.disableProperty().bind(model.leafProperty().not());
    return FormFields.committing(input, field.label(), model.textProperty(field),
        model.errorProperty(field), () -> model.commit(field), model::load);
  }

  private ChoiceBox<String> level(PotentialFactor factor) {
    ChoiceBox<String> choice = FormFields.levels(factor, "not rated", model.levelProperty(factor));
    choice.setId("field-" + factor.keyword());
    choice.disableProperty().bind(model.leafProperty().not());
    choice.setTooltip(new Tooltip("attack potential (ISO/SAE 21434 Annex G): "
        + factor.keyword()));
    return choice;
  }
}
