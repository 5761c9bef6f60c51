package dev.thicket.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.cli.ExitCodes;
import dev.thicket.app.cli.ThicketProcess;
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
  void refusesZeroRepeats() {
    ThicketProcess.Result run = ThicketProcess.run("bench", "editor", "--repeat", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--repeat must be at least 1");
  }
}
