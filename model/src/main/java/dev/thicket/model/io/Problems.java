package dev.thicket.model.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Problems collected while reading one file. Stops the reading (by throwing {@link
 * TooManyProblems}) after {@link #LIMIT} problems, so that a hostile file cannot fill the memory
 * with messages.
 */
final class Problems {
  static final int LIMIT = 100;

  record Located(Position position, String message) {}

  /** Thrown by {@link #add} when the limit is reached; the reader catches it. */
  static final class TooManyProblems extends RuntimeException {
    TooManyProblems() {
      super(null, null, false, false);
    }
  }

  private final List<Located> problems = new ArrayList<>();
  private Located stopped;

  void add(Position position, String message) {
    if (problems.size() == LIMIT) {
      stopped = new Located(position, "too many problems; stopped reading after " + LIMIT);
      throw new TooManyProblems();
    }
    problems.add(new Located(position, message));
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * The problems sorted by position, keeping the order of those at the same position; the note
   * that reading stopped, if any, comes last.
   */
  List<TreeFileProblem> sorted(String file) {
    List<Located> all = new ArrayList<>(problems);
    all.sort(Comparator.comparing(Located::position));
    if (stopped != null) {
      all.add(stopped);
    }
    return all.stream()
        .map(p -> new TreeFileProblem(
            file, p.position().line(), p.position().column(), p.message()))
        .toList();
  }
}
