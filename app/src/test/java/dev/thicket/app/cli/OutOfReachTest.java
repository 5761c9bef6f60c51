package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import dev.thicket.model.analysis.TreeAnalysis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code analyze} of a tree beyond the exact engine (in a small heap): an estimate instead, exact
 * but for its largest module (decision 34); of a tree whose importance alone is out of reach: the
 * rest, exact.
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

  /**
   * Four gates over shared steps: no gate but the goal is a module, so the importance rebuilds
   * them, and a node limit of 0 stops it as if it ran out of memory.
   */
  @Test
  void whenOnlyTheImportanceIsOutOfReachTheRestIsPrintedExact()
      throws Exception {
    Path tree = ThicketProcess.MODULE.resolve("src/test/resources/trees/shared-steps.yaml");
    Map<String, String> noNodes = Map.of("JAVA_TOOL_OPTIONS",
        "-D" + TreeAnalysis.IMPORTANCE_NODE_LIMIT + "=0");
    for (List<String> asked : List.of(List.of("--critical-threshold", "0"), List.of("--json"))) {
      List<String> command = new ArrayList<>(List.of("analyze", tree.toString()));
      command.addAll(asked);
      ThicketProcess.Result whole = ThicketProcess.run(command.toArray(String[]::new));
      ThicketProcess.Result limited = ThicketProcess.runWith(ThicketProcess.MODULE, noNodes,
          command.toArray(String[]::new));
      command.add("--no-importance");
      ThicketProcess.Result without = ThicketProcess.run(command.toArray(String[]::new));

      assertThat(whole.exitCode()).as(whole.err()).isZero();
      assertThat(whole.out()).as("the importance is computed without the limit")
          .isNotEqualTo(without.out());
      assertThat(limited.exitCode()).as(limited.err()).isEqualTo(ExitCodes.ERROR);
      assertThat(limited.out()).isEqualTo(without.out());
      assertThat(limited.err()).contains("thicket analyze: the importance of every node is out "
          + "of reach: the decision diagram outgrew its limit").contains("the rest is exact")
          .doesNotContain("Estimated");
    }
  }
}
