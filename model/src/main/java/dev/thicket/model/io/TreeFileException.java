package dev.thicket.model.io;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a tree file cannot be read; holds every problem found, sorted by position. */
public final class TreeFileException extends Exception {
  private final transient List<TreeFileProblem> problems;

  public TreeFileException(List<TreeFileProblem> problems) {
    super(problems.stream().map(TreeFileProblem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a TreeFileException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<TreeFileProblem> problems() {
    return problems;
  }
}
