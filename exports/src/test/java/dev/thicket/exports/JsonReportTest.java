package dev.thicket.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.tree.AnalysisSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link JsonReport} on {@link SmallTree}, parsed back; the numbers are computed by hand there. */
class JsonReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonNode json;

  @BeforeAll
  static void writeAndParse() throws Exception {
    json = MAPPER.readTree(JsonReport.toJson(SmallTree.analysis()));
  }

  @Test
  void namesTheTreeAndItsRoot() {
    assertThat(json.get("title").asText()).isEqualTo("Open the safe");
    assertThat(json.get("root").asText()).isEqualTo("goal");
    assertThat(json.get("impact").asDouble()).isEqualTo(10.0);
    assertThat(json.get("mode").asText()).isEqualTo("residual");
  }

  @Test
  void givesProbabilityAndRiskPerMode() {
    assertThat(json.at("/probability/inherent").asDouble()).isCloseTo(0.6, within(1e-12));
    assertThat(json.at("/probability/residual").asDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(json.at("/probability/planned").asDouble()).isCloseTo(0.325, within(1e-12));
    assertThat(json.at("/risk/inherent").asDouble()).isCloseTo(6.0, within(1e-12));
    assertThat(json.at("/risk/residual").asDouble()).isCloseTo(4.0, within(1e-12));
    assertThat(json.at("/risk/planned").asDouble()).isCloseTo(3.25, within(1e-12));
  }

  @Test
  void listsScenariosByDescendingRiskWithTheirPathsAndMitigations() {
    JsonNode first = json.at("/cutSets/listed/0");
    JsonNode second = json.at("/cutSets/listed/1");

    assertThat(json.at("/cutSets/count").asInt()).isEqualTo(2);
    assertThat(texts(first.get("nodes"))).containsExactly("a");
    assertThat(first.get("probability").asDouble()).isCloseTo(0.25, within(1e-12));
    assertThat(first.get("risk").asDouble()).isCloseTo(2.5, within(1e-12));
    assertThat(first.get("highRisk").asBoolean()).isTrue();
    assertThat(texts(first.at("/paths/0"))).containsExactly("goal", "a");
    assertThat(first.get("pathCount").asLong()).isEqualTo(1);
    assertThat(texts(first.get("mitigations"))).containsExactly("lock");
    assertThat(texts(second.get("nodes"))).containsExactly("c", "d");
    assertThat(second.get("paths")).hasSize(2);
    assertThat(second.get("pathCount").asLong()).isEqualTo(2);
    assertThat(second.get("risk").asDouble()).isCloseTo(2.0, within(1e-12));
  }

  @Test
  void givesTheImportanceOfEveryNodeInFileOrder() {
    JsonNode a = json.at("/nodes/1");

    assertThat(texts(json.get("nodes").findValues("id").stream().toList()))
        .containsExactly("goal", "a", "both", "c", "d");
    assertThat(a.get("gate").isNull()).isTrue();
    assertThat(json.at("/nodes/0/gate").asText()).isEqualTo("or");
    assertThat(a.get("probability").asDouble()).isCloseTo(0.25, within(1e-12));
    assertThat(a.get("birnbaum").asDouble()).isCloseTo(0.8, within(1e-12));
    assertThat(a.get("fussellVesely").asDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(a.get("raw").asDouble()).isCloseTo(2.5, within(1e-12));
    assertThat(a.get("rrw").asDouble()).isCloseTo(2.0, within(1e-12));
    assertThat(a.get("critical").asBoolean()).isTrue();
  }

  @Test
  void givesTheRiskEachNodeRemovesIfBlocked() {
    // residual risk 4; blocking a leaves 0.2, blocking both, c or d leaves 0.25 (Trees.safe)
    assertThat(json.get("importanceMode").asText()).isEqualTo("residual");
    assertThat(json.get("nodes").findValues("contribution").stream()
        .mapToDouble(JsonNode::asDouble).toArray())
        .usingComparatorWithPrecision(1e-12).containsExactly(4, 2, 1.5, 1.5, 1.5);
  }

  @Test
  void givesEachMitigationsRiskWithoutWithAndIfPerfect() {
    JsonNode lock = json.at("/mitigations/0");
    JsonNode alarm = json.at("/mitigations/1");

    assertThat(lock.get("id").asText()).isEqualTo("lock");
    assertThat(lock.get("status").asText()).isEqualTo("implemented");
    assertThat(effect(lock)).usingComparatorWithPrecision(1e-12).containsExactly(6, 4, 2, 2);
    assertThat(alarm.get("status").asText()).isEqualTo("planned");
    assertThat(effect(alarm)).usingComparatorWithPrecision(1e-12)
        .containsExactly(4, 3.25, 2.5, 0.75);
  }

  @Test
  void writesUndefinedMeasuresAsNull() {
    // Blocking the root blocks the top event: P(T | not root) = 0, so RRW divides by zero.
    assertThat(json.at("/nodes/0/rrw").isNull()).isTrue();
  }

  @Test
  void listsCriticalNodesAndNoUnestimatedLeaves() {
    assertThat(texts(json.get("criticalNodes"))).contains("goal", "a").doesNotContain("x");
    assertThat(json.get("unestimated")).isEmpty();
  }

  @Test
  void followsTheChosenModeAndTop() throws Exception {
    JsonNode inherentTopOne = MAPPER.readTree(JsonReport.toJson(TreeAnalysis.run(
        SmallTree.tree(), new AnalysisOptions(Mode.INHERENT, 1, new AnalysisSettings(null, 5.0)))));

    assertThat(inherentTopOne.get("mode").asText()).isEqualTo("inherent");
    assertThat(inherentTopOne.at("/cutSets/count").asInt()).isEqualTo(2);
    assertThat(inherentTopOne.at("/cutSets/listed")).hasSize(1);
    assertThat(inherentTopOne.at("/cutSets/listed/0/risk").asDouble())
        .isCloseTo(5.0, within(1e-12));
    assertThat(inherentTopOne.at("/cutSets/listed/0/highRisk").asBoolean()).isTrue();
    assertThat(inherentTopOne.at("/thresholds/highRiskThreshold").asDouble()).isEqualTo(5.0);
  }

  /** riskWithout, riskWith, riskIfPerfect and reduction of a mitigation. */
  private static double[] effect(JsonNode mitigation) {
    return List.of("riskWithout", "riskWith", "riskIfPerfect", "reduction").stream()
        .mapToDouble(key -> mitigation.get(key).asDouble()).toArray();
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static List<String> texts(List<JsonNode> values) {
    return values.stream().map(JsonNode::asText).toList();
  }
}
