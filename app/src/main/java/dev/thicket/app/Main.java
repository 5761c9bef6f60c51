package dev.thicket.app;

import dev.thicket.app.bench.BenchCommand;
import dev.thicket.app.cli.Cli;
import dev.thicket.app.cli.EditorLaunch;
import dev.thicket.app.editor.StartupTimes;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of {@code thicket.jar}. A plain class on purpose: a main class that extends the
 * JavaFX {@code Application} cannot start from a fat jar.
 */
public final class Main {
  private Main() {}

  /**
   * {@code thicket FILE} opens the editor; anything else is the command line, with the
   * benchmarks ({@code thicket bench}) added here so that the CLI package does not know them.
   */
  public static void main(String[] args) {
    StartupTimes.mark("main");
    Cli.startReading(args); // a command's tree, while the rest starts
    Optional<Path> edit = EditorLaunch.fileToEdit(args);
    boolean debug = List.of(args).contains("--debug");
    if (edit.isPresent() && ClassArchiveTraining.wanted()) {
      ClassArchiveTraining.run(edit.get());
    }
    System.exit(edit.isPresent() ? EditorLaunch.run(edit.get(), debug)
        : Cli.run(commandsBesideCli(), args));
  }

  /** The commands {@link Cli} runs beside its own. */
  static List<Object> commandsBesideCli() {
    return List.of(new BenchCommand());
  }
}
