package dev.thicket.app.cli;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeFileProblem;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Loads tree files for the commands, printing every problem as {@code FILE:LINE:COL: message}. */
final class TreeFiles {
  private TreeFiles() {}

  /** The tree in {@code file}, or empty after printing its problems on {@code err}. */
  static Optional<AttackTree> load(Path file, PrintWriter err) {
    try {
      return Optional.of(TreeReader.read(file));
    } catch (TreeFileException invalid) {
      for (TreeFileProblem problem : invalid.problems()) {
        err.println(problem);
      }
      err.flush();
      return Optional.empty();
    }
  }
}
