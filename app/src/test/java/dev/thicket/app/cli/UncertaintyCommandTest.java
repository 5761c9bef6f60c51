package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.analysis.UncertaintyAnalysis;
import dev.thicket.model.analysis.UncertaintyOptions;
import dev.thicket.model.analysis.UncertaintyResult;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code thicket uncertainty} and {@code check --percentile}, run as processes. */
class UncertaintyCommandTest {
  private static final Path KERAS_RANGES =
      ThicketProcess.REPOSITORY.resolve("trees/keras-ranges.yaml");

  @Test
  void printsTheSpreadAndTornadoOfTheSameRunAsTheLibrary() throws Exception {
    ThicketProcess.Result run = ThicketProcess.run("uncertainty", KERAS_RANGES.toString(),
        "--json", "--samples", "2000", "--seed", "5");

    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    AttackTree tree = TreeReader.read(KERAS_RANGES);
    UncertaintyResult expected = UncertaintyAnalysis.run(tree, new UncertaintyOptions(2000, 5));
    assertThat(json.get("samples").asInt()).isEqualTo(2000);
    assertThat(json.get("ranged")).hasSize(7);
    JsonNode residual = json.get("modes").get("residual").get("risk");
    assertThat(residual.get("mean").asDouble())
        .isEqualTo(expected.risk().get(Mode.RESIDUAL).mean());
    assertThat(residual.get("p5").asDouble()).isLessThan(residual.get("p50").asDouble());
    assertThat(residual.get("p50").asDouble()).isLessThan(residual.get("p95").asDouble());

    JsonNode widest = json.get("tornado").get(0);
    assertThat(widest.get("id").asText()).isEqualTo("dep-vulns");
    AttackTree atHigh = tree.withNode(tree.node("dep-vulns")
        .withLikelihood(Estimate.of(widest.get("high").asDouble())));
    assertThat(widest.get("riskAtHigh").asDouble()).isCloseTo(
        TreeAnalysis.run(atHigh, AnalysisOptions.DEFAULT).risk().get(Mode.RESIDUAL),
        within(1e-12));
  }

  @Test
  void theSameSeedRepeatsAndAnotherSeedDoesNot() {
    ThicketProcess.Result first =
        ThicketProcess.run("uncertainty", KERAS_RANGES.toString(), "--samples", "3000");
    ThicketProcess.Result again =
        ThicketProcess.run("uncertainty", KERAS_RANGES.toString(), "--samples", "3000");
    ThicketProcess.Result other = ThicketProcess.run("uncertainty", KERAS_RANGES.toString(),
        "--samples", "3000", "--seed", "2");

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).contains("3,000 samples (seed 1) of the 7 estimates")
        .contains("Leverage known vulnerabilities in underlying libraries");
    assertThat(again.out()).isEqualTo(first.out());
    assertThat(other.out()).isNotEqualTo(first.out());
  }

  @Test
  void checkComparesTheChosenPercentileWithTheLimit() throws Exception {
    AttackTree tree = TreeReader.read(KERAS_RANGES);
    double point = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT).risk().get(Mode.RESIDUAL);
    double p90 = UncertaintyAnalysis.run(tree, UncertaintyOptions.DEFAULT)
        .riskPercentile(Mode.RESIDUAL, 90);
    assertThat(p90).isGreaterThan(point * 1.2);
    String between = Double.toString((point + p90) / 2);

    ThicketProcess.Result pointCheck =
        ThicketProcess.run("check", KERAS_RANGES.toString(), "--max-risk", between);
    ThicketProcess.Result above = ThicketProcess.run("check", KERAS_RANGES.toString(),
        "--max-risk", between, "--percentile", "90");
    ThicketProcess.Result below = ThicketProcess.run("check", KERAS_RANGES.toString(),
        "--max-risk", Double.toString(p90 * 1.01), "--percentile", "90");

    assertThat(pointCheck.exitCode()).isZero();
    assertThat(above.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(above.out()).contains("residual risk P90 (10,000 samples, seed 1)")
        .contains("ABOVE the limit");
    assertThat(below.exitCode()).isZero();
    assertThat(below.out()).contains("within the limit");
  }

  @Test
  void aTreeWithoutRangesSaysSoAndEverySampleIsThePointValue() throws Exception {
    ThicketProcess.Result run = ThicketProcess.run("uncertainty",
        ThicketProcess.KERAS.toString(), "--json", "--samples", "100");

    JsonNode json = new ObjectMapper().readTree(run.out());
    double point = TreeAnalysis.run(TreeReader.read(ThicketProcess.KERAS), AnalysisOptions.DEFAULT)
        .risk().get(Mode.RESIDUAL);
    JsonNode residual = json.get("modes").get("residual").get("risk");
    assertThat(json.get("ranged")).isEmpty();
    assertThat(residual.get("p5").asDouble()).isCloseTo(point, within(1e-12));
    assertThat(residual.get("p95").asDouble()).isCloseTo(point, within(1e-12));
    assertThat(ThicketProcess.run("uncertainty", ThicketProcess.KERAS.toString()).out())
        .contains("No estimate is a range");
  }

  @Test
  void badSamplingOptionsAreUsageErrors() {
    ThicketProcess.Result none = ThicketProcess.run("uncertainty", KERAS_RANGES.toString(),
        "--samples", "0");
    ThicketProcess.Result percentile = ThicketProcess.run("check", KERAS_RANGES.toString(),
        "--max-risk", "1", "--percentile", "101");

    assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("expected a number of samples from 1 to 10000000, not '0'");
    assertThat(percentile.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(percentile.err()).contains("expected a percentile from 0 to 100, not '101'");
  }
}
