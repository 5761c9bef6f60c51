package dev.thicket.app.bench;

import dev.thicket.app.cli.ExitCodes;
import dev.thicket.app.cli.VersionProvider;
import dev.thicket.app.editor.viewmodel.Examples;
import dev.thicket.model.analysis.UncertaintyAnalysis;
import dev.thicket.model.analysis.UncertaintyOptions;
import dev.thicket.model.analysis.UncertaintyResult;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code thicket bench uncertainty}: the time of a Monte Carlo run (thicket uncertainty) on the
 * Keras tree with workshop ranges and on a generated tree with ranged leaves.
 */
@Command(
    name = "uncertainty",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Time Monte Carlo over ranged estimates (thicket uncertainty), diagrams included: "
          + "trees/keras-ranges.yaml, then a generated tree (TreeGenerator) with ranges on "
          + "random leaves; median of --repeat runs after one warm-up.",
      "Targets: Keras with ranges, 100,000 samples under 1 s; 10,000 nodes with 10 %% sharing "
          + "and 1,000 ranged leaves, 10,000 samples under 10 s."
    })
final class BenchUncertaintyCommand implements Callable<Integer> {
  private static final String FORMAT = "%-46s %8s %10s %10s%n";

  @Spec CommandSpec spec;

  @Option(names = "--size", paramLabel = "N", defaultValue = "10000",
      description = "Nodes of the generated tree (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--shared", paramLabel = "F", defaultValue = "0.1",
      description = "Fraction of nodes given a second parent (default: ${DEFAULT-VALUE}).")
  double shared;

  @Option(names = "--ranged", paramLabel = "N", defaultValue = "1000",
      description = "Leaves of the generated tree given a range (default: ${DEFAULT-VALUE}).")
  int ranged;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
      description = "Timed runs per row after one warm-up (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Override
  public Integer call() throws TreeFileException {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(FORMAT, "tree", "ranged", "samples", "seconds");
    Optional<Path> keras = Examples.directory().map(trees -> trees.resolve("keras-ranges.yaml"));
    if (keras.isPresent()) {
      row(out, "keras-ranges.yaml", TreeReader.read(keras.get()), 100_000);
    }
    AttackTree generated = TreeGenerator.withRanges(
        TreeGenerator.generate(size, shared, 42), ranged, 7);
    row(out, String.format(Locale.ROOT, "%,d nodes, %.0f %% shared", size, 100 * shared),
        generated, 10_000);
    out.flush();
    return ExitCodes.OK;
  }

  private void row(PrintWriter out, String name, AttackTree tree, int samples) {
    UncertaintyOptions options = new UncertaintyOptions(samples, UncertaintyOptions.DEFAULT_SEED);
    UncertaintyResult result = UncertaintyAnalysis.run(tree, options);
    double[] seconds = new double[repeat];
    for (int i = 0; i < repeat; i++) {
      long start = System.nanoTime();
      result = UncertaintyAnalysis.run(tree, options);
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    out.printf(FORMAT, name, result.ranged().size(), String.format(Locale.ROOT, "%,d", samples),
        String.format(Locale.ROOT, "%.3f", seconds[repeat / 2]));
    out.flush();
  }
}
