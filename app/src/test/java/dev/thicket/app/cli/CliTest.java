package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.bench.BenchCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The error handling {@link Cli} gives every command, exercised in-process. */
class CliTest {

  @Command(name = "failing")
  static final class Failing implements Runnable {
    @Option(names = "--debug", scope = ScopeType.INHERIT)
    boolean debug;

    @Override
    public void run() {
      throw new IllegalStateException("the disk is on fire");
    }
  }

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void unexpectedExceptionPrintsOneLineAndExitsFour() {
    int exit = Cli.commandLine(new Failing(), new PrintWriter(out), new PrintWriter(err))
        .execute();

    assertThat(exit).isEqualTo(ExitCodes.ERROR);
    assertThat(err.toString()).isEqualTo("thicket: error: the disk is on fire"
        + System.lineSeparator());
  }

  @Test
  void debugAddsTheStackTrace() {
    int exit = Cli.commandLine(new Failing(), new PrintWriter(out), new PrintWriter(err))
        .execute("--debug");

    assertThat(exit).isEqualTo(ExitCodes.ERROR);
    assertThat(err.toString()).contains("java.lang.IllegalStateException: the disk is on fire",
        "\tat ", "thicket: error: the disk is on fire");
  }

  /** A stray % in a description makes picocli print a warning instead of the help. */
  @Test
  void everyCommandsHelpFormatsWithoutWarnings() {
    PrintStream original = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    Deque<CommandLine> commands = new ArrayDeque<>();
    commands.add(Cli.thicket(List.of(new BenchCommand()), new PrintWriter(out),
        new PrintWriter(err)));
    int helped = 0;
    try {
      System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
      while (!commands.isEmpty()) {
        CommandLine command = commands.pop();
        assertThat(command.getUsageMessage()).isNotBlank();
        commands.addAll(command.getSubcommands().values());
        helped++;
      }
    } finally {
      System.setErr(original);
    }

    assertThat(helped).isGreaterThan(8);
    assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  /** Picocli's converters left out at start ({@link Cli#UNUSED_CONVERTERS}) serve no option. */
  @Test
  void noOptionHasATypeWhoseConverterIsLeftOut() {
    List<Pattern> unused = Stream.of(Cli.UNUSED_CONVERTERS.split(",")).map(Pattern::compile)
        .toList();
    Deque<CommandLine> commands = new ArrayDeque<>();
    commands.add(Cli.thicket(List.of(new BenchCommand()), new PrintWriter(out),
        new PrintWriter(err)));
    int types = 0;
    while (!commands.isEmpty()) {
      CommandLine command = commands.pop();
      for (ArgSpec arg : command.getCommandSpec().args()) {
        for (Class<?> type : arg.auxiliaryTypes()) {
          assertThat(unused).as("%s of %s", type.getName(), command.getCommandName())
              .noneMatch(pattern -> pattern.matcher(type.getName()).matches());
          types++;
        }
      }
      commands.addAll(command.getSubcommands().values());
    }

    assertThat(types).isGreaterThan(50);
    assertThat(System.getProperty("picocli.converters.excludes"))
        .isEqualTo(Cli.UNUSED_CONVERTERS);
    assertThat(unused).anyMatch(pattern -> pattern.matcher("java.time.Duration").matches());
  }

  @Test
  void buildsOnlyTheSubcommandThatRuns() {
    assertThat(subcommandsBuiltFor("analyze", "tree.yaml")).containsExactly("analyze");
    assertThat(subcommandsBuiltFor("--debug", "validate", "tree.yaml"))
        .containsExactly("validate");
    assertThat(subcommandsBuiltFor("bench", "cli")).containsExactly("bench");
    assertThat(subcommandsBuiltFor("--version")).isEmpty();
  }

  @Test
  void buildsEverySubcommandForHelpAndUnknownCommands() {
    Set<String> every = Cli.thicket(List.of(new BenchCommand()), new PrintWriter(out),
        new PrintWriter(err)).getSubcommands().keySet();

    assertThat(every).contains("analyze", "bench", "help");
    assertThat(subcommandsBuiltFor("--help")).isEqualTo(every);
    assertThat(subcommandsBuiltFor("help", "analyze")).isEqualTo(every);
    assertThat(subcommandsBuiltFor("analyse")).isEqualTo(every);
    assertThat(subcommandsBuiltFor()).isEqualTo(every);
  }

  @Test
  void subcommandNamesAreTheirPicocliNames() {
    ThicketCommand.SUBCOMMANDS.forEach((name, command) ->
        assertThat(new CommandLine(command.get()).getCommandName()).isEqualTo(name));
  }

  @Test
  void aSubcommandBuiltAloneWritesToTheGivenOutputAndTakesDebug() {
    String keras = ThicketProcess.KERAS.toString();

    int exit = Cli.forArguments(List.of(), new PrintWriter(out), new PrintWriter(err),
        "validate", keras, "--debug").execute("validate", keras, "--debug");

    assertThat(exit).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).isEqualTo(keras + ": ok" + System.lineSeparator());
    assertThat(err.toString()).isEmpty();
  }

  private Set<String> subcommandsBuiltFor(String... args) {
    return Cli.forArguments(List.of(new BenchCommand()), new PrintWriter(out),
        new PrintWriter(err), args).getSubcommands().keySet();
  }
}
