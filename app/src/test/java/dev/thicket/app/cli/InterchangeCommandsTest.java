package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze} on MEF files and {@code convert}, run as processes. */
class InterchangeCommandsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path CHINESE = ThicketProcess.REPOSITORY.getParent()
      .resolve("shared/benchmarks/aralia/scram-xfta-probabilities/Chinese");

  @TempDir Path directory;

  @Test
  void analyzesAMefModelSplitOverTwoFiles() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(CHINESE), "the Aralia benchmark is not present: "
        + CHINESE);

    ThicketProcess.Result result = ThicketProcess.run("analyze",
        CHINESE.resolve("chinese.xml").toString(),
        CHINESE.resolve("chinese-basic-events.xml").toString(), "--json", "--top", "1");

    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    JsonNode report = MAPPER.readTree(result.out());
    assertThat(report.get("cutSets").get("count").asLong()).isEqualTo(392);
    assertThat(report.get("probability").get("inherent").asDouble())
        .isCloseTo(4.569322e-3, within(1e-8));
  }

  @Test
  void convertsKerasToMefWithTheSameResidualProbability() throws Exception {
    Path mef = directory.resolve("keras.xml");

    ThicketProcess.Result convert = ThicketProcess.run("convert",
        ThicketProcess.KERAS.toString(), "-o", mef.toString(), "--to", "mef");
    ThicketProcess.Result original = ThicketProcess.run("analyze",
        ThicketProcess.KERAS.toString(), "--json");
    ThicketProcess.Result converted = ThicketProcess.run("analyze", mef.toString(), "--json");

    assertThat(convert.exitCode()).isZero();
    assertThat(convert.out()).isEqualTo("wrote " + mef + " (mef)\n");
    double residual = MAPPER.readTree(original.out()).get("probability").get("residual")
        .asDouble();
    assertThat(MAPPER.readTree(converted.out()).get("probability").get("inherent").asDouble())
        .isCloseTo(residual, within(1e-12));
  }

  @Test
  void convertsKerasToAdtoolAndBackToYaml() throws Exception {
    Path adtool = directory.resolve("keras-adtool.xml");
    Path yaml = directory.resolve("back.yaml");

    ThicketProcess.Result toAdtool = ThicketProcess.run("convert",
        ThicketProcess.KERAS.toString(), "-o", adtool.toString(), "--to", "adtool");
    ThicketProcess.Result toYaml = ThicketProcess.run("convert", adtool.toString(), "-o",
        yaml.toString(), "--to", "yaml");
    ThicketProcess.Result validate = ThicketProcess.run("validate", yaml.toString());

    assertThat(toAdtool.exitCode()).isZero();
    assertThat(toYaml.exitCode()).isZero();
    assertThat(validate.out()).isEqualTo(yaml + ": ok\n");
    assertThat(Files.readString(yaml)).contains("title: Execute arbitrary code on the server hosting the Keras application");
  }

  @Test
  void convertsKerasToOtmAndBackToTheSameYaml() throws Exception {
    Path otm = directory.resolve("keras.otm.yaml");
    Path yaml = directory.resolve("back.yaml");
    Path again = directory.resolve("again.yaml");

    ThicketProcess.Result toOtm = ThicketProcess.run("convert",
        ThicketProcess.KERAS.toString(), "-o", otm.toString(), "--to", "otm");
    ThicketProcess.Result toYaml = ThicketProcess.run("convert", otm.toString(), "-o",
        yaml.toString(), "--to", "yaml");
    ThicketProcess.run("convert", ThicketProcess.KERAS.toString(), "-o", again.toString(),
        "--to", "yaml");

    assertThat(toOtm.out()).isEqualTo("wrote " + otm + " (otm)\n");
    assertThat(toYaml.exitCode()).isZero();
    assertThat(Files.readString(yaml)).isEqualTo(Files.readString(again));
  }

  @Test
  void reportsAThreatDragonV1ModelAsALocatedProblem() throws Exception {
    Path v1 = directory.resolve("old.json");
    Files.writeString(v1, "{\"summary\": {\"title\": \"Old\"},\n \"detail\": {\"diagrams\": []}}\n");

    ThicketProcess.Result result = ThicketProcess.run("convert", v1.toString(), "-o",
        directory.resolve("x.yaml").toString(), "--to", "yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_TREE);
    assertThat(result.err()).startsWith(v1 + ":1:1: a Threat Dragon model without a version "
        + "is a v1 model");
    assertThat(result.err()).doesNotContain("Exception");
  }

  @Test
  void refusesAnUnknownTargetAsAUsageError() {
    ThicketProcess.Result result = ThicketProcess.run("convert",
        ThicketProcess.KERAS.toString(), "-o", directory.resolve("x").toString(), "--to", "pdf");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("expected yaml, mef, adtool or otm, not 'pdf'");
  }

  @Test
  void reportsAnInvalidXmlInputWithItsPosition() throws Exception {
    Path bad = Files.writeString(directory.resolve("bad.xml"),
        "<?xml version=\"1.0\"?>\n<opsa-mef>\n  <define-house-event name=\"h\"/>\n</opsa-mef>\n");

    ThicketProcess.Result result = ThicketProcess.run("analyze", bad.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_TREE);
    assertThat(result.errLines()).containsExactly(bad + ":3:3: unsupported element "
        + "<define-house-event> in <opsa-mef>: expected <define-fault-tree> or <model-data>");
  }
}
