package dev.thicket.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.cli.ExitCodes;
import dev.thicket.app.cli.ThicketProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code thicket bench editor} on a tiny tree, run as a process: the report's shape only. */
class BenchEditorCommandTest {

  @Test
  void reportsEveryPhaseWithMedianMinMaxAndRuns() {
    ThicketProcess.Result run = ThicketProcess.run("bench", "editor", "--nodes", "30",
        "--repeat", "2", "--warm-up", "0", "--cold", "1");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    List<String> lines = List.of(run.out().split("\\R"));
    assertThat(lines.get(0)).startsWith("editor benchmark: generated tree of 30 nodes");
    assertThat(run.out()).contains("phase", "median ms", "min ms", "max ms", "runs", "target");
    for (String phase : List.of("cold start to usable window, Keras tree (JVM start)",
        "cold start to usable window, 30 nodes (process)",
        "open + layout, first window of this JVM", "open + layout ",
        "edit: rename, UI thread", "edit: toggle AND/OR, until re-score shown",
        "edit: add child, result shown, UI thread", "edit: delete step, UI thread",
        "edit: move step, until re-score shown", "edit: paste step, UI thread",
        "edit: set likelihood, UI thread",
        "pan frame at 100 %", "pan frame, whole tree")) {
      assertThat(lines).as(phase).anySatisfy(line -> assertThat(line).startsWith(phase)
          .matches(".*\\s\\d+\\.\\d\\s+\\d+\\.\\d\\s+\\d+\\.\\d\\s+\\d+\\s.*"));
    }
  }

  @Test
  void timesAGivenTreeFileWhileItsImportanceRuns() throws Exception {
    Path mef = Files.createTempFile("thicket-bench-editor-test-", ".xml");
    try {
      Files.writeString(mef, """
          <opsa-mef><define-fault-tree name="small">
            <define-gate name="top"><or><gate name="g1"/><gate name="g2"/></or></define-gate>
            <define-gate name="g1"><and><basic-event name="a"/><basic-event name="b"/></and>
            </define-gate>
            <define-gate name="g2"><and><basic-event name="b"/><basic-event name="c"/></and>
            </define-gate>
          </define-fault-tree><model-data>
            <define-basic-event name="a"><float value="0.1"/></define-basic-event>
            <define-basic-event name="b"><float value="0.2"/></define-basic-event>
            <define-basic-event name="c"><float value="0.3"/></define-basic-event>
          </model-data></opsa-mef>
          """);
      ThicketProcess.Result run = ThicketProcess.run("bench", "editor", "--file",
          mef.toString(), "--while-scoring", "--repeat", "1", "--warm-up", "0", "--cold", "0");

      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
      assertThat(run.out().lines().findFirst().orElseThrow()).isEqualTo("editor benchmark: "
          + mef + " (6 nodes), window 1440x900, headless (Monocle, software rendering); "
          + "each step waits only for the result before the importance");
      for (String phase : List.of("open + layout ", "edit: rename, UI thread",
          "edit: add child, until re-score shown", "edit: set likelihood, UI thread")) {
        assertThat(run.out().lines()).as(phase).anySatisfy(line -> assertThat(line)
            .startsWith(phase).matches(".*\\s\\d+\\.\\d\\s+\\d+\\.\\d\\s+\\d+\\.\\d\\s+1\\s.*"));
      }
      assertThat(run.out()).contains("pan frame at 100 %")
          .doesNotContain("result shown, UI thread");
      assertThat(mef).exists(); // the given file is not the bench's to delete
    } finally {
      Files.deleteIfExists(mef);
    }
  }

  @Test
  void refusesAnInvalidTreeFileWithItsLocatedError() throws Exception {
    Path bad = Files.createTempFile("thicket-bench-editor-test-", ".yaml");
    try {
      Files.writeString(bad, """
          format: attacktree/v1
          title: Bad
          root: a
          nodes:
            a: {title: A, likelihood: 1.5}
          """);
      ThicketProcess.Result run = ThicketProcess.run("bench", "editor", "--file",
          bad.toString(), "--cold", "0");

      assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_TREE);
      assertThat(run.err().strip()).isEqualTo(bad + ":5:29: likelihood must be in [0,1], not 1.5");
      assertThat(run.out()).isEmpty();
    } finally {
      Files.deleteIfExists(bad);
    }
  }

  @Test
  void refusesZeroRepeats() {
    ThicketProcess.Result run = ThicketProcess.run("bench", "editor", "--repeat", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--repeat must be at least 1");
  }
}
