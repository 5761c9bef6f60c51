package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code analyze} of a tree beyond the exact engine (in a small heap): an estimate instead, exact
 * but for its largest module (decision 34).
 */
class OutOfReachTest {
  private static final Path NUS9601 = ThicketProcess.REPOSITORY.getParent()
      .resolve("shared/benchmarks/aralia/nus9601.xml");
  private static final Pattern ESTIMATE = Pattern.compile("Estimated instead \\(not exact; "
      + "exact but for the sub-tree under g8, whose probability is simulated on 10,000,000 "
      + "outcomes; inherent mode\\): P\\(goal\\) (\\S+), 99\\.9 % interval \\[(\\S+), (\\S+)\\]; "
      + "risk (\\S+) \\[(\\S+), (\\S+)\\]");

  @Test
  void aTreeTooLargeForTheEngineGetsAnEstimateExactButForItsLargestModule() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(NUS9601), "the Aralia benchmark is not present: "
        + NUS9601);

    ThicketProcess.Result result = ThicketProcess.runWith(ThicketProcess.REPOSITORY,
        Map.of("JAVA_TOOL_OPTIONS", "-Xmx200m"), "analyze", NUS9601.toString(), "--mode",
        "inherent");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.ERROR);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("thicket analyze: no exact analysis: the analysis needs "
        + "more memory");
    Matcher estimate = ESTIMATE.matcher(result.err());
    assertThat(estimate.find()).as(result.err()).isTrue();
    double p = Double.parseDouble(estimate.group(1));
    double lower = Double.parseDouble(estimate.group(2));
    double upper = Double.parseDouble(estimate.group(3));
    assertThat(lower).isPositive().isLessThan(p);
    assertThat(upper).isGreaterThan(p);
    // within the whole goal's simulated interval (decision 32), and far narrower than it
    assertThat(lower).isGreaterThan(7.4e-6);
    assertThat(upper).isLessThan(1.43e-5);
    assertThat(upper - lower).isLessThan(p * 1e-3);
    // the goal has no impact: risk = P × 1
    assertThat(estimate.group(4)).isEqualTo(estimate.group(1));
    assertThat(estimate.group(6)).isEqualTo(estimate.group(3));
  }
}
