package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code thicket analyze} and {@code report} say on standard error when the importance of every
 * node keeps them busy after the rest is known, and then how far it has got, run as processes
 * with the notice due after half a second and the progress every half second after it.
 */
class SlowImportanceNoticeTest {
  private static final Path EDF9203 = ThicketProcess.REPOSITORY.getParent()
      .resolve("shared/benchmarks/aralia/edf9203.xml");
  private static final Map<String, String> SOON = Map.of("JAVA_TOOL_OPTIONS",
      "-Dthicket.importanceNoticeMillis=500 -Dthicket.importanceProgressMillis=500");
  /**
   * The notice, then progress every 10 ms: a progress line comes whenever the importance outlasts
   * the notice by a little (edf9203's, measuring few nodes since decision 48, has ended between
   * 0.5 and 1 s after its start on a quick host, before a first line due at 1 s).
   */
  private static final Map<String, String> OFTEN = Map.of("JAVA_TOOL_OPTIONS",
      "-Dthicket.importanceNoticeMillis=300 -Dthicket.importanceProgressMillis=10");
  private static final Pattern PROGRESS =
      Pattern.compile("thicket analyze: the importance is (\\d+\\.\\d) % done after (\\d+) s"
          + "(; at this pace about \\d+ (s|min|h) more)?");
  private static final String TAKING_LONG = "the importance of every node is taking long";

  /** edf9203's importance takes seconds after its probability and scenarios. */
  @Test
  void aLongImportanceIsAnnouncedWithTheGoalsProbabilityAndHowToSkipIt() {
    Assumptions.assumeTrue(Files.isRegularFile(EDF9203), "the Aralia benchmark is not present: "
        + EDF9203);

    ThicketProcess.Result result = ThicketProcess.runWith(ThicketProcess.REPOSITORY, OFTEN,
        "analyze", EDF9203.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    Matcher residual = Pattern.compile("(?m)^  residual\\s+(\\S+)").matcher(result.out());
    assertThat(residual.find()).as(result.out()).isTrue();
    assertThat(result.errLines()).contains("thicket analyze: P(goal) " + residual.group(1)
        + " (residual) and the scenarios are computed; " + TAKING_LONG
        + " (--no-importance skips it)");
    assertThat(result.out()).contains("Critical nodes (residual");
    double lastShare = -1;
    int progressLines = 0;
    for (String line : result.errLines()) {
      Matcher progress = PROGRESS.matcher(line);
      if (progress.matches()) {
        double share = Double.parseDouble(progress.group(1));
        assertThat(share).as(line).isBetween(0.0, 100.0).isGreaterThanOrEqualTo(lastShare);
        lastShare = share;
        progressLines++;
      }
    }
    assertThat(progressLines).as(result.err()).isPositive();
  }

  @Test
  void theTimeLeftIsTheShareLeftAtThePaceSoFar() {
    assertThat(SlowImportanceNotice.left(0.25, 30)).isEqualTo("; at this pace about 90 s more");
    assertThat(SlowImportanceNotice.left(0.001, 21)).isEqualTo("; at this pace about 6 h more");
    assertThat(SlowImportanceNotice.left(0.1, 600)).isEqualTo("; at this pace about 90 min more");
    assertThat(SlowImportanceNotice.left(0.0004, 60)).isEmpty();
  }

  @Test
  void aReportSaysWhatItWaitsFor(@TempDir Path folder) {
    Assumptions.assumeTrue(Files.isRegularFile(EDF9203), "the Aralia benchmark is not present: "
        + EDF9203);
    Path markdown = folder.resolve("edf9203.md");

    ThicketProcess.Result result = ThicketProcess.runWith(ThicketProcess.REPOSITORY, SOON,
        "report", EDF9203.toString(), "--format", "md", "-o", markdown.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    assertThat(markdown).isRegularFile();
    assertThat(result.errLines()).anyMatch(line -> line.startsWith("thicket report: P(goal) ")
        && line.endsWith("; " + TAKING_LONG + " (the report's colours and critical nodes need "
            + "it)"));
  }

  @Test
  void aQuickImportanceOrNoneIsNotAnnounced() {
    ThicketProcess.Result keras = ThicketProcess.runWith(ThicketProcess.REPOSITORY, SOON,
        "analyze", "trees/keras.yaml");

    assertThat(keras.exitCode()).as(keras.err()).isEqualTo(ExitCodes.OK);
    assertThat(keras.out()).contains("Critical nodes (residual");
    assertThat(keras.err()).doesNotContain(TAKING_LONG);
    if (Files.isRegularFile(EDF9203)) {
      ThicketProcess.Result skipped = ThicketProcess.runWith(ThicketProcess.REPOSITORY, SOON,
          "analyze", EDF9203.toString(), "--no-importance");
      assertThat(skipped.exitCode()).as(skipped.err()).isEqualTo(ExitCodes.OK);
      assertThat(skipped.err()).doesNotContain(TAKING_LONG);
    }
  }
}
