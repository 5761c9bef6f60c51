package dev.thicket.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top command: {@code thicket SUBCOMMAND ...}. Its subcommands are {@link #SUBCOMMANDS},
 * not picocli's {@code subcommands} attribute, so that {@link Cli} can build only the one that
 * runs; it adds the commands of other packages ({@code bench}) and {@code help} after these.
 */
@Command(
    name = "thicket",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Attack-tree modelling and risk scoring.",
        "thicket FILE opens the editor on FILE."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:a tree file cannot be read or is not a valid tree (FILE:LINE:COL: message on stderr); "
          + "diff: the trees differ; merge: conflicts (diff(1)'s convention)",
      "2:usage error: unknown command or option, wrong option value; diff, merge: also an "
          + "input that cannot be read or is not a valid tree",
      "3:check: the risk is above --max-risk",
      "4:unexpected error (thicket: error: MESSAGE); --debug shows the stack trace",
      "5:an output file cannot be written (thicket: cannot write OUT: why)"
    })
public final class ThicketCommand implements Runnable {
  /** The subcommands by name, in the order of the help. */
  static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of unexpected errors.")
  boolean debug;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("analyze", AnalyzeCommand::new);
    commands.put("validate", ValidateCommand::new);
    commands.put("check", CheckCommand::new);
    commands.put("convert", ConvertCommand::new);
    commands.put("report", ReportCommand::new);
    commands.put("diff", DiffCommand::new);
    commands.put("merge", MergeCommand::new);
    commands.put("optimize", OptimizeCommand::new);
    commands.put("uncertainty", UncertaintyCommand::new);
    commands.put("screenshot", ScreenshotCommand::new);
    commands.put("library", LibraryCommand::new);
    commands.put("new", NewCommand::new);
    return commands;
  }
}
