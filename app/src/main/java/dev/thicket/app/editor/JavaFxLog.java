package dev.thicket.app.editor;

import java.util.logging.Logger;

/**
 * Drops JavaFX's "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'"
 * warning, printed at every start because Thicket ships JavaFX inside its jar, on the class
 * path (decision 5): it would greet every user with a warning about nothing they can change.
 * Every other JavaFX message (CSS, rendering) still prints.
 */
final class JavaFxLog {
  /** Held so that the filter stays (java.util.logging keeps loggers only weakly). */
  private static final Logger JAVAFX = Logger.getLogger("javafx");

  private JavaFxLog() {}

  /** Installs the filter; call before the JavaFX toolkit starts. */
  static void dropClassPathWarning() {
    JAVAFX.setFilter(record -> record.getMessage() == null
        || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
  }
}
