package dev.thicket.app.cli;

import dev.thicket.model.tree.VisibleText;
import dev.thicket.model.analysis.TooManyScenariosException;
import dev.thicket.model.io.OutputFileException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParseResult;

/**
 * Builds and runs the {@code thicket} command line. No stack trace reaches the user unless
 * {@code --debug} is given: an unexpected exception prints {@code thicket: error: MESSAGE} and
 * exits with {@link ExitCodes#ERROR}.
 */
public final class Cli {
  private Cli() {}

  /**
   * Runs {@code args} on standard output and error with {@code more} commands (from packages
   * this one does not know: {@code bench}), and returns the exit code.
   */
  public static int run(List<Object> more, String... args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    try {
      return thicket(more, out, err).execute(args);
    } catch (Throwable unexpected) {
      // Errors (out of memory, stack overflow) pass picocli's handler, which catches Exceptions.
      return reportUnexpected(unexpected, debug, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The {@code thicket} command line: {@link ThicketCommand}'s commands, then {@code more}, then
   * {@code help}.
   */
  public static CommandLine thicket(List<Object> more, PrintWriter out, PrintWriter err) {
    CommandLine thicket = commandLine(new ThicketCommand(), out, err);
    more.forEach(thicket::addSubcommand);
    thicket.addSubcommand(new HelpCommand());
    return thicket;
  }

  /** {@code command} as a command line writing to {@code out} and {@code err}. */
  public static CommandLine commandLine(Object command, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
      if (exception instanceof TooManyScenariosException tooMany) {
        failed.getErr().println("thicket: " + VisibleText.of(tooMany.getMessage()));
        failed.getErr().flush();
        return ExitCodes.USAGE;
      }
      if (exception instanceof OutputFileException cannotWrite) {
        failed.getErr().println("thicket: " + cannotWrite.getMessage());
        failed.getErr().flush();
        return ExitCodes.CANNOT_WRITE;
      }
      return reportUnexpected(exception, debugRequested(parseResult), failed.getErr());
    });
    return commandLine;
  }

  public static int reportUnexpected(Throwable exception, boolean debug, PrintWriter err) {
    if (debug) {
      exception.printStackTrace(err);
    }
    err.println("thicket: error: " + VisibleText.of(message(exception)));
    err.flush();
    return ExitCodes.ERROR;
  }

  private static String message(Throwable exception) {
    String message = exception.getMessage();
    if (exception instanceof OutOfMemoryError) {
      return "out of memory (" + message + "); give Java more with JAVA_TOOL_OPTIONS=-Xmx4g";
    }
    if (message == null || message.isBlank()) {
      return exception.getClass().getSimpleName();
    }
    return message;
  }

  private static boolean debugRequested(ParseResult parseResult) {
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
