package dev.thicket.app.bench;

import dev.thicket.app.cli.ExitCodes;
import dev.thicket.app.cli.VersionProvider;
import dev.thicket.app.editor.viewmodel.Examples;
import dev.thicket.model.analysis.AnalysisCancelledException;
import dev.thicket.model.analysis.MitigationPlans;
import dev.thicket.model.analysis.PlanFront;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code thicket bench plans}: the time to compute the exact cost–risk front of mitigation
 * plans: the Keras tree with every mitigation proposed, then generated trees with a growing number
 * of proposed candidates, each row given up after --timeout seconds.
 */
@Command(
    name = "plans",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Time the exact cost-risk front of mitigation plans (thicket optimize): the Keras tree with "
          + "every mitigation proposed, then generated trees (TreeGenerator) with proposed "
          + "candidates on random nodes; median of --repeat runs after one warm-up.",
      "Targets: Keras under 0.5 s; 1,000 nodes with 10 %% sharing and 30 candidates under 10 s."
    })
final class BenchPlansCommand implements Callable<Integer> {
  private static final String FORMAT = "%-34s %10s %6s %10s%n";

  @Spec CommandSpec spec;

  @Option(names = "--size", paramLabel = "N", defaultValue = "1000",
      description = "Nodes of the generated tree (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--shared", paramLabel = "F", defaultValue = "0.1",
      description = "Fraction of nodes given a second parent (default: ${DEFAULT-VALUE}).")
  double shared;

  @Option(names = "--candidates", paramLabel = "N,...", split = ",",
      defaultValue = "10,30,60,100,120,150",
      description = "Candidate counts to try (default: ${DEFAULT-VALUE}).")
  List<Integer> candidates;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
      description = "Timed runs per row after one warm-up (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Give up on a row after this long (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() throws TreeFileException {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(FORMAT, "tree", "candidates", "front", "seconds");
    Optional<Path> keras = Examples.directory().map(trees -> trees.resolve("keras.yaml"));
    if (keras.isPresent()) {
      row(out, "keras.yaml, every mitigation proposed", allProposed(TreeReader.read(keras.get())));
    }
    int largest = 0;
    AttackTree generated = TreeGenerator.generate(size, shared, 42);
    for (int count : candidates) {
      String name = String.format(Locale.ROOT, "%,d nodes, %.0f %% shared", size, 100 * shared);
      if (row(out, name, TreeGenerator.withCandidates(generated, count, 7))) {
        largest = Math.max(largest, count);
      }
    }
    out.printf("%nlargest candidate count solved within %d s: %d (of %s)%n", timeoutSeconds,
        largest, candidates);
    out.flush();
    return ExitCodes.OK;
  }

  /** Times one tree; whether it finished within the timeout. */
  private boolean row(PrintWriter out, String name, AttackTree tree) {
    double[] seconds = new double[repeat];
    PlanFront front = null;
    try {
      front = MitigationPlans.front(tree, Integer.MAX_VALUE, Deadline.after(System.nanoTime(), timeoutSeconds));
      for (int i = 0; i < repeat; i++) {
        long start = System.nanoTime();
        front = MitigationPlans.front(tree, Integer.MAX_VALUE, Deadline.after(start, timeoutSeconds));
        seconds[i] = (System.nanoTime() - start) / 1e9;
      }
    } catch (AnalysisCancelledException timeout) {
      out.printf(FORMAT, name, candidates(tree), "-", "timeout");
      out.flush();
      return false;
    }
    Arrays.sort(seconds);
    out.printf(FORMAT, name, front.candidates().size(), front.front().size(),
        String.format(Locale.ROOT, "%.3f", seconds[repeat / 2]));
    out.flush();
    return true;
  }

  private static long candidates(AttackTree tree) {
    return tree.mitigations().values().stream()
        .filter(m -> m.status() != MitigationStatus.IMPLEMENTED && m.cost() != null).count();
  }

  private static AttackTree allProposed(AttackTree tree) {
    AttackTree result = tree;
    for (Mitigation mitigation : tree.mitigations().values()) {
      result = result.withMitigation(mitigation.withStatus(MitigationStatus.PROPOSED));
    }
    return result;
  }

}
