package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.Autosave;
import dev.thicket.app.editor.viewmodel.CollapsedNodes;
import dev.thicket.app.editor.viewmodel.ConflictsViewModel;
import dev.thicket.app.editor.viewmodel.DocumentViewModel;
import dev.thicket.app.editor.viewmodel.EstimationRoundViewModel;
import dev.thicket.app.editor.viewmodel.FindViewModel;
import dev.thicket.app.editor.viewmodel.MitigationsViewModel;
import dev.thicket.app.editor.viewmodel.NodePanelViewModel;
import dev.thicket.app.editor.viewmodel.PlanViewModel;
import dev.thicket.app.editor.viewmodel.ProfilesViewModel;
import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.app.editor.viewmodel.ResultsViewModel;
import dev.thicket.app.editor.viewmodel.SubtreeClipboard;
import dev.thicket.app.editor.viewmodel.TreePropertiesViewModel;
import dev.thicket.app.editor.viewmodel.PanelSizes;
import dev.thicket.app.editor.viewmodel.UncertaintyViewModel;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The editor window: menus, the canvas, the node panel and the results, wired to their view
 * models. Owns the in-place title editor used by add child (Tab, Insert), add sibling (Enter) and
 * rename (F2, double-click).
 */
public final class MainWindow {

  /**
   * The side tabs, by the names {@link #showSideTab} takes (each tab's id is NAME-tab); not in
   * the tabs' order (uncertainty and profiles, the newest, come last).
   */
  public static final java.util.List<String> SIDE_TABS = java.util.List.of("results", "plan",
      "mitigations", "risk-matrix", "tree", "uncertainty", "profiles");

  private final Stage stage;
  private final DocumentViewModel document;
  private final ResultsViewModel results;
  private final NodePanelViewModel nodePanel;
  private final MitigationsViewModel mitigations;
  private final TreePropertiesViewModel treeProperties;
  private final ProfilesViewModel profiles;
  private final PlanViewModel plans;
  private final UncertaintyViewModel uncertainty;
  private final EstimationRoundViewModel rounds;
  private final TreeCanvasView canvas;
  private final CollapsedNodes collapsed;
  private final FindViewModel find;
  private final SubtreeClipboard clipboard;
  private final FindBar findBar;
  private final FileActions files;
  private final Autosave autosave;
  private final RecentFiles recent;
  private final BorderPane root = new BorderPane();
  private final Label message = new Label();
  private Dialogs dialogs;
  private final ComparePanel compare;
  private final InlineTitleEditor inline;
  private SideTabs sideTabs;
  private SplitPane side;
  /** The canvas | side and node panel / tabs dividers, kept between windows. */
  private final KeptDividers dividers;
  private PresentationMode presentation;
  private boolean dark;
  private double fontSize = 14;

  /**
   * @param dialogs makes the dialogs for the window (tests replace the file choosers)
   */
  public MainWindow(Stage stage, AttackTree tree, Path file,
      Function<Window, Dialogs> dialogs, RecentFiles recent) {
    this(stage, tree, file, dialogs, recent, Autosave.DEFAULT_INTERVAL);
  }

  /**
   * @param autosaveInterval how often the autosave copy is written while there are unsaved
   *     changes (tests use a short one)
   */
  public MainWindow(Stage stage, AttackTree tree, Path file,
      Function<Window, Dialogs> dialogs, RecentFiles recent, java.time.Duration autosaveInterval) {
    this.stage = stage;
    this.recent = recent;
    this.dividers = new KeptDividers(stage, PanelSizes.besides(recent));
    this.document = new DocumentViewModel(tree, file);
    this.results = new ResultsViewModel(Platform::runLater);
    this.nodePanel = new NodePanelViewModel(document, results);
    this.mitigations = new MitigationsViewModel(document, results, false); // its tab: hidden
    this.treeProperties = new TreePropertiesViewModel(document);
    this.profiles = new ProfilesViewModel(document);
    this.plans = new PlanViewModel(document, results, treeProperties, Platform::runLater);
    this.uncertainty = new UncertaintyViewModel(document, results, Platform::runLater);
    this.rounds = new EstimationRoundViewModel(document);
    this.collapsed = new CollapsedNodes(document);
    this.canvas = new TreeCanvasView(document, results, collapsed);
    this.inline = new InlineTitleEditor(document, canvas);
    this.find = new FindViewModel(document, collapsed);
    this.clipboard = new SubtreeClipboard(document);
    this.findBar = new FindBar(find);
    this.autosave = new Autosave(document, autosaveInterval);
    this.files = new FileActions(document, recent, () -> this.dialogs, results, plans,
        uncertainty, autosave);
    this.dialogs = dialogs.apply(stage);
    this.compare = new ComparePanel(this);
    build();
    document.treeProperty().addListener((observable, before, after) -> results.analyse(after));
    // after the first frame: at start-up the analysis would compete with it for the CPU
    FirstFrame.then(root.getScene(), canvas, () -> {
      if (!results.runningProperty().get() && results.scoredProperty().get() == null) {
        results.analyse(document.tree());
      }
    });
    stage.titleProperty().bind(document.windowTitleProperty());
    stage.setOnCloseRequest(event -> {
      if (!files.mayDiscard()) {
        event.consume();
      }
    });
    Timeline autosaveTimer = new Timeline();
    autosaveTimer.getKeyFrames().add(new KeyFrame(
        javafx.util.Duration.millis(autosaveInterval.toMillis()), event -> {
          if (stage.getScene() != root.getScene()) {
            autosaveTimer.stop(); // another window took the stage over
          } else {
            autosave.tick();
          }
        }));
    autosaveTimer.setCycleCount(Animation.INDEFINITE);
    autosaveTimer.play();
    stage.setOnHidden(event -> {
      dividers.save();
      autosaveTimer.stop();
      results.close();
      plans.close();
      uncertainty.close();
      canvas.layouts().close();
    });
  }

