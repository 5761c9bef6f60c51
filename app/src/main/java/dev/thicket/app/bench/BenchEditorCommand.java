package dev.thicket.app.bench;

import dev.thicket.app.cli.Converters;
import dev.thicket.app.cli.ExitCodes;
import dev.thicket.app.cli.VersionProvider;
import dev.thicket.app.editor.EditorBench;
import dev.thicket.app.editor.EditorBench.Phase;
import dev.thicket.app.editor.viewmodel.Examples;
import dev.thicket.app.editor.Screenshot;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.io.formats.TreeFiles;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code thicket bench editor}: the editor's performance targets, measured on the real window
 * run headless (Monocle, software rendering): cold start in fresh JVMs ({@link ColdStart}), then
 * open + layout, edits, re-scoring and pan frames of a generated tree in this JVM ({@link
 * EditorBench}).
 */
@Command(
    name = "editor",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Time the editor window, headless (Monocle, software rendering; no display needed): "
          + "cold start to a usable window in --cold fresh JVMs (the shipped Keras tree and the "
          + "generated tree), then in this JVM opening and laying out a generated tree, single "
          + "edits (rename, toggle AND/OR, add child, delete, move and paste a step, set "
          + "likelihood) on the UI thread and until "
          + "the re-scored result is shown, and pan frames. Median, min and max of --repeat "
          + "runs after --warm-up untimed ones.",
      "Targets: cold start < 3 s; 2,000 nodes open and laid out < 2 s; an edit < 50 ms on the "
          + "UI thread; a pan frame well within a 60 Hz frame."
    })
final class BenchEditorCommand implements Callable<Integer> {
  private static final String FORMAT = "%-52s %9s %9s %9s %5s %8s %8s %6s%n";

  @Spec CommandSpec spec;

  @Option(names = "--nodes", paramLabel = "N", defaultValue = "2000",
      description = "Nodes of the generated tree (default: ${DEFAULT-VALUE}).")
  int nodes;

  @Option(names = "--shared", paramLabel = "F", defaultValue = "0.1",
      converter = Converters.FractionConverter.class,
      description = "Fraction of nodes given a second parent (default: ${DEFAULT-VALUE}).")
  double shared;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "5",
      description = "Timed runs per phase (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--warm-up", paramLabel = "N", defaultValue = "2",
      description = "Untimed runs before them (default: ${DEFAULT-VALUE}).")
  int warmUp;

  @Option(names = "--cold", paramLabel = "N", defaultValue = "3",
      description = "Fresh JVMs started per cold-start row; 0 skips them "
          + "(default: ${DEFAULT-VALUE}).")
  int cold;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
      description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--file", paramLabel = "FILE",
      description = "Time this tree file (any format the editor opens) instead of a generated "
          + "tree; --nodes, --shared and --seed are then not used.")
  Path given;

  @Option(names = "--while-scoring",
      description = "Wait before each step only for the result shown before the importance, "
          + "so that edits and pans are timed while the importance still runs (for a tree "
          + "whose importance takes minutes, such as Aralia's das9701); a re-score counts as "
          + "shown when the edited tree's first result is.")
  boolean whileScoring;

  @Override
  public Integer call() throws Exception {
    if (repeat < 1 || warmUp < 0 || cold < 0) {
      throw new ParameterException(spec.commandLine(),
          "--repeat must be at least 1, --warm-up and --cold at least 0");
    }
    if (nodes < 2) {
      throw new ParameterException(spec.commandLine(),
          "--nodes: a generated tree has at least 2 nodes, not " + nodes);
    }
    PrintWriter out = spec.commandLine().getOut();
    int givenNodes = 0;
    if (given != null) {
      try {
        givenNodes = TreeFiles.read(List.of(given)).nodes().size();
      } catch (TreeFileException e) {
        spec.commandLine().getErr().println(e.getMessage()); // file:line:col: message
        return ExitCodes.INVALID_TREE;
      }
    }
    Path file = given != null ? given : Files.createTempFile("thicket-bench-editor-", ".yaml");
    try {
      String tree;
      String size;
      if (given != null) {
        tree = given + " (" + givenNodes + " nodes)";
        size = givenNodes + " nodes";
      } else {
        Files.writeString(file, TreeWriter.toYaml(TreeGenerator.generate(nodes, shared, seed)),
            StandardCharsets.UTF_8);
        tree = String.format(Locale.ROOT, "generated tree of %d nodes (%.0f %% shared, seed %d)",
            nodes, shared * 100, seed);
        size = nodes + " nodes";
      }
      out.printf(Locale.ROOT, "editor benchmark: %s, window 1440x900, headless (Monocle, "
          + "software rendering)%s%n%n", tree, whileScoring
          ? "; each step waits only for the result before the importance" : "");
      out.printf(Locale.ROOT, FORMAT, "phase", "median ms", "min ms", "max ms", "runs",
          "target", "UI CPU", "GC");
      out.flush();
      List<Phase> coldPhases = new ArrayList<>();
      if (cold > 0) {
        Optional<Path> keras = Examples.directory().map(trees -> trees.resolve("keras.yaml"));
        if (keras.isPresent()) {
          coldPhases.addAll(ColdStart.measure(keras.get(), "Keras tree", cold));
        }
        coldPhases.addAll(ColdStart.measure(file, size, cold));
        coldPhases.forEach(phase -> print(out, phase));
      }
      Screenshot.useHeadlessPlatform(1440, 900);
      for (Phase phase : EditorBench.run(file, repeat, warmUp, whileScoring)) {
        print(out, phase);
      }
      out.printf(Locale.ROOT, "%nms = wall time; UI CPU = median CPU time of the UI thread in "
          + "the phase (less disturbed by other processes); UI thread = the call with its "
          + "listeners, the canvas repaint, CSS and layout; GC = mean time per run the collectors stopped "
          + "every thread meanwhile; cold start = fresh JVM (same options "
          + "as this one) until the window's first laid-out pulse; JVM max heap %d MB%n",
          Runtime.getRuntime().maxMemory() >> 20);
      return ExitCodes.OK;
    } finally {
      if (given == null) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static void print(PrintWriter out, Phase phase) {
    long[] sorted = phase.nanos().clone();
    Arrays.sort(sorted);
    out.printf(Locale.ROOT, FORMAT, phase.name(), Sizes.millis(Timings.median(sorted)),
        Sizes.millis(sorted[0]), Sizes.millis(sorted[sorted.length - 1]), sorted.length,
        phase.target(), phase.cpuNanos() == null ? "" : Sizes.millis(Timings.median(
            phase.cpuNanos())), phase.gcNanos() == null ? "" : Sizes.millis(
            Arrays.stream(phase.gcNanos()).sum() / phase.gcNanos().length));
    out.flush();
  }
}
