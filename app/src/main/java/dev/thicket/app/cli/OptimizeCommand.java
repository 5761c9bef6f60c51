package dev.thicket.app.cli;

import dev.thicket.model.tree.VisibleText;
import dev.thicket.exports.PlanReport;
import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.MitigationPlans;
import dev.thicket.model.analysis.PlanFront;
import dev.thicket.model.analysis.PlanTooLargeException;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code thicket optimize FILE}: the exact cost–risk front of mitigation plans. */
@Command(
    name = "optimize",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "What to fund: every plan of candidate mitigations (not implemented, with a cost) that no "
          + "cheaper plan beats, with its exact risk; with --budget, the best plan within it.",
      "Exit 0 when computed, 1 when a file is not a valid tree or there are too many candidates, "
          + "2 for a bad option."
    })
final class OptimizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The tree file (YAML, "
      + "ADTool or MEF XML); several MEF files are read as one model.")
  List<Path> files;

  @Option(names = "--budget", paramLabel = "B",
      converter = Converters.NonNegativeConverter.class,
      description = "Also name the plan of lowest risk costing at most B (cheapest among equals);"
          + " default: the file's analysis.budget, if any.")
  Double budget;

  @Option(names = "--json", description = "Print JSON instead of the table.")
  boolean json;

  @Option(names = "--max-candidates", paramLabel = "N", defaultValue = "64",
      description = "Refuse more candidates than N unless the search is sure to finish "
          + "(default: ${DEFAULT-VALUE}).")
  int maxCandidates;

  @Override
  public Integer call() {
    if (maxCandidates < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--max-candidates must be 0 or more, not " + maxCandidates);
    }
    Optional<AttackTree> tree = TreeFiles.load(files, spec.commandLine().getErr());
    if (tree.isEmpty()) {
      return ExitCodes.INVALID_TREE;
    }
    String name = VisibleText.of(
        files.stream().map(Path::toString).collect(Collectors.joining(" + ")));
    PlanFront front;
    try {
      front = MitigationPlans.front(tree.get(), maxCandidates, AnalysisMonitor.NONE);
    } catch (PlanTooLargeException e) {
      spec.commandLine().getErr().println(name + ": " + e.getMessage());
      return ExitCodes.INVALID_TREE;
    }
    Double limit = budget != null ? budget : tree.get().settings().budget();
    spec.commandLine().getOut().print(json ? PlanReport.json(front, limit)
        : PlanReport.text(front, tree.get().title(), name, limit));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
