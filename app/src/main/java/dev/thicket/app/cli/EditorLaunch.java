package dev.thicket.app.cli;

import dev.thicket.app.editor.Editor;
import dev.thicket.app.editor.StartupTimes;
import dev.thicket.app.editor.viewmodel.CanvasLayoutViewModel;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.VisibleText;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code thicket FILE}: a single argument that names a file and no command opens the editor on
 * it. Without a display (Linux with neither DISPLAY nor WAYLAND_DISPLAY) it says so and prints
 * the analysis of the file instead.
 */
public final class EditorLaunch {
  /**
   * The names of the {@code thicket} command line's subcommands, known without building the
   * command line model (about half a second of a cold start); a test keeps them equal to
   * picocli's.
   */
  static final Set<String> COMMANDS = commandNames();

  private EditorLaunch() {}

  private static Set<String> commandNames() {
    Set<String> names = new HashSet<>(ThicketCommand.SUBCOMMANDS.keySet());
    names.add("bench"); // Main's
    names.add("help");
    return Set.copyOf(names);
  }

  /** The file to open in the editor when {@code args} asks for one (optionally with --debug). */
  public static Optional<Path> fileToEdit(String... args) {
    List<String> rest = new ArrayList<>(List.of(args));
    rest.remove("--debug");
    if (rest.size() != 1 || rest.get(0).startsWith("-")) {
      return Optional.empty();
    }
    Path file = Path.of(rest.get(0));
    return !COMMANDS.contains(rest.get(0)) && Files.isRegularFile(file)
        ? Optional.of(file) : Optional.empty();
  }

  /**
   * Opens the editor on {@code file}, or the analysis without a display; the exit code. A window
   * that cannot open (GTK 3 missing, an X display that cannot be opened) is one
   * {@code thicket: error:} line saying what to do, and {@link ExitCodes#ERROR}; {@code debug}
   * adds the stack trace.
   */
  public static int run(Path file, boolean debug) {
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    if (!Editor.displayAvailable()) {
      err.println("thicket: no display (DISPLAY is not set), so the editor cannot open; here is "
          + "the analysis of " + file + " instead (thicket screenshot FILE -o out.png renders "
          + "the editor without a display)");
      return Cli.run(List.of(), "analyze", file.toString());
    }
    StartupTimes.mark("file checked");
    CompletableFuture<Optional<AttackTree>> tree = readInBackground(file, err);
    try {
      return Editor.show(tree::join, file) ? ExitCodes.OK : ExitCodes.INVALID_TREE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.ERROR;
    } catch (CompletionException e) {
      return Cli.reportUnexpected(e.getCause(), debug || Boolean.getBoolean("thicket.debug"), err);
    } catch (RuntimeException | Error e) {
      if (readButInvalid(tree)) {
        return ExitCodes.INVALID_TREE; // its problems are printed; the window would not show it
      }
      Optional<String> why = WindowFailure.explain(e, System.getenv("DISPLAY"), file);
      if (why.isEmpty()) {
        return Cli.reportUnexpected(e, debug || Boolean.getBoolean("thicket.debug"), err);
      }
      if (debug) {
        e.printStackTrace(err);
      }
      err.println("thicket: error: " + VisibleText.of(why.get()));
      return ExitCodes.ERROR;
    }
  }

  /**
   * Reads {@code file} (its problems to {@code err}) and starts laying it out for the window, on
   * a background thread, while the JavaFX toolkit starts (decision 19).
   */
  private static CompletableFuture<Optional<AttackTree>> readInBackground(Path file,
      PrintWriter err) {
    CompletableFuture<Optional<AttackTree>> tree = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        Optional<AttackTree> read = TreeFiles.load(file, err);
        StartupTimes.mark("tree read");
        read.ifPresent(CanvasLayoutViewModel::prepare);
        tree.complete(read);
      } catch (RuntimeException | Error e) {
        tree.completeExceptionally(e);
      }
    }, "thicket-open");
    reader.setDaemon(true);
    reader.start();
    return tree;
  }

  private static boolean readButInvalid(CompletableFuture<Optional<AttackTree>> tree) {
    try {
      return tree.join().isEmpty();
    } catch (CompletionException e) {
      return false;
    }
  }
}