  public DocumentViewModel document() {
    return document;
  }

  public ResultsViewModel results() {
    return results;
  }

  public NodePanelViewModel nodePanel() {
    return nodePanel;
  }

  public MitigationsViewModel mitigations() {
    return mitigations;
  }

  public TreePropertiesViewModel treeProperties() {
    return treeProperties;
  }

  public ProfilesViewModel profiles() {
    return profiles;
  }

  public PlanViewModel plans() {
    return plans;
  }

  public UncertaintyViewModel uncertainty() {
    return uncertainty;
  }

  public EstimationRoundViewModel rounds() {
    return rounds;
  }

  /**
   * Edit → Estimation round… (Ctrl+E): a round on the selected leaf's likelihood or its
   * mitigations' effectiveness; the status bar says when the selection offers neither.
   */
  public void startEstimationRound() {
    java.util.List<EstimationRoundViewModel.Target> targets = rounds.targetsOfSelected();
    if (targets.isEmpty()) {
      document.showMessage("Select a step (a leaf) or a node with mitigations to estimate it "
          + "in a round");
      return;
    }
    EstimationRoundDialog.open(stage, rounds, targets, dark);
  }

  /** Shows the Tree tab (title, description, thresholds, scales) and focuses its title. */
  void showTreeProperties() {
    sideTabs.showTreeProperties();
  }

  /** Shows side tab {@code name}, one of {@link #SIDE_TABS}. */
  public void showSideTab(String name) {
    sideTabs.show(name);
  }

  public CollapsedNodes collapsed() {
    return collapsed;
  }

  public FindViewModel find() {
    return find;
  }

  public SubtreeClipboard clipboard() {
    return clipboard;
  }

  /** File → Compare with…: the comparison on, if any. */
  ComparePanel compare() {
    return compare;
  }

  Dialogs dialogs() {
    return dialogs;
  }

  public TreeCanvasView canvas() {
    return canvas;
  }

  public Autosave autosave() {
    return autosave;
  }

  public FileActions files() {
    return files;
  }

  public Scene scene() {
    return root.getScene();
  }

  /** Switches the light or dark theme. */
  public void setDark(boolean on) {
    dark = on;
    root.getStyleClass().remove("dark");
    if (on) {
      root.getStyleClass().add("dark");
    }
    canvas.darkProperty().set(on);
  }

  public boolean isDark() {
    return dark;
  }

  /** Text size of the panels and menus, in pixels; the canvas zooms with it. */
  public void scaleText(double factor) {
    fontSize = Math.max(10, Math.min(32, fontSize * factor));
    root.setStyle("-fx-font-size: " + fontSize + "px;");
    canvas.zoomBy(factor);
  }

