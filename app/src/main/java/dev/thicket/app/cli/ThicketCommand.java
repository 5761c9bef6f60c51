package dev.thicket.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top command: {@code thicket SUBCOMMAND ...}. {@link Cli#run} adds the commands of other
 * packages ({@code bench}) and {@code help} after these.
 */
@Command(
    name = "thicket",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Attack-tree modelling and risk scoring.",
        "thicket FILE opens the editor on FILE."},
    subcommands = {
      AnalyzeCommand.class,
      ValidateCommand.class,
      CheckCommand.class,
      ConvertCommand.class,
      ReportCommand.class,
      DiffCommand.class,
      MergeCommand.class,
      OptimizeCommand.class,
      UncertaintyCommand.class,
      ScreenshotCommand.class,
      LibraryCommand.class,
      NewCommand.class
    },
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
}
