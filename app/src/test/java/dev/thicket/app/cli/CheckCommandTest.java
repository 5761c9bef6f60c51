package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code thicket check}, run as a process. The Keras tree's risk is 0.41 residual, 2.69 inherent
 * (see its analysis).
 */
class CheckCommandTest {

  @Test
  void riskAboveTheLimitFailsWithExitThree() {
    ThicketProcess.Result check =
        ThicketProcess.run("check", "../trees/keras.yaml", "--max-risk", "0.3");

    assertThat(check.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(check.out().strip())
        .isEqualTo("../trees/keras.yaml: residual risk 0.4101 is ABOVE the limit 0.3");
  }

  @Test
  void riskWithinTheLimitPasses() {
    ThicketProcess.Result check =
        ThicketProcess.run("check", "../trees/keras.yaml", "--max-risk", "1");

    assertThat(check.exitCode()).isZero();
    assertThat(check.out().strip())
        .isEqualTo("../trees/keras.yaml: residual risk 0.4101 is within the limit 1");
  }

  @Test
  void modeChoosesWhichMitigationsCount() {
    ThicketProcess.Result check = ThicketProcess.run("check", "../trees/keras.yaml",
        "--max-risk", "1", "--mode", "inherent");

    assertThat(check.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(check.out()).contains("inherent risk 2.691 is ABOVE the limit 1");
  }

  @Test
  void missingLimitIsUsageError() {
    ThicketProcess.Result check = ThicketProcess.run("check", "../trees/keras.yaml");

    assertThat(check.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(check.err()).contains("Missing required option: '--max-risk=R'");
  }
}
