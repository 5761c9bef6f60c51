package dev.thicket.app.editor.viewmodel;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.DiffReport;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.diff.Attribution;
import dev.thicket.model.diff.NodeChange;
import dev.thicket.model.diff.RiskChange;
import dev.thicket.model.diff.TreeDiff;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.VisibleText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File → Compare with…: the diff of the open tree against another version (a file or a git
 * revision: the old version; the open tree is the new one), computed off the UI thread and
 * published as rows (risk per mode, why the residual risk moved, the changes, wording as {@code
 * thicket diff}, {@link DiffReport}) and as {@link CardChanges} for the canvas. The other version
 * is read once; every edit of the open tree diffs again in the background, the newest edit
 * winning ({@link LatestRun}), until {@link #end()} (decision 17).
 */
public final class CompareViewModel {
  /** One mode's probability and risk, before → after, as shown. */
  public record RiskRow(String mode, String probability, String risk) {}

  /** One change unit's share of the residual-risk change, as shown. */
  public record ShareRow(String share, String change) {}

  /**
   * One line of the changes list; {@code nodeId} is the card it is about (the open id, the old
   * one for a removed node), null for the tree's own fields and mitigations.
   */
  public record ChangeRow(String text, String nodeId) {
    @Override
    public String toString() {
      return text;
    }
  }

  private final ObservableValue<AttackTree> open;
  private final CompareSource other;
  private final String openName;
  private final LatestRun run;
  private final ChangeListener<AttackTree> edited = (observable, before, after) -> diff(after);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyObjectWrapper<CardChanges> cards = new ReadOnlyObjectWrapper<>();
  private final ObservableList<RiskRow> risk = FXCollections.observableArrayList();
  private final ObservableList<ShareRow> shares = FXCollections.observableArrayList();
  private final ObservableList<ChangeRow> changes = FXCollections.observableArrayList();
  private final ObservableList<RiskRow> riskView = FXCollections.unmodifiableObservableList(risk);
  private final ObservableList<ShareRow> sharesView =
      FXCollections.unmodifiableObservableList(shares);
  private final ObservableList<ChangeRow> changesView =
      FXCollections.unmodifiableObservableList(changes);
  private volatile AttackTree old;

  /** The outcome of one background diff. */
  private record Outcome(DiffReport report, CardChanges cards) {}

  /** The other version could not be read: its problems. */
  private static final class Unreadable extends RuntimeException {
    final transient TreeFileException problems;

    Unreadable(TreeFileException problems) {
      super(problems.getMessage(), null, false, false);
      this.problems = problems;
    }
  }

  /**
   * Starts comparing the tree in {@code open} (called {@code openName}) with {@code other}; results
   * are published on {@code ui}. Call on the UI thread.
   */
  public CompareViewModel(ObservableValue<AttackTree> open, String openName, CompareSource other,
      Executor ui) {
    this.open = open;
    this.other = other;
    this.openName = openName;
    this.run = new LatestRun(ui, "thicket-compare");
    summary.set("Comparing with " + VisibleText.of(other.name()) + "…");
    open.addListener(edited);
    diff(open.getValue());
  }

  private void diff(AttackTree tree) {
    run.start(monitor -> compute(tree), this::show, this::failed);
  }

  private Outcome compute(AttackTree tree) {
    AttackTree before = old;
    if (before == null) {
      try {
        before = other.read();
      } catch (TreeFileException problems) {
        throw new Unreadable(problems);
      }
      old = before;
    }
    TreeDiff diff = TreeDiff.of(before, tree);
    return new Outcome(new DiffReport(other.name(), openName, diff),
        CardChanges.of(diff, before, tree, other.name()));
  }

  private void show(Outcome outcome) {
    if (!active.get()) {
      return;
    }
    TreeDiff diff = outcome.report().diff();
    RiskChange change = diff.risk();
    List<RiskRow> riskRows = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      riskRows.add(new RiskRow(mode.keyword(),
          Decimals.of(change.probabilityBefore().get(mode)) + " → "
              + Decimals.of(change.probabilityAfter().get(mode)),
          Decimals.of(change.riskBefore().get(mode)) + " → "
              + Decimals.of(change.riskAfter().get(mode))));
    }
    risk.setAll(riskRows);
    Attribution attribution = diff.attribution();
    shares.setAll(attribution.shares().stream().map(share -> new ShareRow(
        DiffReport.signed(share.value()), VisibleText.of(share.unit().label()))).toList());
    changes.setAll(rows(outcome.report()));
    summary.set(diff.same() ? "No change in meaning."
        : "Residual risk " + Decimals.of(attribution.before()) + " → "
            + Decimals.of(attribution.after()) + " (" + DiffReport.signed(attribution.total())
            + "; " + attribution.method().keyword() + ")");
    cards.set(outcome.cards());
  }

  /**
   * The report's change lines, each with its node: {@link DiffReport#changeLines()} lists the
   * tree's fields, then the nodes, then the mitigations, one line each.
   */
  private static List<ChangeRow> rows(DiffReport report) {
    TreeDiff diff = report.diff();
    List<String> lines = report.changeLines();
    int firstNode = diff.tree().size();
    if (lines.size() != firstNode + diff.nodes().size() + diff.mitigations().size()) {
      throw new IllegalStateException("change lines do not match the diff");
    }
    List<ChangeRow> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int node = i - firstNode;
      NodeChange change = node >= 0 && node < diff.nodes().size() ? diff.nodes().get(node) : null;
      rows.add(new ChangeRow(lines.get(i), change == null ? null : change.id()));
    }
    return rows;
  }

  private void failed(Throwable failure) {
    if (!active.get()) {
      return;
    }
    if (failure instanceof Unreadable unreadable) {
      summary.set("Cannot read " + VisibleText.of(other.name()) + ":");
      changes.setAll(unreadable.problems.problems().stream()
          .map(problem -> new ChangeRow(problem.toString(), null)).toList());
    } else {
      summary.set("Cannot compare: " + VisibleText.of(String.valueOf(failure.getMessage())));
      changes.clear();
    }
    risk.clear();
    shares.clear();
    cards.set(null);
  }

  /** Ends comparing: no more diffs, no card changes. Call on the UI thread. */
  public void end() {
    if (!active.get()) {
      return;
    }
    active.set(false);
    open.removeListener(edited);
    run.close();
    cards.set(null);
  }

  /** "Compare OTHER → OPEN". */
  public String title() {
    return "Compare " + VisibleText.of(other.name()) + " → " + VisibleText.of(openName);
  }

  /** What is going on, then the residual-risk change (or why there is none). */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Whether a diff is being computed (the first, or the one after an edit). */
  public ReadOnlyBooleanProperty runningProperty() {
    return run.runningProperty();
  }

  /** True until {@link #end()}. */
  public ReadOnlyBooleanProperty activeProperty() {
    return active.getReadOnlyProperty();
  }

  /** What the canvas outlines; null before the first diff, after a failure and after the end. */
  public ReadOnlyObjectProperty<CardChanges> cardsProperty() {
    return cards.getReadOnlyProperty();
  }

  public ObservableList<RiskRow> risk() {
    return riskView;
  }

  public ObservableList<ShareRow> shares() {
    return sharesView;
  }

  /** The structural changes, or the problems of a version that could not be read. */
  public ObservableList<ChangeRow> changes() {
    return changesView;
  }
}
