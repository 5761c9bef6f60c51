package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Wrong command lines exit 2 with a message and the usage, never a stack trace. */
class UsageErrorsTest {

  @Test
  void wrongTopValueIsUsageError() {
    ThicketProcess.Result run = ThicketProcess.run("analyze", "../trees/keras.yaml", "--top", "x");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("Invalid value for option '--top': expected a number of "
        + "scenarios (0 or more) or 'all', not 'x'").contains("Usage: thicket analyze");
    assertNoStackTrace(run);
  }

  @Test
  void bogusModeIsUsageError() {
    ThicketProcess.Result run =
        ThicketProcess.run("analyze", "../trees/keras.yaml", "--mode", "bogus");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith(
        "Invalid value for option '--mode': expected inherent, residual or planned, not 'bogus'");
    assertNoStackTrace(run);
  }

  @Test
  void unknownCommandIsUsageError() {
    ThicketProcess.Result run = ThicketProcess.run("analyse-this", "../trees/keras.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Unmatched arguments", "Did you mean: thicket analyze");
    assertNoStackTrace(run);
  }

  @Test
  void noCommandIsUsageError() {
    ThicketProcess.Result run = ThicketProcess.run();

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Missing subcommand", "Usage: thicket");
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    ThicketProcess.Result run = ThicketProcess.run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("analyze", "validate", "check", "bench", "Exit codes:",
        "4   unexpected error");
  }

  @Test
  void versionNamesTheProject() {
    ThicketProcess.Result run = ThicketProcess.run("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("thicket \\d+\\.\\d+\\.\\d+.*\\R");
  }

  private static void assertNoStackTrace(ThicketProcess.Result run) {
    assertThat(run.err()).doesNotContain("\tat ", "Exception");
  }
}
