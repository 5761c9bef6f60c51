package dev.thicket.app.editor.viewmodel;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.DiffReport;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.diff.Attribution;
import dev.thicket.model.diff.RiskChange;
import dev.thicket.model.diff.TreeDiff;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeFileProblem;
import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.VisibleText;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File → Compare with…: the diff of the open tree against a file (the file is the old version,
 * the open tree the new one), computed off the UI thread and published as rows: risk per mode,
 * why the residual risk moved, and the changes (wording as {@code thicket diff}, {@link
 * DiffReport}). A snapshot: later edits of the open tree do not change it.
 */
public final class CompareViewModel {
  /** One mode's probability and risk, before → after, as shown. */
  public record RiskRow(String mode, String probability, String risk) {}

  /** One change unit's share of the residual-risk change, as shown. */
  public record ShareRow(String share, String change) {}

  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
  private final ObservableList<RiskRow> risk = FXCollections.observableArrayList();
  private final ObservableList<ShareRow> shares = FXCollections.observableArrayList();
  private final ObservableList<String> changes = FXCollections.observableArrayList();
  private final ObservableList<RiskRow> riskView = FXCollections.unmodifiableObservableList(risk);
  private final ObservableList<ShareRow> sharesView =
      FXCollections.unmodifiableObservableList(shares);
  private final ObservableList<String> changesView =
      FXCollections.unmodifiableObservableList(changes);
  private final String title;

  /**
   * Starts comparing {@code open} (called {@code openName}) with the tree in {@code other} on
   * {@code worker}; results are published on {@code ui}.
   */
  public CompareViewModel(AttackTree open, String openName, Path other, Executor worker,
      Executor ui) {
    String otherName = String.valueOf(other.getFileName());
    title = "Compare " + VisibleText.of(otherName) + " → " + VisibleText.of(openName);
    summary.set("Comparing with " + VisibleText.of(otherName) + "…");
    worker.execute(() -> {
      try {
        TreeDiff diff = TreeDiff.of(TreeFiles.read(List.of(other)), open);
        DiffReport report = new DiffReport(otherName, openName, diff);
        ui.execute(() -> show(report));
      } catch (TreeFileException invalid) {
        List<String> lines = invalid.problems().stream().map(TreeFileProblem::toString).toList();
        ui.execute(() -> failed("Cannot read " + VisibleText.of(otherName) + ":", lines));
      } catch (RuntimeException failure) {
        String message = String.valueOf(failure.getMessage());
        ui.execute(() -> failed("Cannot compare: " + VisibleText.of(message), List.of()));
      }
    });
  }

  private void show(DiffReport report) {
    TreeDiff diff = report.diff();
    RiskChange change = diff.risk();
    for (Mode mode : Mode.values()) {
      risk.add(new RiskRow(mode.keyword(),
          Decimals.of(change.probabilityBefore().get(mode)) + " → "
              + Decimals.of(change.probabilityAfter().get(mode)),
          Decimals.of(change.riskBefore().get(mode)) + " → "
              + Decimals.of(change.riskAfter().get(mode))));
    }
    Attribution attribution = diff.attribution();
    for (Attribution.Share share : attribution.shares()) {
      shares.add(new ShareRow(DiffReport.signed(share.value()),
          VisibleText.of(share.unit().label())));
    }
    changes.setAll(report.changeLines());
    summary.set(diff.same() ? "No change in meaning."
        : "Residual risk " + Decimals.of(attribution.before()) + " → "
            + Decimals.of(attribution.after()) + " (" + DiffReport.signed(attribution.total())
            + "; " + attribution.method().keyword() + ")");
    running.set(false);
  }

  private void failed(String message, List<String> lines) {
    summary.set(message);
    changes.setAll(lines);
    running.set(false);
  }

  /** "Compare OTHER → OPEN". */
  public String title() {
    return title;
  }

  /** What is going on, then the residual-risk change (or why there is none). */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ObservableList<RiskRow> risk() {
    return riskView;
  }

  public ObservableList<ShareRow> shares() {
    return sharesView;
  }

  /** The structural changes, or the problems of a file that could not be read. */
  public ObservableList<String> changes() {
    return changesView;
  }
}
