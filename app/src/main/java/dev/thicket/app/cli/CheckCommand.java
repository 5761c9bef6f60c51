package dev.thicket.app.cli;

import dev.thicket.model.tree.VisibleText;
import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.analysis.UncertaintyAnalysis;
import dev.thicket.model.tree.AttackTree;
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

/** {@code thicket check FILE --max-risk R}: a gate for CI pipelines. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Fail when the risk of a tree is above a limit: a gate for CI pipelines that keep their "
          + "threat model in git. Prints one line with the risk, the limit and the mode.",
      "With --percentile P, the risk compared is the P-th percentile of the risk over Monte "
          + "Carlo samples of the estimates given as ranges (see 'thicket uncertainty').",
      "Exit 0 when the risk is at most R, 3 when above, 1 when the file is not a valid tree."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The tree file (YAML, "
      + "ADTool or MEF XML); several MEF files are read as one model.")
  List<Path> files;

  @Option(
      names = "--max-risk",
      paramLabel = "R",
      required = true,
      converter = Converters.NonNegativeConverter.class,
      description = "The highest acceptable risk (probability x impact).")
  double maxRisk;

  @Mixin ModeOption modeOption;

  @Option(names = "--percentile", paramLabel = "P",
      converter = Converters.PercentileConverter.class,
      description = "Compare the P-th percentile (0-100) of the sampled risk instead of the "
          + "risk at the most likely values.")
  Double percentile;

  @Mixin SamplingOptions sampling;

  @Override
  public Integer call() {
    Optional<AttackTree> tree = TreeFiles.load(files, spec.commandLine().getErr());
    if (tree.isEmpty()) {
      return ExitCodes.INVALID_TREE;
    }
    double risk = percentile == null
        ? TreeAnalysis.probabilities(tree.get(), AnalysisMonitor.NONE).get(modeOption.mode)
            * tree.get().rootImpact()
        : UncertaintyAnalysis.run(tree.get(), sampling.options())
            .riskPercentile(modeOption.mode, percentile);
    boolean above = risk > maxRisk;
    String shownRisk = Decimals.of(risk);
    if (above && shownRisk.equals(Decimals.of(maxRisk))) {
      shownRisk = Double.toString(risk);
    }
    String name = VisibleText.of(
        files.stream().map(Path::toString).collect(Collectors.joining(" + ")));
    String what = percentile == null ? "risk"
        : String.format(java.util.Locale.ROOT, "risk P%s (%,d samples, seed %d)",
            Decimals.of(percentile), sampling.samples, sampling.seed);
    spec.commandLine().getOut().println(name + ": " + modeOption.mode.keyword() + " " + what
        + " " + shownRisk + " is " + (above ? "ABOVE" : "within") + " the limit "
        + Decimals.of(maxRisk)); // not printf: its formatter costs a short run ~20 ms (0046)
    spec.commandLine().getOut().flush();
    return above ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
  }
}
