package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.ResultsViewModel;
import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.analysis.ScenarioAttributes;
import dev.thicket.model.tree.Numbers;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.score.ScoredTree;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Live results: probability and risk in the three modes, the ranked scenarios (selecting one
 * highlights its paths on the canvas) and the critical nodes with Fussell–Vesely bars.
 */
public final class ResultsView extends VBox {
  private final ResultsViewModel model;
  private final GridPane summary = new GridPane();
  private final Label status = new Label();
  /** For a profile: its title and how many scenarios are within its reach. */
  private final Label reach = new Label();

  /** Where the divider between the scenarios and the critical nodes starts. */
  static final double SECTIONS_DIVIDER = 0.55;
  private final ListView<Scenario> scenarios = new ListView<>();
  /** Scenarios above, critical nodes below, a divider between them. */
  private final SplitPane sections;
  private final ListView<NodeScore> critical;
  private final ProgressBar progress;

  public ResultsView(ResultsViewModel model) {
    this.model = model;
    getStyleClass().add("side-panel");
    setSpacing(4);
    summary.setHgap(14);
    summary.setId("summary");
    Label heading = new Label("Results");
    heading.getStyleClass().add("panel-heading");
    status.setId("analysis-status");
    status.getStyleClass().add("status");
    // a failure's reason (and an estimate) is read whole, not cut at the panel's edge
    status.setWrapText(true);
    status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    Label scenariosHeading = new Label();
    scenariosHeading.getStyleClass().add("panel-subheading");
    scenariosHeading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
        () -> "Scenarios by risk (" + model.modeProperty().get().keyword()
            + (model.profileProperty().get() == null ? "" : ", within reach") + ")",
        model.modeProperty(), model.profileProperty()));
    scenarios.setId("scenarios");
    scenarios.setItems(model.scenarios());
    scenarios.setPrefHeight(190);
    scenarios.setMinHeight(72);
    scenarios.setCellFactory(list -> new ScenarioCell());
    scenarios.getSelectionModel().selectedIndexProperty().addListener(
        (observable, before, after) -> model.chooseScenario(after.intValue()));
    model.selectedScenarioProperty().addListener((observable, before, after) -> {
      if (scenarios.getSelectionModel().getSelectedIndex() != after.intValue()) {
        if (after.intValue() < 0) {
          scenarios.getSelectionModel().clearSelection();
        } else {
          scenarios.getSelectionModel().select(after.intValue());
          scenarios.scrollTo(after.intValue()); // chosen elsewhere: the matrix, the strip
        }
      }
    });
    Label criticalHeading = new Label();
    criticalHeading.getStyleClass().add("panel-subheading");
    criticalHeading.textProperty().bind(model.modeProperty().map(mode ->
        "Critical nodes (Fussell–Vesely, " + mode.keyword() + ")"));
    critical = new ListView<>(model.criticalNodes());
    critical.setId("critical");
    critical.setCellFactory(list -> new CriticalCell());
    critical.setMinHeight(72);
    VBox.setVgrow(critical, Priority.ALWAYS);
    VBox.setVgrow(scenarios, Priority.ALWAYS);
    // a long run dims the results it will replace
    progress = LongRunProgress.bar("analysis-progress", model.runningProperty(),
        model.progressProperty(), summary, scenarios, critical);
    VBox scenarioBox = new VBox(4, scenariosHeading, scenarios);
    VBox criticalBox = new VBox(4, criticalHeading, critical);
    sections = new SplitPane(scenarioBox, criticalBox);
    sections.setId("results-split");
    sections.setOrientation(Orientation.VERTICAL);
    sections.setDividerPositions(SECTIONS_DIVIDER);
    VBox.setVgrow(sections, Priority.ALWAYS);
    javafx.scene.layout.FlowPane switches = ModeSwitch.row(model.modeProperty(), "results-mode");
    switches.getChildren().add(new ProfileSwitch(model));
    reach.setId("reach");
    reach.managedProperty().bind(reach.textProperty().isNotEmpty());
    getChildren().addAll(heading, switches, summary, reach, status, progress, sections);
    model.shownProperty().addListener((observable, before, after) -> showSummary(after));
    model.modeProperty().addListener((observable, before, after) ->
        showSummary(model.shownProperty().get()));
    model.runningProperty().addListener((observable, before, after) -> showStatus());
    model.stageProperty().addListener((observable, before, after) -> showStatus());
    model.errorProperty().addListener((observable, before, after) -> showStatus());
  }

  private void showStatus() {
    String error = model.errorProperty().get();
    String stage = model.stageProperty().get();
    status.setText(!error.isEmpty() ? error : !model.runningProperty().get()
        ? "scored in " + model.lastMillis() + " ms"
        : stage.isEmpty() ? "scoring…" : "scoring: " + stage + "…");
    if (model.runningProperty().get() && progress.isVisible()) {
      // the probabilities and scenarios of the tree being scored are final while its nodes'
      // importance is computed
      LongRunProgress.dim(!model.importanceOfLatestPending(), summary, scenarios);
    }
  }

  private void showSummary(ScoredTree scored) {
    summary.getChildren().clear();
    reach.setText("");
    showStatus();
    critical.setPlaceholder(scored != null && scored.importancePending()
        ? new Label("The importance of every node is being computed…") : null);
    if (scored == null) {
      return;
    }
    AnalysisResult result = scored.result();
    String profile = model.profileProperty().get();
    if (scored != model.scoredProperty().get() && profile != null
        && scored.tree().profiles().containsKey(profile)) {
      java.math.BigInteger count = result.cutSets().count();
      reach.setText(scored.tree().profiles().get(profile).title() + ": " + count
          + (count.equals(java.math.BigInteger.ONE) ? " scenario" : " scenarios")
          + " within reach");
    }
    summary.addRow(0, header(""), header("probability"), header("risk"));
    int row = 1;
    for (Mode mode : Mode.values()) {
      Label name = new Label(mode.keyword());
      Label probability = new Label(Decimals.of(result.probability().get(mode)));
      Label risk = new Label(Decimals.of(result.risk().get(mode)));
      risk.setId("risk-" + mode.keyword());
      if (mode == model.modeProperty().get()) {
        name.getStyleClass().add("current-mode");
        probability.getStyleClass().add("current-mode");
        risk.getStyleClass().add("current-mode");
      }
      summary.addRow(row++, name, probability, risk);
    }
  }

  private static Label header(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("table-header");
    return label;
  }

  /** The split between the scenarios and the critical nodes. */
  SplitPane sections() {
    return sections;
  }

  /**
   * "1. risk 0.3 · dep-vulns" with a red mark for high-risk scenarios; as wide as the list, a
   * long one cut with an ellipsis (never a sideways scroll) and shown whole in its tooltip.
   */
  private static final class ScenarioCell extends ListCell<Scenario> {
    ScenarioCell() {
      setPrefWidth(0);
      setTextOverrun(OverrunStyle.ELLIPSIS);
    }

    @Override
    protected void updateItem(Scenario scenario, boolean empty) {
      super.updateItem(scenario, empty);
      getStyleClass().remove("high-risk");
      if (empty || scenario == null) {
        setText(null);
        setTooltip(null);
        return;
      }
      String text = (getIndex() + 1) + ".  risk " + Decimals.of(scenario.risk())
          + attributes(scenario.attributes()) + "   " + String.join(" + ", scenario.leaves());
      setText(text);
      setTooltip(new Tooltip(text));
      if (scenario.highRisk()) {
        getStyleClass().add("high-risk");
      }
    }
  }

  /**
   * "  · cost 2500 · 40 h · high": what the scenario takes from the attacker, the parts the tree
   * has; empty when it has none.
   */
  static String attributes(ScenarioAttributes attributes) {
    StringBuilder text = new StringBuilder();
    if (attributes.cost() != null) {
      text.append(" · cost ").append(Numbers.format(attributes.cost()));
    }
    if (attributes.time() != null) {
      text.append(" · ").append(Numbers.format(attributes.time())).append(" h");
    }
    if (attributes.rating() != null) {
      text.append(" · ").append(attributes.rating().keyword());
    }
    return text.toString();
  }

  /** A critical node's title and a bar of its Fussell–Vesely importance. */
  private static final class CriticalCell extends ListCell<NodeScore> {
    @Override
    protected void updateItem(NodeScore node, boolean empty) {
      super.updateItem(node, empty);
      setText(null);
      if (empty || node == null) {
        setGraphic(null);
        return;
      }
      Double fussellVesely = node.importance().fussellVesely();
      double value = fussellVesely == null ? 0 : fussellVesely;
      ProgressBar bar = new ProgressBar(value);
      bar.setPrefWidth(90);
      bar.setMinWidth(90);
      Label label = new Label(node.id() + "  " + Decimals.of(value));
      label.setMaxWidth(Double.MAX_VALUE);
      HBox.setHgrow(label, Priority.ALWAYS);
      HBox row = new HBox(8, bar, label);
      setGraphic(row);
    }
  }
}
