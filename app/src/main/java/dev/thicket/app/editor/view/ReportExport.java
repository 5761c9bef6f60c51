package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.DocumentViewModel;
import dev.thicket.app.editor.viewmodel.PlanViewModel;
import dev.thicket.app.editor.viewmodel.ResultsViewModel;
import dev.thicket.app.editor.viewmodel.UncertaintyViewModel;
import dev.thicket.exports.files.ReportFiles;
import dev.thicket.exports.pdf.Paper;
import dev.thicket.exports.report.Funding;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.ReportSource;
import dev.thicket.model.analysis.UncertaintyAnalysis;
import dev.thicket.model.analysis.UncertaintyResult;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AttackTree;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.control.ProgressBar;

/**
 * File → Export: the report of what the window shows, built and written off the UI thread
 * ({@code Report.of} analyses the tree once per attacker profile, and a PDF takes a while), one
 * export at a time; {@link #exportingProperty} drives the status bar's progress bar and the
 * status bar says when the file is written.
 */
final class ReportExport {
  private final DocumentViewModel document;
  private final Supplier<Dialogs> dialogs;
  private final ResultsViewModel results;
  private final PlanViewModel plans;
  private final UncertaintyViewModel uncertainty;
  private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper progress =
      new ReadOnlyDoubleWrapper(ProgressBar.INDETERMINATE_PROGRESS);
  private Executor worker = task -> {
    Thread thread = new Thread(task, "thicket-export");
    thread.setDaemon(true);
    thread.start();
  };

  ReportExport(DocumentViewModel document, Supplier<Dialogs> dialogs, ResultsViewModel results,
      PlanViewModel plans, UncertaintyViewModel uncertainty) {
    this.document = document;
    this.dialogs = dialogs;
    this.results = results;
    this.plans = plans;
    this.uncertainty = uncertainty;
  }

  /** Whether a report is being built or written. */
  ReadOnlyBooleanProperty exportingProperty() {
    return exporting.getReadOnlyProperty();
  }

  /**
   * The status bar's progress bar ({@code #export-progress}, indeterminate: the report does not
   * report its stages), shown while an export lasts over a quarter second.
   */
  ProgressBar progressBar() {
    ProgressBar bar = LongRunProgress.bar("export-progress", exportingProperty(),
        progress.getReadOnlyProperty());
    bar.setMaxWidth(160);
    return bar;
  }

  /** Runs the exports' work on {@code executor} instead of a thread of their own (tests). */
  void workOn(Executor executor) {
    worker = executor;
  }

  /**
   * Asks for a file and writes the report in {@code format} ({@link #reportOfWindow}) in the
   * background; writes nothing, with the reason in the status bar, while there is no such report
   * yet or another export is running.
   */
  void export(FileActions.Export format) {
    if (exporting.get()) {
      document.showMessage("Not exported: the last export is still being written");
      return;
    }
    Optional<Supplier<Report>> report = reportOfWindow();
    if (report.isEmpty()) {
      return;
    }
    String extension = switch (format) {
      case MARKDOWN -> "md";
      case PDF -> "pdf";
      case SVG -> "svg";
    };
    Path file = document.fileProperty().get();
    String base = file == null ? "attack-tree"
        : file.getFileName().toString().replaceAll("\\.[^.]*$", "");
    Path suggestion = (file == null ? Path.of(base) : file.resolveSibling(base))
        .resolveSibling(base + "-report." + extension);
    dialogs.get().chooseSave(suggestion, format.name().toLowerCase() + " report", extension)
        .ifPresent(target -> start(report.get(), format, target));
  }

  private void start(Supplier<Report> report, FileActions.Export format, Path target) {
    exporting.set(true);
    document.showMessage("Exporting " + target.getFileName() + "…");
    worker.execute(() -> {
      Exception failure = null;
      try {
        write(report.get(), format, target);
      } catch (IOException | RuntimeException e) {
        failure = e;
      }
      Exception failed = failure;
      Platform.runLater(() -> finished(target, failed));
    });
  }

  private void finished(Path target, Exception failure) {
    exporting.set(false);
    if (failure == null) {
      document.showMessage("Exported " + target.getFileName());
    } else {
      document.showMessage("");
      dialogs.get().showError("Cannot export " + target + ": " + failure.getMessage());
    }
  }

  /**
   * The report of the open tree from what the window shows, to be built off the UI thread: the
   * results' scored tree in the mode shown, the Plan tab's front of mitigation plans (or why
   * there is none) and, for a tree with ranges, the Uncertainty tab's run. Empty, with the reason
   * in the status bar, while the tree or the mode is still being scored, its plans computed or
   * its ranges sampled, or when its analysis failed.
   */
  Optional<Supplier<Report>> reportOfWindow() {
    AttackTree tree = document.tree();
    if (!results.isCurrent(tree)) {
      String error = results.errorProperty().get();
      document.showMessage(!error.isEmpty() && !results.runningProperty().get()
          ? "Nothing to export: " + error
          : "Not exported yet: the results are still being computed; export again when they "
              + "show");
      return Optional.empty();
    }
    Optional<Funding> funding = plans.funding(tree);
    if (funding.isEmpty()) {
      document.showMessage("Not exported yet: the mitigation plans are still being computed; "
          + "export again when the Plan tab shows them");
      return Optional.empty();
    }
    boolean ranged = UncertaintyAnalysis.hasRanges(tree);
    if (ranged && !uncertainty.ready(tree)) {
      document.showMessage("Not exported yet: the ranges of the estimates are being sampled; "
          + "export again in a moment");
      return Optional.empty();
    }
    ScoredTree scored = results.scoredProperty().get();
    Optional<UncertaintyResult> sampled =
        Optional.ofNullable(ranged ? uncertainty.resultProperty().get() : null);
    Path file = document.fileProperty().get();
    String name = file == null ? "unsaved tree" : file.getFileName().toString();
    LocalDate today = LocalDate.now();
    return Optional.of(() -> Report.of(scored, funding.get(), sampled,
        ReportSource.unsaved(name, TreeWriter.toYaml(scored.tree()), today)));
  }

  private static void write(Report report, FileActions.Export format, Path target)
      throws IOException {
    switch (format) {
      case PDF -> ReportFiles.writePdf(report, Paper.A4, target);
      case SVG -> ReportFiles.writeSvg(report, target);
      case MARKDOWN -> ReportFiles.writeMarkdown(report, target);
      default -> throw new IllegalStateException("unknown format " + format);
    }
  }
}
