package dev.thicket.model.io;

/**
 * A problem found in a tree file, located by 1-based line and column, printed as {@code
 * file:line:col: message}.
 */
public record TreeFileProblem(String file, int line, int column, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
