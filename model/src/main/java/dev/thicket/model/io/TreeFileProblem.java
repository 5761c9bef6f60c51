package dev.thicket.model.io;

import dev.thicket.model.tree.VisibleText;

/**
 * A problem found in a tree file, located by 1-based line and column, printed as {@code
 * file:line:col: message}: one line, whatever the file name or the quoted file content hold
 * ({@link VisibleText}).
 */
public record TreeFileProblem(String file, int line, int column, String message) {

  @Override
  public String toString() {
    return VisibleText.of(file) + ":" + line + ":" + column + ": " + VisibleText.of(message);
  }
}
