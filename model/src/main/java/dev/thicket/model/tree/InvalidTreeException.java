package dev.thicket.model.tree;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a tree is built from parts that break the format's rules. */
public final class InvalidTreeException extends IllegalArgumentException {
  private final transient List<TreeProblem> problems;

  public InvalidTreeException(List<TreeProblem> problems) {
    super(problems.stream().map(TreeProblem::message).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<TreeProblem> problems() {
    return problems;
  }
}
