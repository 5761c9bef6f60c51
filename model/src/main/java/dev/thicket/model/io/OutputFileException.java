package dev.thicket.model.io;

import dev.thicket.model.tree.VisibleText;
import java.io.IOException;
import java.nio.file.Path;

/** A file could not be written: says what is wrong with it, never with a temporary file. */
public final class OutputFileException extends IOException {
  private final transient Path file;

  OutputFileException(Path file, String reason) {
    super("cannot write " + VisibleText.of(file.toString()) + ": " + reason);
    this.file = file;
  }

  /** The file that was to be written. */
  public Path file() {
    return file;
  }
}
