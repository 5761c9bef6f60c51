package dev.thicket.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.cli.ExitCodes;
import dev.thicket.app.cli.ThicketProcess;
import org.junit.jupiter.api.Test;

/** {@code thicket bench --sizes}: a row per size with the tree's results. */
class BenchCommandTest {

  @Test
  void reportsARowPerSizeWithTheAnalysisResults() {
    ThicketProcess.Result run =
        ThicketProcess.run("bench", "--sizes", "40,60", "--shared", "0", "--repeat", "1");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    // nodes, sharing, file size, three times, cut sets, residual probability, peak heap
    assertThat(run.out().lines().filter(line -> line.matches(
        " +(40|60) +0\\.0 +[0-9.]+ KB( +[0-9.]+){3} +[1-9][0-9]* +0\\.[0-9]{4} +[0-9.]+ MB")))
        .hasSize(2);
  }
}
