package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WindowFailureTest {
  private static final Path FILE = Path.of("trees/keras.yaml");

  @Test
  void missingGtkNamesThePackageToInstall() {
    RuntimeException failure = new UnsupportedOperationException(
        "Unable to load glass GTK library.");

    assertThat(WindowFailure.explain(failure, ":0", FILE)).contains(
        "the editor window needs GTK 3 (Debian/Ubuntu: sudo apt install libgtk-3-0; Fedora: sudo "
            + "dnf install gtk3); the command line works without it: thicket analyze "
            + "trees/keras.yaml");
  }

  @Test
  void displayThatCannotOpenIsNamed() {
    RuntimeException failure = new UnsupportedOperationException("Unable to open DISPLAY");

    assertThat(WindowFailure.explain(failure, ":99", FILE)).hasValueSatisfying(line ->
        assertThat(line).startsWith("the editor window cannot open the X display (DISPLAY=:99;"));
    assertThat(WindowFailure.explain(failure, null, FILE)).hasValueSatisfying(line ->
        assertThat(line).contains("(DISPLAY is not set;"));
  }

  @Test
  void findsTheToolkitFailureAmongTheCauses() {
    RuntimeException failure = new IllegalStateException("toolkit",
        new UnsupportedOperationException("Unable to load glass GTK library."));

    assertThat(WindowFailure.explain(failure, ":0", FILE)).hasValueSatisfying(line ->
        assertThat(line).startsWith("the editor window needs GTK 3"));
  }

  @Test
  void otherFailuresAreLeftToTheGeneralReport() {
    assertThat(WindowFailure.explain(new IllegalStateException("boom"), ":0", FILE)).isEmpty();
    assertThat(WindowFailure.explain(new IllegalStateException(), ":0", FILE)).isEmpty();
  }
}
