package dev.thicket.app.cli;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeFileProblem;
import dev.thicket.model.tree.AttackTree;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Loads tree files for the commands, printing every problem as {@code FILE:LINE:COL: message}. */
final class TreeFiles {
  private TreeFiles() {}

  /** The tree in {@code file} (YAML, MEF or ADTool), or empty after printing its problems. */
  static Optional<AttackTree> load(Path file, PrintWriter err) {
    return load(List.of(file), err);
  }

  /**
   * The tree in {@code files}: one file of any format, or several Open-PSA MEF files read as one
   * model; empty after printing the problems on {@code err}.
   */
  static Optional<AttackTree> load(List<Path> files, PrintWriter err) {
    try {
      AttackTree ahead = ReadAhead.take(files);
      return Optional.of(ahead != null ? ahead
          : dev.thicket.model.io.formats.TreeFiles.read(files));
    } catch (TreeFileException invalid) {
      for (TreeFileProblem problem : invalid.problems()) {
        err.println(problem);
      }
      err.flush();
      return Optional.empty();
    }
  }
}
