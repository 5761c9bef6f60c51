package dev.thicket.app.editor.viewmodel;

import dev.thicket.exports.report.Funding;
import dev.thicket.model.analysis.MitigationPlans;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Plan;
import dev.thicket.model.analysis.PlanFront;
import dev.thicket.model.analysis.PlanTooLargeException;
import dev.thicket.model.edit.MarkPlanned;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.MitigationStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Plan tab: what to fund. The cost–risk front of mitigation plans ({@link MitigationPlans}) of
 * every tree the results score is computed off the UI thread ({@link LatestRun}), once its
 * results have landed: so that on two cores the front never competes with the results and the
 * UI thread for the CPU, and the planned mode's point (the results' planned risk) is there when
 * the front lands. An edit cancels the older run at once; one that a front does not read (Mark
 * as planned, the budget: {@link MitigationPlans#sameFront}) keeps the front shown, with no run
 * (seconds on large trees, which File → Export would wait for). The front lands with the tree it is
 * of, or with why there is none (too many candidates, a failure). Around it: the tree's budget
 * ({@code analysis.budget}, edited as one undoable edit), the best plan within it, a selected
 * plan and the verb that makes it the plan ({@link MarkPlanned}).
 */
public final class PlanViewModel implements AutoCloseable {
  private final DocumentViewModel document;
  private final ResultsViewModel results;
  private final TreePropertiesViewModel properties;
  private final LatestRun runs;
  private final ReadOnlyObjectWrapper<PlanFront> front = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper unavailable = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper statusDetail = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Double> budget = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Plan> best = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<Plan> selected = new SimpleObjectProperty<>();
  private final ObservableList<String> selectedTitles = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<PlannedPoint> plannedPoint = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper canMark = new ReadOnlyBooleanWrapper();
  private AttackTree requested;
  private AttackTree planned;

  /**
   * @param results the window's results: each tree they score (or fail to) is planned next, and
   *     their planned-mode risk is the planned point's
   * @param properties the tree's values, whose budget field this tab shows
   * @param ui runs updates on the UI thread ({@code Platform::runLater})
   */
  public PlanViewModel(DocumentViewModel document, ResultsViewModel results,
      TreePropertiesViewModel properties, Executor ui) {
    this.document = document;
    this.results = results;
    this.properties = properties;
    this.runs = new LatestRun(ui, "thicket-plans");
    document.treeProperty().addListener((observable, before, after) -> {
      runs.supersede();
      showTree();
    });
    results.scoredProperty().addListener((observable, before, after) -> {
      followResults();
      showPlannedPoint();
    });
    // a failure that repeats the last message changes no error: the end of the run tells it
    results.errorProperty().addListener((observable, before, after) -> followResults());
    results.runningProperty().addListener((observable, before, after) -> followResults());
    selected.addListener((observable, before, after) -> showSelected());
    runs.runningProperty().addListener((observable, before, after) -> showStatus());
    runs.stageProperty().addListener((observable, before, after) -> showStatus());
    runs.supersede(); // until the first front lands, it is being computed
    showTree();
    followResults();
  }

  /** The front of the last tree computed; null before the first, or when there is none. */
  public ReadOnlyObjectProperty<PlanFront> frontProperty() {
    return front.getReadOnlyProperty();
  }

  /** Why the last tree computed has no front (too many candidates, a failure); else empty. */
  public ReadOnlyStringProperty unavailableProperty() {
    return unavailable.getReadOnlyProperty();
  }

  /**
   * A short line on the computation: running, why there is no front, or how many candidates and
   * plans the front has (and uncosted mitigations, never chosen).
   */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The status line in full, for its tooltip: what the counts are, and how long it took. */
  public ReadOnlyStringProperty statusDetailProperty() {
    return statusDetail.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return runs.runningProperty();
  }

  /** How far the running computation is, 0..1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return runs.progressProperty();
  }

  /**
   * The front (or why there is none) for a report of {@code tree}: empty unless the last
   * computation is of that very tree (no edit since).
   */
  public Optional<Funding> funding(AttackTree tree) {
    if (tree != planned) {
      return Optional.empty();
    }
    return Optional.of(front.get() != null ? Funding.of(front.get())
        : new Funding(Optional.empty(), unavailable.get()));
  }

  /**
   * How much lower {@code plan}'s risk is than today's (the front's baseline). Risks within a
   * relative 10⁻¹² are equal (docs/analysis.md), so the plan of no mitigation shows 0, not -4e-16.
   */
  public double reduction(Plan plan) {
    PlanFront shown = front.get();
    if (shown == null) {
      return 0;
    }
    double today = shown.baseline().risk();
    double reduction = today - plan.risk();
    return Math.abs(reduction) <= 1e-12 * Math.abs(today) ? 0 : reduction;
  }

  /** The open tree's {@code analysis.budget}; null for none. */
  public ReadOnlyObjectProperty<Double> budgetProperty() {
    return budget.getReadOnlyProperty();
  }

  /** The budget as typed; {@link #commitBudget} makes it the tree's. */
  public StringProperty budgetTextProperty() {
    return properties.textProperty(TreeField.BUDGET);
  }

  /** Why the typed budget was refused; empty when it was not. */
  public ReadOnlyStringProperty budgetErrorProperty() {
    return properties.errorProperty(TreeField.BUDGET);
  }

  /** Sets the tree's budget to the typed one (empty: none) as one undoable edit. */
  public boolean commitBudget() {
    return properties.commit(TreeField.BUDGET);
  }

  /** Puts the tree's values back in the fields, the typed budget included. */
  public void reloadBudget() {
    properties.load();
  }

  /** The plan of lowest risk within the budget; null without a budget or a front. */
  public ReadOnlyObjectProperty<Plan> bestProperty() {
    return best.getReadOnlyProperty();
  }

  /** The plan picked in the chart or the table; null for none. */
  public ObjectProperty<Plan> selectedProperty() {
    return selected;
  }

  /** The titles of the selected plan's mitigations, in file order. */
  public ObservableList<String> selectedTitles() {
    return FXCollections.unmodifiableObservableList(selectedTitles);
  }

  /** The planned mode's point of the tree the front is of; null until both are scored. */
  public ReadOnlyObjectProperty<PlannedPoint> plannedPointProperty() {
    return plannedPoint.getReadOnlyProperty();
  }

  /** Whether a plan is selected that is not already exactly what is planned. */
  public ReadOnlyBooleanProperty canMarkProperty() {
    return canMark.getReadOnlyProperty();
  }

  /**
   * Makes the selected plan the plan, as one undoable edit: its mitigations {@code planned},
   * every other candidate {@code proposed}.
   */
  public boolean markSelectedAsPlanned() {
    Plan plan = selected.get();
    return plan != null && document.edit(new MarkPlanned(Set.copyOf(plan.mitigations())));
  }

  /** Plans the open tree once the results have scored it, or failed to, unless planned already. */
  private void followResults() {
    AttackTree tree = document.tree();
    ScoredTree scored = results.scoredProperty().get();
    boolean scoredNow = scored != null && scored.tree() == tree;
    boolean failedNow = !results.runningProperty().get()
        && !results.errorProperty().get().isEmpty();
    if (tree != requested && (scoredNow || failedNow)) {
      requested = tree;
      if (planned != null && MitigationPlans.sameFront(planned, tree)) {
        // Mark as planned, a status or the budget changed: the front shown is this tree's too
        runs.cancel();
        publish(tree, front.get(), unavailable.get());
      } else {
        compute(tree);
      }
    }
  }

  private void compute(AttackTree tree) {
    runs.start(monitor -> MitigationPlans.front(tree, Funding.MAX_CANDIDATES, monitor),
        done -> publish(tree, done, ""),
        failed -> publish(tree, null, failed instanceof PlanTooLargeException
            ? failed.getMessage() : "the plan search failed: " + failed.getMessage()));
  }

  private void publish(AttackTree tree, PlanFront done, String why) {
    Set<String> keep = selected.get() == null ? null : Set.copyOf(selected.get().mitigations());
    planned = tree;
    unavailable.set(why);
    front.set(done);
    selected.set(done == null || keep == null ? null : done.front().stream()
        .filter(plan -> Set.copyOf(plan.mitigations()).equals(keep)).findFirst().orElse(null));
    showBest();
    showPlannedPoint();
    showStatus();
  }

  /** What follows the open tree at once: its budget, and the selected plan's titles. */
  private void showTree() {
    budget.set(document.tree().settings().budget());
    showBest();
    showSelected();
  }

  private void showBest() {
    best.set(front.get() == null || budget.get() == null ? null
        : front.get().best(budget.get()).orElse(null));
  }

  private void showSelected() {
    Plan plan = selected.get();
    AttackTree tree = document.tree();
    selectedTitles.setAll(plan == null ? List.of() : plan.mitigations().stream()
        .map(id -> tree.mitigations().containsKey(id) ? tree.mitigations().get(id).title() : id)
        .toList());
    canMark.set(plan != null && !Set.copyOf(plan.mitigations()).equals(plannedIds(tree)));
  }

  private static Set<String> plannedIds(AttackTree tree) {
    Set<String> ids = new HashSet<>();
    tree.mitigations().values().stream()
        .filter(m -> m.candidate() && m.status() == MitigationStatus.PLANNED)
        .forEach(m -> ids.add(m.id()));
    return ids;
  }

  private void showPlannedPoint() {
    ScoredTree scored = results.scoredProperty().get();
    if (planned == null || scored == null || scored.tree() != planned) {
      plannedPoint.set(null);
      return;
    }
    plannedPoint.set(PlannedPoint.of(planned, scored.result().risk().get(Mode.PLANNED)));
  }

  private void showStatus() {
    String stage = runs.stageProperty().get();
    PlanFront shown = front.get();
    String detail = null;
    if (runs.runningProperty().get()) {
      status.set(stage.isEmpty() ? "computing plans…" : "computing plans: " + stage + "…");
    } else if (!unavailable.get().isEmpty()) {
      status.set("No plans: " + unavailable.get());
    } else if (shown == null) {
      status.set("");
    } else if (shown.candidates().isEmpty()) {
      status.set("No candidates: a plan funds mitigations that are not implemented and have a "
          + "cost (Mitigations tab).");
    } else {
      // the counts alone, so that the line fits beside the budget field
      status.set(count(shown.candidates().size(), "candidate") + ", "
          + count(shown.front().size(), "plan")
          + (shown.uncosted().isEmpty() ? "" : ", " + shown.uncosted().size() + " uncosted"));
      detail = count(shown.candidates().size(), "candidate")
          + " (mitigations not implemented, with a cost), "
          + count(shown.front().size(), "plan") + " on the front"
          + (shown.uncosted().isEmpty() ? "" : ", " + shown.uncosted().size()
              + " uncosted (not implemented, no cost: never in a plan)")
          + "; computed in " + runs.lastMillis() + " ms";
    }
    statusDetail.set(detail == null ? status.get() : detail);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  @Override
  public void close() {
    runs.close();
  }
}
