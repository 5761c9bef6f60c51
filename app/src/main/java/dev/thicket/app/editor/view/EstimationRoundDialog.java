package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.EstimationRoundViewModel;
import dev.thicket.app.editor.viewmodel.EstimationRoundViewModel.Target;
import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.EstimateText;
import dev.thicket.model.estimation.RoundSummary;
import dev.thicket.model.tree.Vote;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The estimation round window: who estimates and their (masked) value, the hidden votes as
 * initials, Reveal, then the dot plot and spread with Take median, Take range and Another round.
 */
final class EstimationRoundDialog {
  private final EstimationRoundViewModel model;
  private final Stage stage = new Stage();
  private final Label heading = new Label();
  private final FlowPane votes = new FlowPane(10, 6);
  private final VBox revealed = new VBox(8);
  private final Button reveal = new Button("Reveal");

  private EstimationRoundDialog(Window owner, EstimationRoundViewModel model, List<Target> targets,
      boolean dark) {
    this.model = model;
    heading.setId("round-heading");
    heading.getStyleClass().add("panel-heading");
    heading.setWrapText(true);
    ChoiceBox<Target> target = new ChoiceBox<>();
    target.setId("round-target");
    target.getItems().setAll(targets);
    target.setValue(model.targetProperty().get());
    target.setVisible(targets.size() > 1);
    target.setManaged(targets.size() > 1);
    target.valueProperty().addListener((observable, before, after) -> {
      if (after != null && after != model.targetProperty().get()) {
        model.start(after);
        show();
      }
    });
    Label hint = new Label();
    hint.setWrapText(true);
    hint.textProperty().bind(model.targetProperty().map(chosen -> "Each person in turn: "
        + "initials, then an estimate (" + levels(model.scale()) + "); values stay hidden "
        + "until Reveal."));
    TextField initials = new TextField();
    initials.setId("round-initials");
    initials.setPromptText("initials");
    initials.setPrefColumnCount(5);
    PasswordField value = new PasswordField();
    value.setId("round-value");
    value.setPromptText("estimate (hidden)");
    value.setPrefColumnCount(10);
    Button add = new Button("Add");
    add.setId("round-add");
    add.setDefaultButton(true);
    add.setOnAction(event -> {
      if (model.add(initials.getText(), value.getText())) {
        initials.clear();
        value.clear();
      }
      initials.requestFocus();
    });
    Label error = new Label();
    error.setId("round-error");
    error.getStyleClass().add("field-error");
    error.textProperty().bind(model.errorProperty());
    HBox entry = new HBox(8, initials, value, add);
    entry.setAlignment(Pos.CENTER_LEFT);
    votes.setId("round-votes");
    reveal.setId("round-reveal");
    reveal.setOnAction(event -> model.reveal());
    revealed.setId("round-revealed");
    Button cancel = new Button("Close");
    cancel.setId("round-cancel");
    cancel.setCancelButton(true);
    cancel.setOnAction(event -> stage.hide());
    HBox bottom = new HBox(8, reveal, cancel);
    VBox root = new VBox(10, heading, target, hint, entry, error, votes, revealed, bottom);
    root.getStyleClass().addAll("thicket", "side-panel", "estimation-round");
    if (dark) {
      root.getStyleClass().add("dark");
    }
    root.setPrefWidth(RoundDotPlot.WIDTH + 40);
    Scene scene = new Scene(root);
    scene.getStylesheets().add(EstimationRoundDialog.class.getResource("thicket.css")
        .toExternalForm());
    stage.setScene(scene);
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setTitle("Estimation round");
    model.entered().addListener((ListChangeListener<Vote>) change -> show());
    model.revealedProperty().addListener((observable, before, after) -> show());
    show();
  }

  /**
   * Opens a round on the selected node's first target (its likelihood, else a mitigation's
   * effectiveness); says in the status bar when there is none.
   */
  static void open(Window owner, EstimationRoundViewModel model, List<Target> targets,
      boolean dark) {
    model.start(targets.get(0));
    EstimationRoundDialog dialog = new EstimationRoundDialog(owner, model, targets, dark);
    dialog.stage.show();
  }

  private void show() {
    heading.setText("Round " + model.round() + ": " + model.targetProperty().get());
    votes.getChildren().clear();
    RoundSummary summary = model.revealedProperty().get();
    for (Vote vote : model.entered()) {
      Label chip = new Label(summary == null ? vote.by() + " ✓"
          : vote.by() + " " + vote.value());
      chip.getStyleClass().add("round-vote");
      votes.getChildren().add(chip);
    }
    reveal.setDisable(model.entered().isEmpty() || summary != null);
    revealed.getChildren().clear();
    if (summary == null) {
      return;
    }
    Label spread = new Label(EstimateText.spread(summary) + (summary.outliers().isEmpty() ? ""
        : " (talk it over, then another round?)"));
    spread.setId("round-summary");
    spread.setWrapText(true);
    Button median = new Button("Take median " + summary.median().value());
    median.setId("round-take-median");
    median.setOnAction(event -> {
      if (model.acceptMedian()) {
        stage.hide();
      }
    });
    Button range = new Button("Take range " + summary.range());
    range.setId("round-take-range");
    range.setOnAction(event -> {
      if (model.acceptRange()) {
        stage.hide();
      }
    });
    Button again = new Button("Another round");
    again.setId("round-again");
    again.setOnAction(event -> model.anotherRound());
    revealed.getChildren().addAll(new RoundDotPlot(summary, model.scale()), spread,
        new HBox(8, median, range, again));
    stage.sizeToScene();
  }

  private static String levels(Map<String, Double> scale) {
    if (scale.isEmpty()) {
      return "a number from 0 to 1";
    }
    return scale.entrySet().stream().map(level -> level.getKey() + " "
        + Decimals.of(level.getValue())).collect(Collectors.joining(", "))
        + ", or a number from 0 to 1";
  }
}
