package dev.thicket.app.bench;

import dev.thicket.app.cli.ExitCodes;
import dev.thicket.app.cli.VersionProvider;
import dev.thicket.model.diff.TreeDiff;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code thicket bench diff}: the time of {@code thicket diff} (two analyses and the attribution
 * over 12 change units) on a generated tree and an edited copy of it.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Time TreeDiff.of (thicket diff without reading and printing) on generated trees "
          + "(TreeGenerator, 10 %% sharing, leaf likelihoods divided by 100 so that the goal is "
          + "not all but certain) and two edited copies: 'values' changes 12 leaf "
          + "likelihoods; 'mixed' changes 9 likelihoods, one mitigation's effectiveness, one "
          + "mitigation's status and adds a leaf. Both make 12 change units (Shapley, 4,096 "
          + "evaluations). Median of --repeat runs after one warm-up."
    })
final class BenchDiffCommand implements Callable<Integer> {
  private static final String FORMAT = "%8s %-7s %6s %-8s %10s %12s %12s%n";

  @Spec CommandSpec spec;

  @Option(names = "--sizes", paramLabel = "N,...", split = ",", defaultValue = "2000,10000",
      description = "Numbers of nodes (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
      description = "Timed runs per row after one warm-up (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Override
  public Integer call() {
    if (repeat < 1) {
      throw new ParameterException(spec.commandLine(), "--repeat must be at least 1");
    }
    for (int size : sizes) {
      if (size < 100) {
        throw new ParameterException(spec.commandLine(),
            "--sizes: at least 100 nodes (12 leaves to edit), not " + size);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(FORMAT, "nodes", "edits", "units", "method", "diff ms", "residual",
        "Δ residual");
    out.flush();
    for (int size : sizes) {
      AttackTree old = rare(TreeGenerator.generate(size, 0.1, 42));
      row(out, size, "values", old, edited(old, 12, false));
      row(out, size, "mixed", old, edited(old, 9, true));
    }
    out.printf("%nmedian of %d runs after one warm-up%n", repeat);
    out.flush();
    return ExitCodes.OK;
  }

  private void row(PrintWriter out, int size, String edits, AttackTree old, AttackTree neu) {
    TreeDiff diff = TreeDiff.of(old, neu);
    long[] nanos = new long[repeat];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      diff = TreeDiff.of(old, neu);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    out.printf(FORMAT, size, edits, diff.attribution().shares().size(),
        diff.attribution().method().keyword(), Sizes.millis(nanos[nanos.length / 2]),
        String.format(Locale.ROOT, "%.4g", diff.attribution().before()),
        String.format(Locale.ROOT, "%+.4g", diff.attribution().total()));
    out.flush();
  }

  /** The leaves reached from the goal through OR gates only. */
  private static List<String> underOrGates(AttackTree tree) {
    List<String> leaves = new ArrayList<>();
    Deque<String> open = new ArrayDeque<>(List.of(tree.root()));
    Set<String> seen = new HashSet<>(open);
    while (!open.isEmpty()) {
      Node node = tree.node(open.pop());
      if (node.isLeaf()) {
        leaves.add(node.id());
      } else if (node.gate() == Gate.OR) {
        node.children().stream().filter(seen::add).forEach(open::push);
      }
    }
    return leaves;
  }

  /** {@code tree} with every leaf's likelihood divided by 100. */
  static AttackTree rare(AttackTree tree) {
    List<Node> nodes = tree.nodes().values().stream()
        .map(node -> node.isLeaf() && node.likelihood() != null
            ? node.withLikelihood(Estimate.of(node.likelihood().value() / 100)) : node)
        .toList();
    return new AttackTree(tree.title(), tree.description(), tree.root(), nodes,
        List.copyOf(tree.mitigations().values()), null, tree.settings(), tree.extensions());
  }

  /**
   * {@code old} with {@code likelihoods} random leaves given another likelihood (leaves reached
   * from the goal through OR gates first: deep under AND gates, a change is below rounding); with {@code
   * mixed}, also one mitigation's effectiveness and another's status changed and a leaf added
   * under a random gate.
   */
  static AttackTree edited(AttackTree old, int likelihoods, boolean mixed) {
    Random random = new Random(7);
    Map<String, Node> nodes = new LinkedHashMap<>(old.nodes());
    List<Node> leaves = new ArrayList<>(nodes.values().stream().filter(Node::isLeaf).toList());
    Collections.shuffle(leaves, random);
    List<String> orReached = underOrGates(old);
    leaves.sort(Comparator.comparing(leaf -> !orReached.contains(leaf.id())));
    for (Node leaf : leaves.subList(0, likelihoods)) {
      nodes.put(leaf.id(), leaf.withLikelihood(Estimate.of(random.nextInt(1, 400) / 10000.0)));
    }
    Map<String, Mitigation> mitigations = new LinkedHashMap<>(old.mitigations());
    if (mixed) {
      List<Mitigation> list = List.copyOf(mitigations.values());
      Mitigation effective = list.get(0);
      mitigations.put(effective.id(), effective.withEffectiveness(
          Math.min(1, effective.effectiveness() + 0.3)));
      Mitigation status = list.get(1);
      mitigations.put(status.id(), status.withStatus(
          status.status() == MitigationStatus.IMPLEMENTED ? MitigationStatus.PLANNED
              : MitigationStatus.IMPLEMENTED));
      Node gate = nodes.get(old.root());
      List<String> children = new ArrayList<>(gate.children());
      children.add("added-step");
      nodes.put(gate.id(), gate.withGate(gate.gate(), gate.k(), children));
      nodes.put("added-step", Node.leaf("added-step", "Added step", Estimate.of(0.05)));
    }
    return new AttackTree(old.title(), old.description(), old.root(),
        List.copyOf(nodes.values()), List.copyOf(mitigations.values()), null, old.settings(),
        old.extensions());
  }
}
