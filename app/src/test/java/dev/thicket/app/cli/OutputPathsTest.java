package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the commands refuse to write, run as processes (issue 14, finding 6). */
class OutputPathsTest {
  private static final Path KERAS = ThicketProcess.REPOSITORY.resolve("trees/keras.yaml");

  @TempDir Path directory;

  /** {@code report t.yaml -o t.yaml} once replaced the tree with its report, silently. */
  @Test
  void aReportIsNotWrittenOverItsTree() throws Exception {
    Path tree = Files.copy(KERAS, directory.resolve("t.yaml"));
    byte[] before = Files.readAllBytes(tree);

    ThicketProcess.Result report = ThicketProcess.runIn(directory, "report", "t.yaml",
        "--format", "pdf", "-o", "t.yaml");

    assertThat(report.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(report.err()).contains("t.yaml is the tree file being reported on");
    assertThat(Files.readAllBytes(tree)).isEqualTo(before);
  }

  /** A folder, a missing folder: the message once named only a hidden temporary file. */
  @Test
  void aFolderOrAMissingFolderIsNamedWithWhatIsWrong() throws Exception {
    ThicketProcess.Result folder = ThicketProcess.runIn(directory, "convert",
        KERAS.toString(), "--to", "mef", "-o", ".");
    ThicketProcess.Result missing = ThicketProcess.runIn(directory, "convert",
        KERAS.toString(), "--to", "mef", "-o", "nowhere/t.xml");

    assertThat(folder.exitCode()).isEqualTo(ExitCodes.CANNOT_WRITE);
    assertThat(folder.errLines()).containsExactly("thicket: cannot write .: it is a folder");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.CANNOT_WRITE);
    assertThat(missing.errLines())
        .containsExactly("thicket: cannot write nowhere/t.xml: its folder does not exist");
    try (var files = Files.list(directory)) {
      assertThat(files).isEmpty();
    }
  }
}
