package dev.thicket.app.cli;

import dev.thicket.exports.JsonReport;
import dev.thicket.exports.TextReport;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.AnalysisTooLargeException;
import dev.thicket.model.analysis.ProfileView;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.analysis.bdd.BddTooLargeException;
import dev.thicket.model.tree.VisibleText;
import dev.thicket.model.tree.AnalysisSettings;
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

/** {@code thicket analyze FILE...}: the summary of the analysis, or its JSON. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Analyse a tree: exact probability and risk per mode, the scenarios (minimal cut sets) "
          + "by descending risk, the critical nodes with the risk removed if each is blocked, "
          + "and the effect of each mitigation.",
      "Exit 0 when analysed, 1 when a file is not a valid tree."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The tree file: "
      + "attacktree/v1 YAML, ADTool XML or Open-PSA MEF XML; several MEF files are read as one "
      + "model (structure in one, model-data in another).")
  List<Path> files;

  @Option(names = "--json", description = "Print JSON instead of the text summary.")
  boolean json;

  @Option(
      names = "--top",
      paramLabel = "K|all",
      defaultValue = "20",
      converter = Converters.TopConverter.class,
      description = "How many scenarios to list (default: ${DEFAULT-VALUE}).")
  int top;

  @Mixin ModeOption modeOption;

  @Option(
      names = "--critical-threshold",
      paramLabel = "X",
      converter = Converters.FractionConverter.class,
      description = "A node is critical when its Fussell-Vesely importance is at least X, "
          + "in [0,1] (default: the file's, else 0.1).")
  Double criticalThreshold;

  @Option(
      names = "--high-risk-threshold",
      paramLabel = "R",
      converter = Converters.NonNegativeConverter.class,
      description = "A scenario is high-risk when its risk is at least R "
          + "(default: the file's, else 0.1).")
  Double highRiskThreshold;

  @Option(
      names = "--limit-order",
      paramLabel = "N",
      defaultValue = "0",
      converter = Converters.OrderConverter.class,
      description = "Count and list only cut sets of at most N events (default: no limit).")
  int limitOrder;

  @Option(
      names = "--cut-off",
      paramLabel = "P",
      defaultValue = "0",
      converter = Converters.FractionConverter.class,
      description = "Count and list only cut sets whose product of leaf probabilities is at "
          + "least P (default: none).")
  double cutOff;

  @Option(names = "--no-importance",
      description = "Skip the importance of every node (the costliest part on large fault "
          + "trees with much sharing).")
  boolean noImportance;

  @Option(
      names = "--profile",
      paramLabel = "ID",
      description = "Analyse for one attacker profile of the tree: probability and risk are "
          + "those of the steps within the profile's reach (docs/analysis.md, \"Attackers\").")
  String profile;

  @Override
  public Integer call() {
    Optional<AttackTree> tree = TreeFiles.load(files, spec.commandLine().getErr());
    if (tree.isEmpty()) {
      return ExitCodes.INVALID_TREE;
    }
    AnalysisOptions options = new AnalysisOptions(modeOption.mode, top,
        new AnalysisSettings(criticalThreshold, highRiskThreshold), limitOrder, cutOff,
        !noImportance);
    if (!json) {
      // The summary lists the critical nodes alone.
      options = options.withOnlyCriticalNodes();
    }
    if (profile != null && !tree.get().profiles().containsKey(profile)) {
      spec.commandLine().getErr().println("thicket analyze: no profile '"
          + VisibleText.of(profile) + "' in the tree" + (tree.get().profiles().isEmpty() ? ""
              : "; it has " + VisibleText.of(String.join(", ", tree.get().profiles().keySet()))));
      return ExitCodes.USAGE;
    }
    AnalysisResult result;
    SlowImportanceNotice notice = new SlowImportanceNotice(spec.commandLine().getErr(),
        "analyze", "--no-importance skips it");
    try {
      result = profile == null ? TreeAnalysis.run(tree.get(), options, notice.monitor())
          : ProfileView.analyse(tree.get(), profile, options);
    } catch (AnalysisTooLargeException | BddTooLargeException tooLarge) {
      if (profile != null) {
        throw tooLarge;
      }
      Optional<AnalysisResult> exact = notice.withoutImportance();
      if (exact.isEmpty()) {
        return OutOfReach.report(tree.get(), modeOption.mode, tooLarge,
            spec.commandLine().getErr());
      }
      // Only the importance is out of reach: the rest is exact, and printed.
      print(tree.get(), exact.get());
      spec.commandLine().getErr().println("thicket analyze: the importance of every node is out "
          + "of reach: " + VisibleText.of(tooLarge.getMessage()) + "; the rest is exact, "
          + "printed without it (--no-importance skips it)");
      spec.commandLine().getErr().flush();
      return ExitCodes.ERROR;
    } finally {
      notice.close();
    }
    print(tree.get(), result);
    return ExitCodes.OK;
  }

  private void print(AttackTree tree, AnalysisResult result) {
    if (profile != null && !json) {
      spec.commandLine().getOut().println("Attacker profile: " + VisibleText.of(profile) + " ("
          + VisibleText.of(tree.profiles().get(profile).title()) + ")");
    }
    spec.commandLine().getOut().print(json
        ? JsonReport.toJson(result, profile)
        : TextReport.summary(tree, result,
            files.stream().map(Path::toString).collect(Collectors.joining(" + "))));
    spec.commandLine().getOut().flush();
  }
}
