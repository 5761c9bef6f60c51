package dev.thicket.app.bench;

import dev.thicket.app.cli.ExitCodes;
import dev.thicket.app.cli.VersionProvider;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.exports.diagram.SvgDiagram;
import dev.thicket.exports.markdown.MarkdownReport;
import dev.thicket.exports.pdf.Paper;
import dev.thicket.exports.pdf.PdfReport;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.ReportSource;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code thicket bench report}: the time to produce the reports of generated trees (10 % shared
 * nodes), from the parsed tree: analysis and report model (one analysis per mitigation
 * included), then the PDF, then the Markdown with its SVG. Target: a 500-node PDF in under 3 s.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Time the risk reports of generated trees (TreeGenerator, 10 %% shared nodes): analysis "
          + "and report model, PDF, Markdown + SVG; median of --repeat runs after 2 warm-ups.",
      "Target: under 3 s for the PDF report of a 500-node tree."
    })
final class BenchReportCommand implements Callable<Integer> {
  private static final String FORMAT = "%7s %9s %9s %9s %10s %6s %9s %8s %9s%n";

  @Spec CommandSpec spec;

  @Option(names = "--sizes", paramLabel = "N,...", split = ",", defaultValue = "500,2000",
      description = "Numbers of nodes (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "5",
      description = "Timed runs per size, after 2 warm-up runs (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
      description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    if (repeat < 1) {
      throw new ParameterException(spec.commandLine(), "--repeat must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, FORMAT, "nodes", "model ms", "pdf ms", "total ms", "first run",
        "pages", "pdf size", "md ms", "md size");
    for (int size : sizes) {
      if (size < 2) {
        throw new ParameterException(spec.commandLine(),
            "--sizes: a generated tree has at least 2 nodes, not " + size);
      }
      out.print(row(size));
      out.flush();
    }
    out.printf("%nmedian of %d runs after 2 warm-up runs; seed %d; model = analysis and report "
        + "model; total = model + PDF; first run = total of the first, cold run; md = Markdown "
        + "and its SVG%n", repeat, seed);
    return ExitCodes.OK;
  }

  private String row(int size) {
    AttackTree tree = TreeGenerator.generate(size, 0.1, seed);
    ReportSource source = ReportSource.unsaved("generated.yaml", TreeWriter.toYaml(tree),
        LocalDate.now());
    long[] model = new long[repeat];
    long[] pdf = new long[repeat];
    long[] markdown = new long[repeat];
    long[] total = new long[repeat];
    byte[] document = new byte[0];
    int markdownSize = 0;
    long first = 0;
    for (int run = -2; run < repeat; run++) {
      long start = System.nanoTime();
      Report report = Report.of(ScoredTree.analyse(tree, AnalysisOptions.DEFAULT), source);
      long modelled = System.nanoTime();
      document = PdfReport.render(report, Paper.A4);
      long printed = System.nanoTime();
      String text = MarkdownReport.render(report, "generated.svg") + SvgDiagram.render(report);
      long written = System.nanoTime();
      markdownSize = text.getBytes(StandardCharsets.UTF_8).length;
      if (run == -2) {
        first = printed - start;
      }
      if (run >= 0) {
        model[run] = modelled - start;
        pdf[run] = printed - modelled;
        total[run] = printed - start;
        markdown[run] = written - printed;
      }
    }
    return String.format(Locale.ROOT, FORMAT, size, Sizes.millis(Timings.median(model)),
        Sizes.millis(Timings.median(pdf)), Sizes.millis(Timings.median(total)), Sizes.millis(first),
        pages(document), Sizes.bytes(document.length), Sizes.millis(Timings.median(markdown)),
        Sizes.bytes(markdownSize));
  }

  private static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF just written does not read back", e);
    }
  }
}
