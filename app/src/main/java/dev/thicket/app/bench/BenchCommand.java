package dev.thicket.app.bench;

import dev.thicket.app.cli.Converters;
import dev.thicket.app.cli.ExitCodes;
import dev.thicket.app.cli.VersionProvider;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.FileSizeLimit;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code thicket bench}: load and full analysis of generated trees, timed. This is where the
 * performance targets are checked (never in timed unit tests).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = {BenchAraliaCommand.class, BenchReportCommand.class, BenchEditorCommand.class,
        BenchPlansCommand.class, BenchReadersCommand.class, BenchUncertaintyCommand.class,
        BenchCliCommand.class, BenchAttackersCommand.class, BenchDiffCommand.class},
    versionProvider = VersionProvider.class,
    description = {
      "Time loading and analysing generated trees (TreeGenerator): for each size and sharing "
          + "fraction, write the tree to a temporary YAML file, run load + full analysis twice "
          + "to warm up, then report the median of --repeat runs and the peak heap used.",
      "Targets: under 1 s for a pure tree of 100,000 nodes; under 10 s and 2 GB of heap for "
          + "1,000,000 nodes (a generated file over the file size limit is read as if "
          + "THICKET_MAX_FILE_MB allowed it)."
    })
public final class BenchCommand implements Callable<Integer> {
  private static final String FORMAT =
      "%8s %7s %10s %9s %12s %9s %14s %13s %10s%n";

  @Spec CommandSpec spec;

  @Option(names = "--sizes", paramLabel = "N,...", split = ",",
      defaultValue = "1000,10000,100000",
      description = "Numbers of nodes (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--shared", paramLabel = "F,...", split = ",", defaultValue = "0,0.1",
      converter = Converters.FractionConverter.class,
      description = "Fractions of nodes given a second parent (default: ${DEFAULT-VALUE}).")
  List<Double> shared;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "5",
      description = "Timed runs per row, after 2 warm-up runs (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
      description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    checkOptions();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, FORMAT, "nodes", "shared", "file", "load ms", "analysis ms",
        "total ms", "cut sets", "P residual", "peak heap");
    out.flush();
    for (int size : sizes) {
      for (double fraction : shared) {
        out.print(row(size, fraction));
        out.flush();
      }
    }
    out.printf("%nmedian of %d runs after 2 warm-up runs; seed %d; peak heap = sum of the "
        + "heap pools' peaks during the row; JVM max heap %d MB%n", repeat, seed,
        Runtime.getRuntime().maxMemory() >> 20);
    return ExitCodes.OK;
  }

  private void checkOptions() {
    if (repeat < 1) {
      throw new ParameterException(spec.commandLine(), "--repeat must be at least 1");
    }
    for (int size : sizes) {
      if (size < 2) {
        throw new ParameterException(spec.commandLine(),
            "--sizes: a generated tree has at least 2 nodes, not " + size);
      }
    }
  }

  private String row(int size, double fraction) throws IOException {
    AttackTree generated = TreeGenerator.generate(size, fraction, seed);
    Path file = Files.createTempFile("thicket-bench-", ".yaml");
    try {
      Files.writeString(file, TreeWriter.toYaml(generated), StandardCharsets.UTF_8);
      generated = null;
      allowReading(Files.size(file));
      HeapPeak.reset();
      Timings timings = new Timings(repeat);
      Run last = null;
      for (int run = -2; run < repeat; run++) {
        last = runOnce(file);
        if (run >= 0) {
          timings.add(run, last.loadNanos(), last.analysisNanos());
        }
      }
      return String.format(Locale.ROOT, FORMAT, size, fraction, Sizes.bytes(Files.size(file)),
          Sizes.millis(timings.medianLoad()), Sizes.millis(timings.medianAnalysis()),
          Sizes.millis(timings.medianTotal()), last.cutSets(),
          String.format(Locale.ROOT, "%.4g", last.residual()), Sizes.bytes(HeapPeak.used()));
    } catch (TreeFileException e) {
      throw new IllegalStateException("a generated tree did not read back: " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** What one run measured and found. */
  private record Run(long loadNanos, long analysisNanos, String cutSets, double residual) {}

  /**
   * Loads and analyses {@code file} once. Its own method, so that nothing of one run (a million
   * nodes' tree and analysis) is still referenced while the next one loads.
   */
  private static Run runOnce(Path file) throws TreeFileException {
    long start = System.nanoTime();
    AttackTree tree = TreeReader.read(file);
    long loaded = System.nanoTime();
    AnalysisResult result = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT);
    long analysed = System.nanoTime();
    return new Run(loaded - start, analysed - loaded, Sizes.count(result.cutSets().count()),
        result.probability().get(Mode.RESIDUAL));
  }

  /**
   * Raises the file size limit for this process when a generated file (trusted: written here)
   * is over it, as a user would with {@value FileSizeLimit#VARIABLE}.
   */
  private static void allowReading(long bytes) {
    if (bytes > FileSizeLimit.yamlBytes()) {
      long megabytes = (bytes + (1 << 20) - 1) >> 20;
      System.setProperty(FileSizeLimit.PROPERTY, Long.toString(megabytes));
    }
  }
}
