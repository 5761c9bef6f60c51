package dev.thicket.app.editor.viewmodel;

import dev.thicket.exports.OutOfReachText;
import dev.thicket.exports.report.RiskMatrix;
import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.AnalysisTooLargeException;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.analysis.bdd.BddTooLargeException;
import dev.thicket.model.score.Edge;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Node;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live results: every tree handed to {@link #analyse} is analysed and scored off the UI
 * thread ({@link ScoredTree}: scenarios, importance and mitigation effects all in the mode shown);
 * a newer tree cancels the run of an older one ({@link LatestRun}). The scored tree lands on the
 * UI thread (the {@code ui} executor) only for the newest tree, and every view reads node
 * probabilities, contributions, colours, critical flags, highlighted edges and mitigation effects
 * from it.
 *
 * <p>An attacker profile ({@link #profileProperty}) re-scores what the Results tab and the canvas
 * show ({@link #shownProperty}) with the model's per-profile view ({@link
 * ScoredTree#forProfile}), off the UI thread as well; the whole tree's scored tree ({@link
 * #scoredProperty}) stays what the other tabs and File → Export use.
 */
public final class ResultsViewModel implements AutoCloseable {
  private final LatestRun runs;
  private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.RESIDUAL);
  private final ReadOnlyObjectWrapper<ScoredTree> scored = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ScoredTree> shown = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<String> profile = new SimpleObjectProperty<>();
  private final ObservableList<AttackerProfile> profiles = FXCollections.observableArrayList();
  private final ObservableList<AttackerProfile> readOnlyProfiles =
      FXCollections.unmodifiableObservableList(profiles);
  private final ReadOnlyObjectWrapper<Set<String>> outOfReach =
      new ReadOnlyObjectWrapper<>(Set.of());
  private final ReadOnlyObjectWrapper<RiskMatrix> riskMatrix = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
  private final ObservableList<NodeScore> critical = FXCollections.observableArrayList();
  private final IntegerProperty selectedScenario = new SimpleIntegerProperty(-1);
  private final ReadOnlyObjectWrapper<StepsToReveal> stepsToReveal =
      new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Set<String>> highlighted =
      new ReadOnlyObjectWrapper<>(Set.of());
  private final ReadOnlyObjectWrapper<Set<Edge>> highlightedEdges =
      new ReadOnlyObjectWrapper<>(Set.of());
  private AttackTree latest;

  /** @param ui runs result updates on the UI thread ({@code Platform::runLater}) */
  public ResultsViewModel(Executor ui) {
    this.runs = new LatestRun(ui, "thicket-analysis");
    mode.addListener((observable, before, after) -> {
      if (latest != null) {
        analyse(latest);
      }
    });
    profile.addListener((observable, before, after) -> profileChanged());
    selectedScenario.addListener((observable, before, after) -> updateHighlight());
  }

  /**
   * The id of the attacker profile the Results tab and the canvas are scored for; null for the
   * whole tree (every step). Follows the profile when its id is changed, set to null when the
   * tree has no such profile any more.
   */
  public ObjectProperty<String> profileProperty() {
    return profile;
  }

  /** The profiles of the last tree handed to {@link #analyse}, in file order. */
  public ObservableList<AttackerProfile> profiles() {
    return readOnlyProfiles;
  }

  /**
   * What the Results tab, the canvas and the node panel's score show: the scored tree for the
   * chosen profile, or the whole tree's with none; null before the first result.
   */
  public ReadOnlyObjectProperty<ScoredTree> shownProperty() {
    return shown.getReadOnlyProperty();
  }

  /**
   * The steps out of the chosen profile's reach in the shown tree ({@link
   * AttackerProfile#reaches}); empty for the whole tree.
   */
  public ReadOnlyObjectProperty<Set<String>> outOfReachProperty() {
    return outOfReach.getReadOnlyProperty();
  }

  /**
   * Which mitigations count, for everything shown: the scenarios, the nodes' probabilities,
   * contributions and colours, the critical nodes and the mitigations' effects.
   */
  public ObjectProperty<Mode> modeProperty() {
    return mode;
  }

  /**
   * The last tree scored whole (every attacker), in the mode of its run; null before the first
   * result.
   */
  public ReadOnlyObjectProperty<ScoredTree> scoredProperty() {
    return scored.getReadOnlyProperty();
  }

  /**
   * Whether the scored tree is of {@code tree} (no edit since) in the mode shown, its nodes'
   * importance computed: what File → Export may write.
   */
  public boolean isCurrent(AttackTree tree) {
    ScoredTree shown = scored.get();
    return shown != null && shown.tree() == tree && shown.mode() == mode.get()
        && !shown.importancePending();
  }

  /**
   * Whether the shown tree is the one being scored, all but its nodes' importance, which is being
   * computed ({@link ScoredTree#importancePending()}).
   */
  public boolean importanceOfLatestPending() {
    ScoredTree current = shown.get();
    return current != null && current.tree() == latest && current.importancePending();
  }

  /**
   * The score of node {@code id} in the shown tree, or null before a result or for a node
   * added since (until its re-score lands).
   */
  public NodeScore score(String id) {
    ScoredTree shown = this.shown.get();
    return shown == null ? null : shown.find(id);
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return runs.runningProperty();
  }

  /**
   * How far the running analysis is, 0..1 (updated at most every {@value
   * LatestRun#PROGRESS_MILLIS} ms).
   */
  public ReadOnlyDoubleProperty progressProperty() {
    return runs.progressProperty();
  }

  /** The stage the running analysis is in ("diagrams, residual", "scenarios"...). */
  public ReadOnlyStringProperty stageProperty() {
    return runs.stageProperty();
  }

  /** Why the last analysis failed (too large, say); empty otherwise. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /**
   * The listed scenarios on the likelihood × impact grid of the tree's scales (the reports'
   * {@link RiskMatrix}); set just before the scored tree it belongs to, null before the first.
   */
  public ReadOnlyObjectProperty<RiskMatrix> riskMatrixProperty() {
    return riskMatrix.getReadOnlyProperty();
  }

  /** The listed scenarios, by descending risk. */
  public ObservableList<Scenario> scenarios() {
    return FXCollections.unmodifiableObservableList(scenarios);
  }

  /** The critical nodes, by descending Fussell–Vesely importance. */
  public ObservableList<NodeScore> criticalNodes() {
    return FXCollections.unmodifiableObservableList(critical);
  }

  /** Index into {@link #scenarios()} of the selected scenario; -1 for none. */
  public IntegerProperty selectedScenarioProperty() {
    return selectedScenario;
  }

  /**
   * Selects scenario {@code index} (-1: none) as a user does, in a list, the risk matrix or the
   * presentation strip: a newly chosen scenario also asks the canvas to bring its steps into
   * sight ({@link #stepsToRevealProperty}), which a re-score keeping the selection does not.
   */
  public void chooseScenario(int index) {
    if (index == selectedScenario.get()) {
      return;
    }
    selectedScenario.set(index);
    if (index >= 0 && index < scenarios.size()) {
      long choice = stepsToReveal.get() == null ? 1 : stepsToReveal.get().choice() + 1;
      stepsToReveal.set(new StepsToReveal(choice, scenarios.get(index).leaves()));
    }
  }

  /** The steps of the scenario chosen last, to bring into sight; each choice a new value. */
  public ReadOnlyObjectProperty<StepsToReveal> stepsToRevealProperty() {
    return stepsToReveal.getReadOnlyProperty();
  }

  /** The nodes on the paths of the selected scenario; empty when none is selected. */
  public ReadOnlyObjectProperty<Set<String>> highlightedProperty() {
    return highlighted.getReadOnlyProperty();
  }

  /** The edges on the paths of the selected scenario ({@link ScoredTree#edges}). */
  public ReadOnlyObjectProperty<Set<Edge>> highlightedEdgesProperty() {
    return highlightedEdges.getReadOnlyProperty();
  }

  /** Wall time of the last completed analysis, in milliseconds. */
  public long lastMillis() {
    return runs.lastMillis();
  }

  /**
   * Scores {@code tree} in the background, cancelling the run of any older tree; does nothing
   * once {@linkplain #close() closed}.
   */
  public void analyse(AttackTree tree) {
    String followed = ProfileRenames.follow(latest, tree, profile.get());
    latest = tree;
    if (!profiles.equals(List.copyOf(tree.profiles().values()))) {
      profiles.setAll(tree.profiles().values());
    }
    if (!java.util.Objects.equals(profile.get(), followed)) {
      profile.set(followed); // renamed, or removed (null: every attacker); analyses again
      return;
    }
    Mode scenarioMode = mode.get();
    String attacker = profile.get();
    runs.<Scored>start((monitor, early) -> {
      AnalysisOptions options = options(scenarioMode);
      AtomicReference<Scored> handedOver = new AtomicReference<>();
      AnalysisResult result;
      try {
        // the probabilities, scenarios and mitigations show while the importance, often most
        // of the time on a large fault tree, is computed (a profile's view needs its own)
        result = TreeAnalysis.run(tree, options, attacker != null ? monitor
            : AnalysisMonitor.handingOver(monitor, first -> {
              handedOver.set(scored(ScoredTree.of(tree, first), null, options));
              early.accept(handedOver.get());
            }));
      } catch (AnalysisTooLargeException | BddTooLargeException tooLarge) {
        if (handedOver.get() != null) {
          // only the importance is out of reach: what came before it is exact, and stays
          return handedOver.get().failing("The importance of every node is out of reach: "
              + tooLarge.getMessage() + ". The probabilities, scenarios and mitigations shown "
              + "are exact; the critical nodes listed are those measured before.");
        }
        throw withEstimate(tooLarge, tree, scenarioMode);
      }
      ScoredTree whole = ScoredTree.of(tree, result);
      return scored(whole, attacker, options);
    }, this::publish, failed -> error.set("The analysis failed: " + failed.getMessage()));
  }

  /**
   * Re-scores the shown tree for the chosen profile from the whole tree's analysis when it is
   * current; otherwise analyses the tree again.
   */
  private void profileChanged() {
    if (latest == null) {
      return;
    }
    ScoredTree whole = scored.get();
    if (whole == null || whole.tree() != latest || whole.mode() != mode.get()) {
      analyse(latest);
      return;
    }
    String attacker = profile.get();
    runs.start(monitor -> scored(whole, attacker, options(whole.mode())),
        this::publish, failed -> error.set("The analysis failed: " + failed.getMessage()));
  }

  /**
   * The failure of an analysis out of reach, its message followed by the goal's estimate by
   * simulation (seconds of work, on the analysis's thread).
   */
  static AnalysisTooLargeException withEstimate(RuntimeException tooLarge, AttackTree tree,
      Mode mode) {
    return new AnalysisTooLargeException(tooLarge.getMessage() + ". "
        + OutOfReachText.estimate(tree, mode));
  }

  private static AnalysisOptions options(Mode scenarioMode) {
    return new AnalysisOptions(scenarioMode, AnalysisOptions.DEFAULT_TOP, AnalysisSettings.NONE)
        .withImportanceMode(scenarioMode);
  }

  /** {@code whole} and what to show of it for profile {@code attacker} (null: every attacker). */
  private static Scored scored(ScoredTree whole, String attacker, AnalysisOptions options) {
    AttackTree tree = whole.tree();
    ScoredTree shown = attacker == null ? whole : whole.forProfile(attacker, options);
    return new Scored(whole, shown,
        attacker == null ? Set.of() : outOfReach(tree, tree.profiles().get(attacker)),
        RiskMatrix.of(tree.scales(), shown.scenarios(), shown.result().impact()));
  }

  /**
   * A run's outcome: the whole tree scored, the tree shown (the same, or scored for a profile),
   * the steps out of that profile's reach, the shown scenarios' risk matrix, and what could not
   * be computed ("" when all was: the error then shown).
   */
  private record Scored(ScoredTree whole, ScoredTree shown, Set<String> outOfReach,
      RiskMatrix matrix, String failure) {
    Scored(ScoredTree whole, ScoredTree shown, Set<String> outOfReach, RiskMatrix matrix) {
      this(whole, shown, outOfReach, matrix, "");
    }

    /** This outcome, final, with what could not be computed of it. */
    Scored failing(String why) {
      return new Scored(whole, shown, outOfReach, matrix, why);
    }
  }

  private void publish(Scored done) {
    error.set(done.failure());
    int keep = selectedScenario.get();
    selectedScenario.set(-1);
    setIfChanged(scenarios, done.shown().scenarios());
    setIfChanged(critical, done.shown().nodes().stream().filter(NodeScore::critical)
        .sorted(Comparator.comparing(ResultsViewModel::fussellVesely).reversed()).toList());
    riskMatrix.set(done.matrix());
    outOfReach.set(done.outOfReach());
    shown.set(done.shown());
    scored.set(done.whole());
    if (keep >= 0 && keep < scenarios.size()) {
      selectedScenario.set(keep);
    }
  }

  private static Set<String> outOfReach(AttackTree tree, AttackerProfile attacker) {
    Set<String> steps = new HashSet<>();
    for (Node node : tree.nodes().values()) {
      if (node.isLeaf() && !attacker.reaches(node.attacker().potential())) {
        steps.add(node.id());
      }
    }
    return Set.copyOf(steps);
  }

  private static double fussellVesely(NodeScore node) {
    Double value = node.importance().fussellVesely();
    return value == null ? 0 : value;
  }

  /** Replaces the list's items only when they differ (a table re-lays out on every change). */
  private static <T> void setIfChanged(ObservableList<T> list, List<T> items) {
    if (!list.equals(items)) {
      list.setAll(items);
    }
  }

  private void updateHighlight() {
    int index = selectedScenario.get();
    if (index < 0 || index >= scenarios.size()) {
      highlighted.set(Set.of());
      highlightedEdges.set(Set.of());
      return;
    }
    Set<String> nodes = new HashSet<>();
    scenarios.get(index).paths().forEach(nodes::addAll);
    highlighted.set(Set.copyOf(nodes));
    highlightedEdges.set(Set.copyOf(shown.get().edges(index)));
  }

  @Override
  public void close() {
    runs.close();
  }
}
