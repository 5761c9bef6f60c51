package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.DocumentViewModel;
import dev.thicket.app.editor.viewmodel.ResultsViewModel;
import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AttackTree;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The slim strip above the canvas in presentation mode: the goal's risk in the mode shown, the
 * mode switch, and the top three scenarios by risk (click one to highlight its paths).
 */
final class PresentationStrip extends HBox {
  /** How many scenarios the strip lists. */
  static final int SCENARIOS = 3;

  private final DocumentViewModel document;
  private final ResultsViewModel results;
  private final Label goal = new Label();
  private final VBox scenarios = new VBox(2);

  PresentationStrip(DocumentViewModel document, ResultsViewModel results) {
    this.document = document;
    this.results = results;
    setId("presentation-strip");
    getStyleClass().add("presentation-strip");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(24);
    goal.setId("presentation-goal");
    goal.getStyleClass().add("presentation-goal");
    goal.setMinWidth(USE_PREF_SIZE);
    scenarios.setId("presentation-scenarios");
    HBox.setHgrow(scenarios, Priority.ALWAYS);
    getChildren().addAll(goal, new ModeSwitch(results.modeProperty(), "presentation-mode"),
        scenarios);
    // the shown tree: for the chosen attacker profile, as the canvas and the scenarios are
    results.shownProperty().addListener((observable, before, after) -> show());
    results.modeProperty().addListener((observable, before, after) -> show());
    results.scenarios().addListener((ListChangeListener<Scenario>) change -> show());
    results.selectedScenarioProperty().addListener((observable, before, after) -> show());
    show();
  }

  private void show() {
    ScoredTree scored = results.shownProperty().get();
    String mode = results.modeProperty().get().keyword();
    goal.setText(scored == null ? "scoring…" : "Goal risk " + Decimals.of(
        scored.result().risk().get(results.modeProperty().get())) + "  (" + mode + ")");
    List<Scenario> top = results.scenarios().stream().limit(SCENARIOS).toList();
    scenarios.getChildren().clear();
    AttackTree tree = document.tree();
    for (int i = 0; i < top.size(); i++) {
      scenarios.getChildren().add(row(i, top.get(i), tree));
    }
  }

  /** "1.  0.12  Title + Title", red when high risk, bold when selected; a click selects it. */
  private Label row(int index, Scenario scenario, AttackTree tree) {
    String titles = String.join(" + ", scenario.leaves().stream()
        .map(id -> tree.nodes().containsKey(id) ? tree.node(id).title() : id).toList());
    Label row = new Label((index + 1) + ".  " + Decimals.of(scenario.risk()) + "   " + titles);
    row.setId("presentation-scenario-" + (index + 1));
    row.getStyleClass().add("presentation-scenario");
    row.setTextOverrun(OverrunStyle.ELLIPSIS);
    row.setMaxWidth(Double.MAX_VALUE);
    row.setMinWidth(0);
    row.setTooltip(new Tooltip(row.getText()));
    if (scenario.highRisk()) {
      row.getStyleClass().add("high-risk");
    }
    if (results.selectedScenarioProperty().get() == index) {
      row.getStyleClass().add("selected");
    }
    row.setOnMouseClicked(event -> results.chooseScenario(
        results.selectedScenarioProperty().get() == index ? -1 : index));
    return row;
  }
}
