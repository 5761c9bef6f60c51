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
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
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
}
