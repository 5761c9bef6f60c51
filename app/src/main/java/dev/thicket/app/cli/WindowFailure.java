package dev.thicket.app.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to tell the user when the editor window cannot open. JavaFX's Linux toolkit reports a
 * missing GTK 3 and an X display it cannot open with bare messages ("Unable to load glass GTK
 * library.", "Unable to open DISPLAY"); this turns them into one line that says what to do.
 * The caller makes the line visible ({@code VisibleText}): it contains a file name.
 */
final class WindowFailure {
  /** JavaFX 21's message when neither GTK 3 can be loaded (GTK 2 is no longer supported). */
  static final String GTK_NOT_LOADED = "Unable to load glass GTK library";
  /** JavaFX's message when the X display (DISPLAY) cannot be opened. */
  static final String DISPLAY_NOT_OPENED = "Unable to open DISPLAY";

  private WindowFailure() {}

  /**
   * The line for {@code failure} (without the {@code thicket: error: } prefix) when it, or one of
   * its causes, is one of the toolkit's failures above; {@code display} is the value of DISPLAY
   * (null when unset) and {@code file} the tree the editor was to open.
   */
  static Optional<String> explain(Throwable failure, String display, Path file) {
    String analyze = "the command line works without it: thicket analyze " + file;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (message.startsWith(GTK_NOT_LOADED)) {
        return Optional.of("the editor window needs GTK 3 (Debian/Ubuntu: sudo apt install "
            + "libgtk-3-0; Fedora: sudo dnf install gtk3); " + analyze);
      }
      if (message.startsWith(DISPLAY_NOT_OPENED)) {
        String where = display == null || display.isBlank() ? "DISPLAY is not set"
            : "DISPLAY=" + display;
        return Optional.of("the editor window cannot open the X display (" + where
            + "; is an X server or XWayland running there?); " + analyze);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }
}