  private void build() {
    NodePanelView nodeView = new NodePanelView(nodePanel);
    ScrollPane nodeScroll = new ScrollPane(nodeView);
    nodeScroll.setFitToWidth(true);
    nodeScroll.setMinHeight(0); // the Uncertainty tab's Taller folds it away
    ResultsView resultsView = new ResultsView(results);
    dividers.restoreNested("results", resultsView.sections(), ResultsView.SECTIONS_DIVIDER);
    sideTabs = new SideTabs(resultsView, results, plans, uncertainty, mitigations,
        treeProperties, profiles);
    javafx.scene.control.TabPane tabs = sideTabs.pane();
    side = new SplitPane(nodeScroll, tabs);
    side.setId("side-split");
    side.setOrientation(Orientation.VERTICAL);
    sideTabs.foldsAway(side);
    // on a short screen (1366×768) the results need more of the side than the node's fields
    boolean shortScreen = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() < 850;
    dividers.restore("side", side, shortScreen ? 0.36 : 0.47);
    side.setMinWidth(300);
    side.setPrefWidth(430);
    canvas.markedProperty().bind(find.matchSetProperty());
    findBar.setOnClose(() -> canvas.canvas().requestFocus());
    javafx.scene.layout.VBox.setVgrow(canvas, javafx.scene.layout.Priority.ALWAYS);
    ConflictsView conflicts = new ConflictsView(new ConflictsViewModel(document, collapsed));
    javafx.scene.layout.VBox canvasPane =
        new javafx.scene.layout.VBox(findBar, conflicts, canvas, compare);
    SplitPane centre = new SplitPane(canvasPane, side);
    centre.setId("centre-split");
    dividers.restore("centre", centre, 0.7);
    SplitPane.setResizableWithParent(side, false);
    javafx.scene.control.MenuBar menus = new Menus(this, document, results, files, recent).bar();
    root.setTop(menus);
    root.setCenter(centre);
    message.setId("message");
    message.textProperty().bind(document.messageProperty());
    HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
    message.setMaxWidth(Double.MAX_VALUE);
    HBox status = new HBox(8, message, files.exports().progressBar());
    status.getStyleClass().add("status-bar");
    root.setBottom(status);
    presentation = new PresentationMode(stage, root, centre, canvasPane, canvas,
        new PresentationStrip(document, results), menus, status);
    root.getStyleClass().add("thicket");
    root.setStyle("-fx-font-size: " + fontSize + "px;");
    Scene scene = new Scene(root, 1440, 900);
    scene.getStylesheets().add(MainWindow.class.getResource("thicket.css").toExternalForm());
    stage.setScene(scene);
    scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
      if (event.getCode() == KeyCode.F6 && !event.isShortcutDown()) {
        PaneCycle.next(event.isShiftDown() ? -1 : 1, canvas, nodeView, tabs);
        event.consume();
      }
    });
    scene.setOnDragOver(event -> {
      if (event.getDragboard().hasFiles()
          && FileActions.canOpenDropped(dropped(event.getDragboard()))) {
        event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
      }
      event.consume();
    });
    scene.setOnDragDropped(event -> {
      boolean opened = event.getDragboard().hasFiles()
          && files.openDropped(dropped(event.getDragboard()));
      event.setDropCompleted(opened);
      event.consume();
    });
    CanvasKeys.install(this, inline, canvas.canvas());
    canvas.setOnRename(() -> inline.start(InlineTitleEditor.Purpose.RENAME));
  }

  private static java.util.List<Path> dropped(javafx.scene.input.Dragboard board) {
    return board.getFiles().stream().map(java.io.File::toPath).toList();
  }

  /** Asks for an existing node and lists it as one more child of the selected node. */
  public void linkExisting() {
    java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
    document.tree().nodes().values().forEach(node -> titles.put(node.id(), node.title()));
    String parent = document.selectedProperty().get();
    titles.remove(parent);
    dialogs.chooseNode("Link an existing node under '" + parent + "' (a shared child)", titles)
        .ifPresent(document::linkUnderSelected);
    canvas.canvas().requestFocus();
  }

  /** Deletes the selected node, asking first when it takes a subtree with it. */
  public void deleteSelected() {
    Set<String> removed = document.deletionOfSelected();
    String id = document.selectedProperty().get();
    if (removed.size() > 1
        && !dialogs.confirmDelete(document.tree().node(id).title(), removed.size())) {
      return;
    }
    document.deleteSelected();
  }

  /** View → Present (F11): enters or leaves presentation mode. */
  public void togglePresentation() {
    presentation.toggle();
  }

  public boolean isPresenting() {
    return presentation.onProperty().get();
  }

  /** Starts the in-place editor from a menu item. */
  void startInlineFromMenu(String which) {
    inline.start(InlineTitleEditor.Purpose.valueOf(which));
  }

  /** Opens the find bar (Ctrl+F). */
  void openFind() {
    findBar.open();
  }

  void setMode(Mode mode) {
    results.modeProperty().set(mode);
  }
}
