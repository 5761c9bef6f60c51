package dev.thicket.app.cli;

import dev.thicket.exports.files.ReportFiles;
import dev.thicket.exports.pdf.Paper;
import dev.thicket.exports.report.Funding;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.ReportSource;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.VisibleText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code thicket report FILE --format md|pdf|svg -o OUT}: the risk report of a tree. Markdown
 * also writes the diagram as an SVG beside the report ({@code OUT} without {@code .md}, plus
 * {@code .svg}). Headless: no display needed.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write the risk report of a tree: summary, tree diagram coloured by the risk removed if "
          + "each node is blocked, scenarios, critical nodes, risk matrix, mitigations and gaps, "
          + "what to fund (the cost–risk front of mitigation plans), node catalogue, method.",
      "Markdown (with a Mermaid chart, and the diagram as an SVG file beside it), PDF (A4 or "
          + "Letter, fonts embedded) or the SVG diagram (with the chart of what to fund "
          + "under it).",
      "Exit 0 when written, 1 when the file is not a valid tree."
    })
final class ReportCommand implements Callable<Integer> {
  /** The formats of {@code --format}. */
  enum Format { MD, PDF, SVG }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The tree file (attacktree/v1 YAML).")
  Path file;

  @Option(names = "--format", required = true, paramLabel = "md|pdf|svg",
      converter = FormatConverter.class, description = "What to write.")
  Format format;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
      description = "The report file to write (replaced if it exists).")
  Path output;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "residual",
      converter = Converters.ModeConverter.class,
      completionCandidates = Converters.ModeCandidates.class,
      description = "Mitigations counted: ${COMPLETION-CANDIDATES} (default: "
          + "${DEFAULT-VALUE}); scenarios, importance, colours and mitigation effects are all "
          + "scored in this mode.")
  Mode mode;

  @Option(names = "--top", paramLabel = "K|all", defaultValue = "20",
      converter = Converters.TopConverter.class,
      description = "How many scenarios to list (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4",
      converter = PaperConverter.class, description = "PDF paper size (default: a4).")
  Paper paper;

  @Override
  public Integer call() throws IOException {
    refuseOverwritingTheTree(output);
    if (format == Format.MD) {
      refuseOverwritingTheTree(ReportFiles.svgBeside(output));
    }
    Optional<AttackTree> tree = TreeFiles.load(file, spec.commandLine().getErr());
    if (tree.isEmpty()) {
      return ExitCodes.INVALID_TREE;
    }
    // The plans' front needs only the tree: on a second core while the analysis runs.
    FutureTask<Funding> funding = new FutureTask<>(() -> Funding.of(tree.get()));
    Thread plans = new Thread(funding, "thicket-report-plans");
    plans.setDaemon(true);
    plans.start();
    ScoredTree scored;
    try (SlowImportanceNotice notice = new SlowImportanceNotice(spec.commandLine().getErr(),
        "report", "the report's colours and critical nodes need it")) {
      scored = ScoredTree.analyse(tree.get(), new AnalysisOptions(mode, top,
          AnalysisSettings.NONE), notice.monitor());
    }
    Report report = Report.of(scored, done(funding), ReportSource.of(
        file.getFileName().toString(), Files.readAllBytes(file), LocalDate.now()));
    switch (format) {
      case PDF -> ReportFiles.writePdf(report, paper, output);
      case SVG -> ReportFiles.writeSvg(report, output);
      case MD -> ReportFiles.writeMarkdown(report, output);
      default -> throw new IllegalStateException("unknown format " + format);
    }
    return ExitCodes.OK;
  }

  /** What {@code task} computed; what it threw, thrown here as it was. */
  private static <T> T done(FutureTask<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the plans were computed", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A report written over its own tree file would lose the tree: a usage error. */
  private void refuseOverwritingTheTree(Path target) throws IOException {
    if (Files.exists(target) && Files.exists(file) && Files.isSameFile(target, file)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), VisibleText.of(
          target + " is the tree file being reported on; write the report to another file"));
    }
  }

  /** {@code md}, {@code pdf} or {@code svg}. */
  public static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format format : Format.values()) {
        if (format.name().equalsIgnoreCase(value)) {
          return format;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "expected md, pdf or svg, not '" + value + "'");
    }
  }

  /** {@code a4} or {@code letter}. */
  public static final class PaperConverter implements picocli.CommandLine.ITypeConverter<Paper> {
    @Override
    public Paper convert(String value) {
      return Paper.fromKeyword(value).orElseThrow(() ->
          new picocli.CommandLine.TypeConversionException(
              "expected a4 or letter, not '" + value + "'"));
    }
  }
}
