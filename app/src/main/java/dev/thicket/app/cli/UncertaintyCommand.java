package dev.thicket.app.cli;

import dev.thicket.exports.report.UncertaintyReport;
import dev.thicket.exports.report.UncertaintyText;
import dev.thicket.model.analysis.UncertaintyAnalysis;
import dev.thicket.model.analysis.UncertaintyResult;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.VisibleText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code thicket uncertainty FILE}: Monte Carlo over the ranged estimates, and a tornado. */
@Command(
    name = "uncertainty",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "How sure the risk is: samples every estimate given as a range (low, likely, high) from a "
          + "Beta-PERT distribution, computes each sample's risk exactly, and prints the mean, "
          + "spread and percentiles per mode and which estimates move the risk most (tornado).",
      "Exit 0 when computed, 1 when a file is not a valid tree, 2 for a bad option."
    })
final class UncertaintyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The tree file (YAML, "
      + "ADTool or MEF XML); several MEF files are read as one model.")
  List<Path> files;

  @Mixin SamplingOptions sampling;

  @Option(names = "--tornado", paramLabel = "K", defaultValue = "" + UncertaintyText.TORNADO_BARS,
      converter = Converters.TopConverter.class,
      description = "Tornado bars to print, or 'all' (default: ${DEFAULT-VALUE}).")
  int tornado;

  @Option(names = "--json", description = "Print JSON (every bar) instead of the tables.")
  boolean json;

  @Override
  public Integer call() {
    Optional<AttackTree> tree = TreeFiles.load(files, spec.commandLine().getErr());
    if (tree.isEmpty()) {
      return ExitCodes.INVALID_TREE;
    }
    UncertaintyResult result = UncertaintyAnalysis.run(tree.get(), sampling.options());
    String name = VisibleText.of(
        files.stream().map(Path::toString).collect(Collectors.joining(" + ")));
    spec.commandLine().getOut().print(json ? UncertaintyReport.json(result)
        : UncertaintyReport.text(tree.get(), result, name,
            tornado < 0 ? Integer.MAX_VALUE : tornado));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
