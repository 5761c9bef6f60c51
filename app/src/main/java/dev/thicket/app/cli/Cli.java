package dev.thicket.app.cli;

import dev.thicket.model.tree.VisibleText;
import dev.thicket.model.analysis.TooManyScenariosException;
import dev.thicket.model.io.OutputFileException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Builds and runs the {@code thicket} command line. No stack trace reaches the user unless
 * {@code --debug} is given: an unexpected exception prints {@code thicket: error: MESSAGE} and
 * exits with {@link ExitCodes#ERROR}.
 */
public final class Cli {
  /**
   * Types of picocli's built-in converters that no option of ours has: picocli registers them by
   * reflection for every command line it builds, initialising {@code java.time} and {@code
   * java.sql} classes on the way (10-20 ms of a short command's start). An option of such a type
   * needs its pattern taken out of here.
   */
  static final String UNUSED_CONVERTERS = "java\\.time\\..*,java\\.sql\\..*";

  static {
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
    }
    // Nor does picocli look for Groovy's closure class: the failed lookup opened the 23 MB jar,
    // whose classes otherwise all come from the class archive (10-20 ms).
    if (System.getProperty("picocli.disable.closures") == null) {
      System.setProperty("picocli.disable.closures", "true");
    }
  }

  private Cli() {}

  /**
   * Starts reading the tree {@code args} name, if any, on a second thread, for the {@link #run}
   * that follows on this thread: a start calls it first, before anything else is loaded.
   */
  public static void startReading(String... args) {
    ReadAhead.start(args);
  }

  /**
   * Runs {@code args} on standard output and error with {@code more} commands (from packages
   * this one does not know: {@code bench}), and returns the exit code.
   */
  public static int run(List<Object> more, String... args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    try {
      ReadAhead.start(args); // while picocli builds the command
      return forArguments(more, out, err, args).execute(args);
    } catch (Throwable unexpected) {
      // Errors (out of memory, stack overflow) pass picocli's handler, which catches Exceptions.
      return reportUnexpected(unexpected, debug, err);
    } finally {
      ReadAhead.stop();
      out.flush();
      err.flush();
    }
  }

  /**
   * The {@code thicket} command line: {@link ThicketCommand}'s commands, then {@code more}, then
   * {@code help}.
   */
  public static CommandLine thicket(List<Object> more, PrintWriter out, PrintWriter err) {
    return thicket(more, out, err, name -> true);
  }

  /**
   * The command line that runs {@code args}: when they name a subcommand (after an optional
   * {@code --debug}), it has only that one, and none for {@code --version}, since picocli's
   * model of every command costs a good part of a short run's start (decision 21); otherwise
   * (help, usage errors, no command) the whole {@link #thicket}.
   */
  static CommandLine forArguments(List<Object> more, PrintWriter out, PrintWriter err,
      String... args) {
    int first = args.length > 0 && args[0].equals("--debug") ? 1 : 0;
    String name = first < args.length ? args[first] : "";
    if (name.equals("--version") || name.equals("-V")) {
      return thicket(List.of(), out, err, none -> false);
    }
    if (ThicketCommand.SUBCOMMANDS.containsKey(name)) {
      return thicket(List.of(), out, err, name::equals); // not even more's names are read
    }
    boolean inMore = more.stream().anyMatch(command -> name(command).equals(name));
    return inMore ? thicket(more, out, err, name::equals) : thicket(more, out, err);
  }

  private static CommandLine thicket(List<Object> more, PrintWriter out, PrintWriter err,
      Predicate<String> wanted) {
    CommandLine thicket = new CommandLine(new ThicketCommand());
    ThicketCommand.SUBCOMMANDS.forEach((name, command) -> {
      if (wanted.test(name)) {
        thicket.addSubcommand(command.get());
      }
    });
    for (Object command : more) {
      if (wanted.test(name(command))) {
        thicket.addSubcommand(command);
      }
    }
    if (wanted.test("help")) {
      thicket.addSubcommand(new HelpCommand());
    }
    return configured(thicket, out, err); // after the subcommands: picocli sets them too
  }

  private static String name(Object command) {
    return command.getClass().getAnnotation(Command.class).name();
  }

  /** {@code command} as a command line writing to {@code out} and {@code err}. */
  public static CommandLine commandLine(Object command, PrintWriter out, PrintWriter err) {
    return configured(new CommandLine(command), out, err);
  }

  private static CommandLine configured(CommandLine commandLine, PrintWriter out,
      PrintWriter err) {
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new ExecutionFailures());
    return commandLine;
  }

  /**
   * Exceptions of a command's run: the known ones as a {@code thicket:} line and their exit
   * code, the rest as {@link #reportUnexpected}. A class, not a lambda, like every use of a
   * picocli interface on the start path: picocli's class files are Java 5, and a lambda (or a
   * method reference) of one links it while the launcher builds the class archive, which then
   * leaves {@code CommandLine} out (decision 21).
   */
  private static final class ExecutionFailures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception exception, CommandLine failed,
        ParseResult parseResult) {
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
    }
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
