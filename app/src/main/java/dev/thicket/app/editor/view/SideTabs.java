package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.MitigationsViewModel;
import dev.thicket.app.editor.viewmodel.PlanViewModel;
import dev.thicket.app.editor.viewmodel.ProfilesViewModel;
import dev.thicket.app.editor.viewmodel.ResultsViewModel;
import dev.thicket.app.editor.viewmodel.TreePropertiesViewModel;
import dev.thicket.app.editor.viewmodel.UncertaintyViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

/**
 * The side panel's tabs under the node panel: Results, Plan, Uncertainty, Mitigations, Risk
 * matrix, Tree and Profiles, each found by its name ({@link MainWindow#SIDE_TABS}; the tab's id is
 * NAME-tab). The heavier ones build their content when first shown.
 */
final class SideTabs {
  private final ResultsViewModel results;
  private final UncertaintyViewModel uncertainty;
  private final TabPane tabs;
  private final Tab treeTab;
  /** The node panel / tabs split, which the Uncertainty tab's Taller folds; set once built. */
  private SplitPane side;

  /** @param resultsView the Results tab's content (the window keeps its divider) */
  SideTabs(ResultsView resultsView, ResultsViewModel results, PlanViewModel plans,
      UncertaintyViewModel uncertainty, MitigationsViewModel mitigations,
      TreePropertiesViewModel treeProperties, ProfilesViewModel profiles) {
    this.results = results;
    this.uncertainty = uncertainty;
    Tab resultsTab = new Tab("Results", resultsView);
    resultsTab.setId("results-tab");
    Tab planTab = LazyTab.of("Plan", () -> new PlanView(plans));
    planTab.setId("plan-tab");
    Tab uncertaintyTab = new Tab("Uncertainty");
    uncertaintyTab.selectedProperty().addListener((observable, before, selected) -> {
      if (selected && uncertaintyTab.getContent() == null) {
        uncertaintyTab.setContent(uncertaintyPanel(uncertaintyTab));
      }
    });
    uncertaintyTab.setId("uncertainty-tab");
    // sampled only while in sight: a tree's Monte Carlo run costs CPU nobody looks at otherwise
    uncertainty.activeProperty().bind(uncertaintyTab.selectedProperty());
    Tab mitigationsTab = LazyTab.of("Mitigations",
        () -> new MitigationsView(mitigations, results.modeProperty()));
    mitigationsTab.setId("mitigations-tab");
    mitigations.activeProperty().bind(mitigationsTab.selectedProperty());
    Tab matrixTab = LazyTab.of("Risk matrix", this::riskMatrixPanel);
    matrixTab.setId("risk-matrix-tab");
    ScrollPane treeScroll = new ScrollPane(new TreePropertiesView(treeProperties));
    treeScroll.setFitToWidth(true);
    treeTab = new Tab("Tree", treeScroll);
    treeTab.setId("tree-tab");
    Tab profilesTab = LazyTab.of("Profiles", () -> {
      ScrollPane scroll = new ScrollPane(new ProfilesView(profiles));
      scroll.setFitToWidth(true);
      return scroll;
    });
    profilesTab.setId("profiles-tab");
    tabs = new TabPane(resultsTab, planTab, uncertaintyTab, mitigationsTab, matrixTab, treeTab,
        profilesTab);
    tabs.setId("side-tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
  }

  TabPane pane() {
    return tabs;
  }

  /** The split whose divider the Uncertainty tab's Taller moves (the node panel above). */
  void foldsAway(SplitPane nodePanelAndTabs) {
    side = nodePanelAndTabs;
  }

  /** Shows tab {@code name}, one of {@link MainWindow#SIDE_TABS}. */
  void show(String name) {
    tabs.getTabs().stream().filter(tab -> (name + "-tab").equals(tab.getId())).findFirst()
        .ifPresent(tabs.getSelectionModel()::select);
  }

  /** Shows the Tree tab (title, description, thresholds, scales) and focuses its title. */
  void showTreeProperties() {
    show("tree");
    treeTab.getContent().lookup("#field-treeTitle").requestFocus();
  }

  /**
   * The Uncertainty tab's content; its Taller button folds the node panel away (divider at the
   * top) and back, and leaving the tab brings the node panel back.
   */
  private ScrollPane uncertaintyPanel(Tab tab) {
    UncertaintyView view = new UncertaintyView(uncertainty);
    double[] kept = {side.getDividerPositions()[0]};
    view.enlargedProperty().addListener((observable, before, enlarged) -> {
      if (enlarged) {
        kept[0] = side.getDividerPositions()[0];
        side.setDividerPositions(0);
      } else {
        side.setDividerPositions(kept[0]);
      }
    });
    tab.selectedProperty().addListener((observable, before, selected) -> {
      if (!selected) {
        view.enlargedProperty().set(false);
      }
    });
    ScrollPane scroll = new ScrollPane(view);
    scroll.setFitToWidth(true);
    scroll.setId("uncertainty-scroll");
    return scroll;
  }

  private VBox riskMatrixPanel() {
    Label heading = new Label("Risk matrix");
    heading.getStyleClass().add("panel-heading");
    Label hint = new Label("Each cell lists the ranks of the scenarios at that likelihood "
        + "and impact; click a cell to select its first scenario.");
    hint.setWrapText(true);
    VBox panel = new VBox(8, heading, hint, new RiskMatrixView(results));
    panel.getStyleClass().add("side-panel");
    return panel;
  }
}
