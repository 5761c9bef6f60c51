package dev.thicket.model.io.adtool;

import java.util.List;

/** Thrown when a tree cannot be written as ADTool XML; holds one message per reason. */
public final class AdtoolExportException extends Exception {
  private final transient List<String> problems;

  public AdtoolExportException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
