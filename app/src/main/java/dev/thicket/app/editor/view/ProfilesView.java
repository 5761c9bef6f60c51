package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.ProfileField;
import dev.thicket.app.editor.viewmodel.ProfilesViewModel;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.PotentialFactor;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Profiles tab: the tree's attacker profiles ({@code #profiles}), a row to add one (id and
 * title) and Remove, and the selected profile's fields, each committed on its own as the Tree
 * tab's are (Enter or leaving the field; a refused value stays, marked red, with the reason under
 * it): id, title, description, budget and time (empty for no limit) and the four factor limits as
 * drop-downs ({@code field-limit-<factor>}, "no limit" first).
 */
final class ProfilesView extends VBox {
  private final ProfilesViewModel model;
  private final ListView<AttackerProfile> list = new ListView<>();
  private final GridPane grid = new GridPane();
  /** Half rows used in the grid: a wide field takes two, a narrow one one. */
  private int cell;

  ProfilesView(ProfilesViewModel model) {
    super(6);
    this.model = model;
    getStyleClass().addAll("side-panel", "profiles-panel");
    setId("profiles-panel");
    Label heading = new Label("Attacker profiles");
    heading.getStyleClass().add("panel-heading");
    Button remove = new Button("Remove");
    remove.setId("profile-remove");
    remove.setMinWidth(Region.USE_PREF_SIZE);
    remove.setTooltip(new Tooltip("remove the selected profile (Undo brings it back)"));
    remove.disableProperty().bind(model.selectedProperty().isNull());
    remove.setOnAction(event -> model.removeSelected());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox headline = new HBox(10, heading, gap, remove);
    headline.setAlignment(Pos.CENTER_LEFT);
    list.setId("profiles");
    list.setTooltip(new Tooltip("who attacks: the most one scenario may cost (budget) and take "
        + "(hours), and the highest level of each factor; the attacker switch or View → "
        + "Attacker scores the tree for one"));
    list.setItems(model.profiles());
    list.setPrefHeight(80);
    list.setCellFactory(view -> new ListCell<>() {
      @Override
      protected void updateItem(AttackerProfile profile, boolean empty) {
        super.updateItem(profile, empty);
        setText(empty || profile == null ? null : profile.title() + "  (" + profile.id() + ")");
      }

      {
        setPrefWidth(0); // long titles end in "…" instead of a horizontal scroll bar
      }
    });
    list.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
      if (after != null) {
        model.selectedProperty().set(after.id());
      }
    });
    model.selectedProperty().addListener((observable, before, after) -> reselect());
    model.profiles().addListener(
        (javafx.collections.ListChangeListener<AttackerProfile>) change -> reselect());
    FormFields.twoFieldsARow(grid);
    grid.disableProperty().bind(model.selectedProperty().isNull());
    field(ProfileField.ID, new TextField(), null, true);
    field(ProfileField.TITLE, new TextField(), null, true);
    field(ProfileField.DESCRIPTION, FormFields.area(2), null, true);
    field(ProfileField.BUDGET, new TextField(), "no limit", false);
    field(ProfileField.TIME, new TextField(), "no limit (h)", false);
    for (PotentialFactor factor : PotentialFactor.PROFILE_LIMITS) {
      ChoiceBox<String> choice = limit(factor);
      boolean last = factor == PotentialFactor.PROFILE_LIMITS.get(
          PotentialFactor.PROFILE_LIMITS.size() - 1);
      // the drop-downs offer valid levels only: this shows what the tree's rules refuse
      place(factor.keyword(), choice, last ? FormFields.withError(choice, "profileLimits",
          model.levelsErrorProperty()) : new VBox(1, choice), false);
    }
    getChildren().addAll(headline, list, addRow(), grid);
    reselect();
  }

  /** Id and title of a new profile, and Add. */
  private VBox addRow() {
    TextField id = new TextField();
    id.setId("profile-new-id");
    id.setPromptText("new id");
    id.setPrefColumnCount(7);
    TextField title = new TextField();
    title.setId("profile-new-title");
    title.setPromptText("title of a new profile");
    HBox.setHgrow(title, Priority.ALWAYS);
    Button add = new Button("Add");
    add.setId("profile-add");
    add.setOnAction(event -> {
      if (model.add(id.getText(), title.getText())) {
        id.clear();
        title.clear();
      }
    });
    id.setOnAction(event -> add.fire());
    title.setOnAction(event -> add.fire());
    add.setMinWidth(Region.USE_PREF_SIZE);
    HBox buttons = new HBox(6, id, title, add);
    buttons.setAlignment(Pos.CENTER_LEFT);
    Label error = new Label();
    error.setId("error-profileNew");
    error.getStyleClass().add("field-error");
    error.setWrapText(true);
    error.textProperty().bind(model.addErrorProperty());
    error.managedProperty().bind(error.textProperty().isNotEmpty());
    error.visibleProperty().bind(error.managedProperty());
    return new VBox(1, buttons, error);
  }

  private void field(ProfileField field, TextInputControl input, String prompt, boolean wide) {
    input.setPromptText(prompt);
    if (!wide) {
      input.setPrefWidth(60); // the two columns share the width evenly
    }
    place(field.label(), input, FormFields.committing(input, field.key(),
        model.textProperty(field), model.errorProperty(field), () -> model.commit(field),
        model::load), wide);
  }

  /** A wide field takes a row of its own; the others go two to a row. */
  private void place(String name, javafx.scene.Node input, VBox box, boolean wide) {
    Label label = new Label(name);
    label.setLabelFor(input);
    label.setPadding(new Insets(4, 0, 0, 0));
    GridPane.setValignment(label, VPos.TOP);
    if (wide) {
      grid.add(label, 0, cell / 2 + (cell % 2));
      grid.add(box, 1, cell / 2 + (cell % 2), 3, 1);
      cell += 2 + cell % 2;
      return;
    }
    grid.add(label, 2 * (cell % 2), cell / 2);
    grid.add(box, 2 * (cell % 2) + 1, cell / 2);
    cell++;
  }

  private ChoiceBox<String> limit(PotentialFactor factor) {
    ChoiceBox<String> choice = FormFields.levels(factor, "no limit", model.levelProperty(factor));
    choice.setId("field-limit-" + factor.keyword());
    choice.setTooltip(new Tooltip("the highest " + factor.keyword() + " level the attacker has "
        + "(ISO/SAE 21434 Annex G); steps rated above it are out of reach"));
    return choice;
  }

  private void reselect() {
    String id = model.selectedProperty().get();
    for (AttackerProfile profile : list.getItems()) {
      if (profile.id().equals(id)) {
        list.getSelectionModel().select(profile);
        return;
      }
    }
    list.getSelectionModel().clearSelection();
  }
}
