package dev.thicket.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.cli.ExitCodes;
import dev.thicket.app.cli.ThicketProcess;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code thicket bench cli}, run as a process: a row of two timings per command. */
class BenchCliCommandTest {

  @Test
  void timesEachCommandWithTheLaunchersOptionsAndWithout() {
    ThicketProcess.Result run = ThicketProcess.run("bench", "cli", "--repeat", "1",
        "--keras", ThicketProcess.KERAS.toString(), "--aralia", "no-such-folder");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    List<String> lines = List.of(run.out().split("\\R"));
    assertThat(lines).anySatisfy(line -> assertThat(line).matches(
        "command\\s+launcher ms\\s+none ms"));
    for (String row : List.of("--version", "analyze keras.yaml", "validate keras.yaml",
        "analyze keras.yaml --json")) {
      assertThat(lines).as(row).anySatisfy(line ->
          assertThat(line).matches(java.util.regex.Pattern.quote(row) + "\\s+\\d+\\s+\\d+"));
    }
    assertThat(run.out()).doesNotContain(".xml");
  }

  @Test
  void refusesZeroRepeats() {
    ThicketProcess.Result run = ThicketProcess.run("bench", "cli", "--repeat", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--repeat must be at least 1");
  }
}
