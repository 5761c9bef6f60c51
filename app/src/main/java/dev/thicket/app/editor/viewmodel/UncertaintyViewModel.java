package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.UncertaintyAnalysis;
import dev.thicket.model.analysis.UncertaintyOptions;
import dev.thicket.model.analysis.UncertaintyResult;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Uncertainty tab: how far the goal's risk may be from its point value when some estimates
 * are three-point ranges. {@link UncertaintyAnalysis} samples each tree off the UI thread ({@link
 * LatestRun}) with {@link UncertaintyOptions#DEFAULT} (fixed seed: the same tree gives the same
 * numbers), once the results have scored it, so that on two cores the sampling never competes
 * with the results; an edit cancels the older run at once. Sampling runs only while the tab is
 * {@linkplain #activeProperty() shown}, and a tree without a range is never sampled. The outcome
 * lands with the tree it is of: the residual risk's histogram, the spreads per mode and the
 * {@value #TORNADO_BARS} estimates of largest swing.
 */
public final class UncertaintyViewModel implements AutoCloseable {
  /** How many estimates the tornado shows, largest swing first. */
  public static final int TORNADO_BARS = 15;
  /** How many bins the histogram of the residual risk has. */
  public static final int BINS = 30;
  /** What the tab says for a tree without a range. */
  public static final String HOW_TO = "No estimate of this tree is a range, so its risk is one "
      + "number. Type a range as low..likely..high: in the node panel, e.g. likelihood "
      + "0.05..0.1..0.3 (or the goal's impact 6..8..9), or in the Mitigations tab, e.g. "
      + "effectiveness 0.5..0.7..0.9. This tab then shows how far the risk may be from its "
      + "point value and which estimates move it most.";
  /** What the tab says when the tree's ranges cannot move the goal's risk. */
  public static final String NOTHING_MOVES = "The ranges of this tree cannot move the goal's "
      + "risk: an impact counts only on the goal, a mitigation only when a node has it, and a "
      + "likelihood only on a leaf below the goal.";

  private final DocumentViewModel document;
  private final ResultsViewModel results;
  private final LatestRun runs;
  private final BooleanProperty active = new SimpleBooleanProperty();
  private AttackTree rangesOf;
  private boolean rangesOfTree;
  private final ReadOnlyObjectWrapper<UncertaintyResult> result = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Histogram> histogram = new ReadOnlyObjectWrapper<>();
  private final ObservableList<TornadoRow> tornado = FXCollections.observableArrayList();
  /**
   * One read-only view, kept: a new one per call would hold its listeners only weakly and drop
   * them when collected (the tornado then stopped following edits now and then).
   */
  private final ObservableList<TornadoRow> tornadoShown =
      FXCollections.unmodifiableObservableList(tornado);
  private final ReadOnlyObjectWrapper<Double> likelyRisk = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper unavailable = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private AttackTree requested;
  private AttackTree sampled;
  /** Whether an export asked for the open tree's run while the tab was hidden. */
  private boolean wanted;

  /**
   * @param results the window's results: each tree they score (or fail to) is sampled next, and
   *     their residual risk is the tornado's centre
   * @param ui runs updates on the UI thread ({@code Platform::runLater})
   */
  public UncertaintyViewModel(DocumentViewModel document, ResultsViewModel results,
      Executor ui) {
    this.document = document;
    this.results = results;
    this.runs = new LatestRun(ui, "thicket-uncertainty");
    document.treeProperty().addListener((observable, before, after) -> {
      runs.supersede();
      wanted = false;
      followResults();
    });
    results.scoredProperty().addListener((observable, before, after) -> followResults());
    results.errorProperty().addListener((observable, before, after) -> followResults());
    results.runningProperty().addListener((observable, before, after) -> followResults());
    active.addListener((observable, before, after) -> followResults());
    runs.runningProperty().addListener((observable, before, after) -> showStatus());
    runs.stageProperty().addListener((observable, before, after) -> showStatus());
    runs.supersede(); // until the first tree is sampled
  }

  /** Whether the tab is shown: only then is each tree sampled. */
  public BooleanProperty activeProperty() {
    return active;
  }

  /**
   * Whether the open tree has any three-point range; one walk over the nodes per tree, when
   * first asked (the tab, an export), not on every edit.
   */
  public boolean hasRanges() {
    AttackTree tree = document.tree();
    if (tree != rangesOf) {
      rangesOfTree = UncertaintyAnalysis.hasRanges(tree);
      rangesOf = tree;
    }
    return rangesOfTree;
  }

  /** The last run; null before the first, for a tree without ranges, or when it failed. */
  public ReadOnlyObjectProperty<UncertaintyResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** The residual risk's samples in {@value #BINS} bins; null along with the result. */
  public ReadOnlyObjectProperty<Histogram> histogramProperty() {
    return histogram.getReadOnlyProperty();
  }

  /** The {@value #TORNADO_BARS} estimates of largest swing of the residual risk, largest first. */
  public ObservableList<TornadoRow> tornado() {
    return tornadoShown;
  }

  /** The residual risk with every estimate at its most likely value; null when not known. */
  public ReadOnlyObjectProperty<Double> likelyRiskProperty() {
    return likelyRisk.getReadOnlyProperty();
  }

  /**
   * Why the last tree sampled shows no spread: {@link #HOW_TO} without ranges, {@link
   * #NOTHING_MOVES}, or the failure; empty when it has one.
   */
  public ReadOnlyStringProperty unavailableProperty() {
    return unavailable.getReadOnlyProperty();
  }

  /** A short line on the sampling: running, or how many samples from which seed, how long. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return runs.runningProperty();
  }

  /** How far the running sampling is, 0..1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return runs.progressProperty();
  }

  /** Whether what is shown is of {@code tree} (no edit since, no run under way). */
  public boolean isCurrent(AttackTree tree) {
    return tree == sampled && !runs.runningProperty().get();
  }

  /**
   * Whether {@code tree}, the open tree, has been sampled ({@link #resultProperty} is then its
   * run, or null when its ranges move nothing); if not, it is sampled next even while the tab is
   * hidden (File → Export asks).
   */
  public boolean ready(AttackTree tree) {
    if (isCurrent(tree)) {
      return true;
    }
    wanted = true;
    followResults();
    return false;
  }

  /** Samples the open tree once the tab is shown (or an export wants it) and it is scored. */
  private void followResults() {
    AttackTree tree = document.tree();
    if (!(active.get() || wanted) || tree == requested) {
      return;
    }
    ScoredTree scored = results.scoredProperty().get();
    boolean scoredNow = scored != null && scored.tree() == tree;
    boolean failedNow = !results.runningProperty().get()
        && !results.errorProperty().get().isEmpty();
    if (!hasRanges() || scoredNow || failedNow) {
      requested = tree;
      compute(tree, scoredNow ? scored.result().risk().get(Mode.RESIDUAL) : null);
    }
  }

  private void compute(AttackTree tree, Double pointRisk) {
    if (!hasRanges()) {
      runs.start(monitor -> null, none -> publish(tree, null, null, HOW_TO),
          failed -> publish(tree, null, null, HOW_TO));
      return;
    }
    runs.start(monitor -> UncertaintyAnalysis.run(tree, UncertaintyOptions.DEFAULT, monitor),
        done -> publish(tree, done, pointRisk, done.ranged().isEmpty() ? NOTHING_MOVES : ""),
        failed -> publish(tree, null, null, "The sampling failed: " + failed.getMessage()));
  }

  private void publish(AttackTree tree, UncertaintyResult done, Double pointRisk, String why) {
    sampled = tree;
    boolean shown = done != null && why.isEmpty();
    unavailable.set(why);
    likelyRisk.set(shown ? pointRisk : null);
    histogram.set(shown ? Histogram.of(done.residualRiskSamples(), BINS) : null);
    List<TornadoRow> rows = !shown ? List.of() : done.tornado().stream()
        .limit(TORNADO_BARS).map(bar -> TornadoRow.of(bar, tree)).toList();
    if (!tornado.equals(rows)) {
      tornado.setAll(rows);
    }
    result.set(shown ? done : null);
    showStatus();
  }

  private void showStatus() {
    String stage = runs.stageProperty().get();
    UncertaintyResult shown = result.get();
    if (runs.runningProperty().get()) {
      status.set(stage.isEmpty() ? "sampling…" : "sampling: " + stage + "…");
    } else if (shown == null) {
      status.set("");
    } else {
      status.set(NumberFormat.getIntegerInstance(Locale.ROOT).format(shown.options().samples())
          + " samples, seed " + shown.options().seed() + " (" + runs.lastMillis() + " ms)");
    }
  }

  @Override
  public void close() {
    runs.close();
  }
}
