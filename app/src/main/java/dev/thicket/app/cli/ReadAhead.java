package dev.thicket.app.cli;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The tree a command line names, read on a second thread while picocli builds its model of the
 * command: 50-90 ms of a short run on a cold JVM, about as long as reading a small tree
 * (decision 46). For a command that reads one tree from its first arguments ({@code analyze
 * FILE...}), the files are the arguments right after the command's name that name regular
 * files; for one whose first argument is a tree file of its own ({@code report FILE}, {@code
 * validate FILE...}), that file. {@link TreeFiles#load} takes the tree only when it asks for
 * exactly those files on the thread that started the read; a read that ended in anything but a
 * tree or located problems is done again there, so a command behaves as if it had read the files
 * itself.
 */
final class ReadAhead {
  /** The commands whose first positional arguments are the files of one tree (MEF: several). */
  private static final Set<String> ONE_TREE = Set.of("analyze", "check", "convert", "optimize",
      "uncertainty");
  /** The commands whose first argument is a tree file of its own: it is read ahead. */
  private static final Set<String> FIRST_FILE = Set.of("report", "screenshot", "validate");
  private static final ThreadLocal<ReadAhead> STARTED = new ThreadLocal<>();

  private final List<Path> files;
  private final FutureTask<AttackTree> read;

  private ReadAhead(List<Path> files, Callable<AttackTree> reader) {
    this.files = files;
    read = new FutureTask<>(reader);
  }

  /**
   * Starts reading the tree {@code args} name, if any, for this thread's command, unless this
   * thread already reads those files ({@link Cli#startReading}, the first thing a start does).
   */
  static void start(String... args) {
    List<Path> files = files(args);
    ReadAhead started = STARTED.get();
    if (started != null && started.files.equals(files)) {
      return;
    }
    STARTED.remove();
    if (!files.isEmpty()) {
      start(files, new Read(files));
    }
  }

  /** The read itself: a class, not a lambda, whose first use costs a cold start 10-15 ms. */
  private record Read(List<Path> files) implements Callable<AttackTree> {
    @Override
    public AttackTree call() throws TreeFileException {
      return dev.thicket.model.io.formats.TreeFiles.read(files);
    }
  }

  /** Starts {@code reader}, the read of {@code files}, for this thread's command. */
  static void start(List<Path> files, Callable<AttackTree> reader) {
    ReadAhead ahead = new ReadAhead(List.copyOf(files), reader);
    Thread thread = new Thread(ahead.read, "thicket-read-ahead");
    thread.setDaemon(true); // a command that never reads (help, usage errors) does not wait
    thread.start();
    STARTED.set(ahead);
  }

  /** Forgets this thread's read, taken or not. */
  static void stop() {
    STARTED.remove();
  }

  /**
   * The tree read ahead from exactly {@code wanted} on this thread, or null when there is none
   * (then the caller reads them).
   *
   * @throws TreeFileException the problems the read found
   */
  static AttackTree take(List<Path> wanted) throws TreeFileException {
    ReadAhead ahead = STARTED.get();
    if (ahead == null || !ahead.files.equals(wanted)) {
      return null;
    }
    STARTED.remove();
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return ahead.read.get();
        } catch (InterruptedException again) {
          interrupted = true;
        }
      }
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof TreeFileException problems) {
        throw problems;
      }
      return null; // read again on this thread, to fail as the command itself would
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The files of the tree {@code args} name first: none unless the command reads trees. */
  static List<Path> files(String... args) {
    int command = args.length > 0 && args[0].equals("--debug") ? 1 : 0;
    List<Path> files = new ArrayList<>();
    if (command < args.length && (ONE_TREE.contains(args[command])
        || FIRST_FILE.contains(args[command]))) {
      int last = ONE_TREE.contains(args[command]) ? args.length : Math.min(args.length,
          command + 2);
      for (int i = command + 1; i < last && !args[i].startsWith("-"); i++) {
        Path file = Path.of(args[i]);
        if (!Files.isRegularFile(file)) {
          break;
        }
        files.add(file);
      }
    }
    return List.copyOf(files);
  }
}
