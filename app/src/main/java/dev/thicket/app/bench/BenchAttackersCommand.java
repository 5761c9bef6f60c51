package dev.thicket.app.bench;

import dev.thicket.app.cli.VersionProvider;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.ProfileResult;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.StepAttributes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code thicket bench attackers}: the cheapest attack on Aralia fault trees given random whole
 * costs, against the time the cut sets take; and the attacker profiles of a generated tree.
 */
@Command(
    name = "attackers",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Give every basic event of the Aralia trees --trees a random whole cost (1..100) and time, "
          + "and time the analysis by stage: the cut-set ZDD, counting and ranking the "
          + "scenarios, and the attackers (cheapest, fastest, easiest). Then rate every step of "
          + "a generated tree (--size nodes, --shared) and time its three profiles (factor "
          + "limits only; a budget; a budget and a time limit).",
      "Targets: the cheapest attack within the time of the cut-set count; the profiles of a "
          + "10,000-node tree with 10 %% sharing under 5 s."
    })
final class BenchAttackersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--aralia", paramLabel = "DIR", defaultValue = "../shared/benchmarks/aralia",
      description = "The Aralia folder (default: ${DEFAULT-VALUE}).")
  Path aralia;

  @Option(names = "--trees", paramLabel = "NAME,...", split = ",",
      defaultValue = "baobab1.xml,cea9601.xml",
      description = "Aralia files (default: ${DEFAULT-VALUE}).")
  List<String> trees;

  @Option(names = "--size", paramLabel = "N", defaultValue = "10000",
      description = "Nodes of the generated tree (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--shared", paramLabel = "F", defaultValue = "0.1",
      description = "Fraction of nodes with a second parent (default: ${DEFAULT-VALUE}).")
  double shared;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
      description = "Seed of the costs, ratings and generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws TreeFileException {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%-12s %12s %10s %10s %11s %12s %9s%n", "tree", "cut sets",
        "ZDD s", "count s", "attackers s", "cheapest", "steps");
    for (String name : trees) {
      AttackTree tree = dress(TreeFiles.read(List.of(aralia.resolve(name))), false);
      StageTimes times = new StageTimes();
      AnalysisResult result = TreeAnalysis.run(tree,
          AnalysisOptions.DEFAULT.withoutNodeImportance().withLimits(0, 0), times);
      var cheapest = result.attackers().cheapest();
      out.printf(Locale.ROOT, "%-12s %12s %10.2f %10.2f %11.2f %12s %9d%n", name,
          result.cutSets().total(), times.seconds("minimal cut sets"),
          times.seconds("scenarios"), times.seconds("attackers"),
          cheapest == null ? "-" : String.format(Locale.ROOT, "%.0f",
              cheapest.attributes().cost()), cheapest == null ? 0 : cheapest.leaves().size());
      out.flush();
    }
    AttackTree generated = dress(TreeGenerator.generate(size, shared, seed), true);
    StageTimes times = new StageTimes();
    long start = System.nanoTime();
    AnalysisResult result = TreeAnalysis.run(generated, AnalysisOptions.DEFAULT, times);
    double total = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "%n%d nodes, %.0f %% shared, %s scenarios: analysis %.2f s in all, "
        + "of which attackers and profiles %.2f s%n", size, shared * 100,
        result.cutSets().total(), total, times.seconds("attackers"));
    for (ProfileResult profile : result.attackers().profiles()) {
      out.printf(Locale.ROOT, "  %-18s residual P %.6g (whole tree %.6g), %s scenarios%n",
          profile.id(), profile.probability().get(Mode.RESIDUAL),
          result.probability().get(Mode.RESIDUAL), profile.scenarios());
    }
    out.flush();
    return 0;
  }

  /** {@code tree} with random whole costs and times; with {@code rated}, ratings and profiles. */
  private AttackTree dress(AttackTree tree, boolean rated) {
    Random random = new Random(seed);
    List<Node> steps = new ArrayList<>();
    for (Node node : tree.nodes().values()) {
      if (node.isLeaf()) {
        steps.add(node.withAttacker(new StepAttributes(1.0 + random.nextInt(100),
            1.0 + random.nextInt(200), rated ? potential(random) : Potential.NONE)));
      }
    }
    AttackTree dressed = tree.withNodes(steps);
    if (!rated) {
      return dressed;
    }
    Map<PotentialFactor, String> limits = new EnumMap<>(PotentialFactor.class);
    limits.put(PotentialFactor.EXPERTISE, "expert");
    limits.put(PotentialFactor.EQUIPMENT, "specialized");
    return dressed.withProfiles(List.of(
        new AttackerProfile("limits-only", "Factor limits", null, null, null, limits),
        new AttackerProfile("budget", "Budget 150", null, 150.0, null, limits),
        new AttackerProfile("budget-and-time", "Budget 150, 300 h", null, 150.0, 300.0,
            limits)));
  }

  private static Potential potential(Random random) {
    Map<PotentialFactor, String> levels = new EnumMap<>(PotentialFactor.class);
    for (PotentialFactor factor : PotentialFactor.values()) {
      levels.put(factor, factor.levels().get(random.nextInt(factor.levels().size())));
    }
    return new Potential(levels);
  }
}
