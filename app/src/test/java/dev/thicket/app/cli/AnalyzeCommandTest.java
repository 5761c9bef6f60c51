package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.MitigationEffect;
import dev.thicket.model.analysis.NodeImportance;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.io.TreeReader;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code thicket analyze} on the shipped Keras tree, run as a process. */
class AnalyzeCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<Set<String>> KERAS_SCENARIOS = Set.of(
      Set.of("cdn-compromise", "deserialization-exploit"),
      Set.of("attacker-hosted", "deserialization-exploit"),
      Set.of("crafted-input"),
      Set.of("dep-vulns"));

  private static ThicketProcess.Result json;
  private static JsonNode report;

  @BeforeAll
  static void analyseKerasAsJson() throws Exception {
    json = ThicketProcess.run("analyze", "../trees/keras.yaml", "--json");
    report = MAPPER.readTree(json.out());
  }

  @Test
  void jsonSucceedsWithNothingOnStderr() {
    assertThat(json.exitCode()).isZero();
    assertThat(json.err()).isEmpty();
  }

  @Test
  void jsonListsExactlyTheFourKerasScenarios() {
    assertThat(report.at("/cutSets/count").asInt()).isEqualTo(4);
    assertThat(scenarios(report)).isEqualTo(KERAS_SCENARIOS);
  }

  @Test
  void jsonHasEveryDocumentedKey() {
    assertThat(report.at("/title").asText()).isEqualTo("Compromise a Keras application");
    assertThat(report.at("/root").asText()).isEqualTo("rce");
    assertThat(report.at("/impact").isNumber()).isTrue();
    for (String section : List.of("probability", "risk")) {
      for (String mode : List.of("inherent", "residual", "planned")) {
        assertThat(report.at("/" + section + "/" + mode).isNumber()).as(section + "." + mode)
            .isTrue();
      }
    }
    for (JsonNode scenario : report.at("/cutSets/listed")) {
      assertThat(scenario.get("nodes").isArray()).isTrue();
      assertThat(scenario.get("probability").isNumber()).isTrue();
      assertThat(scenario.get("risk").isNumber()).isTrue();
      assertThat(scenario.get("highRisk").isBoolean()).isTrue();
    }
    assertThat(report.at("/mode").asText()).isEqualTo("residual");
    assertThat(report.at("/importanceMode").asText()).isEqualTo("residual");
    assertThat(report.get("nodes")).hasSize(13);
    for (JsonNode node : report.get("nodes")) {
      assertThat(fieldNames(node)).contains("id", "title", "gate", "probability", "birnbaum",
          "fussellVesely", "raw", "rrw", "critical", "contribution");
    }
    assertThat(report.get("mitigations")).hasSize(6);
    for (JsonNode mitigation : report.get("mitigations")) {
      assertThat(fieldNames(mitigation)).containsExactly("id", "status", "riskWithout",
          "riskWith", "riskIfPerfect", "reduction");
    }
    assertThat(report.get("criticalNodes").isArray()).isTrue();
    assertThat(report.get("unestimated").isArray()).isTrue();
  }

  @Test
  void jsonContributionsAndMitigationEffectsAreTheModels() throws Exception {
    AnalysisResult model = TreeAnalysis.run(TreeReader.read(ThicketProcess.KERAS),
        AnalysisOptions.DEFAULT);

    for (int i = 0; i < model.nodes().size(); i++) {
      assertThat(report.at("/nodes/" + i + "/contribution").asDouble())
          .isCloseTo(model.nodes().get(i).contribution(), within(1e-12));
    }
    for (int i = 0; i < model.mitigations().size(); i++) {
      MitigationEffect effect = model.mitigations().get(i);
      JsonNode json = report.at("/mitigations/" + i);
      assertThat(json.get("id").asText()).isEqualTo(effect.id());
      assertThat(json.get("riskWithout").asDouble())
          .isCloseTo(effect.riskWithout(), within(1e-12));
      assertThat(json.get("riskWith").asDouble()).isCloseTo(effect.riskWith(), within(1e-12));
      assertThat(json.get("riskIfPerfect").asDouble())
          .isCloseTo(effect.riskIfPerfect(), within(1e-12));
    }
  }

  @Test
  void jsonRiskIsProbabilityTimesImpact() {
    double impact = report.get("impact").asDouble();
    for (String mode : List.of("inherent", "residual", "planned")) {
      assertThat(report.at("/risk/" + mode).asDouble())
          .isCloseTo(report.at("/probability/" + mode).asDouble() * impact, within(1e-12));
    }
    for (JsonNode scenario : report.at("/cutSets/listed")) {
      assertThat(scenario.get("risk").asDouble())
          .isCloseTo(scenario.get("probability").asDouble() * impact, within(1e-12));
    }
  }

  @Test
  void jsonProbabilitiesFallAsMitigationsAreCounted() {
    double inherent = report.at("/probability/inherent").asDouble();
    double residual = report.at("/probability/residual").asDouble();
    double planned = report.at("/probability/planned").asDouble();
    assertThat(List.of(inherent, residual, planned)).allSatisfy(
        p -> assertThat(p).isBetween(0.0, 1.0));
    assertThat(inherent).isGreaterThanOrEqualTo(residual);
    assertThat(residual).isGreaterThanOrEqualTo(planned);
  }

  @Test
  void jsonListsScenariosByDescendingRisk() {
    List<Double> risks = StreamSupport.stream(report.at("/cutSets/listed").spliterator(), false)
        .map(scenario -> scenario.get("risk").asDouble()).toList();
    assertThat(risks).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void topTwoListsTwoScenariosOfFour() throws Exception {
    ThicketProcess.Result top = ThicketProcess.run("analyze", "../trees/keras.yaml", "--json",
        "--top", "2");

    JsonNode topReport = MAPPER.readTree(top.out());
    assertThat(top.exitCode()).isZero();
    assertThat(topReport.at("/cutSets/count").asInt()).isEqualTo(4);
    assertThat(topReport.at("/cutSets/listed")).hasSize(2);
    assertThat(topReport.at("/cutSets/listed/0")).isEqualTo(report.at("/cutSets/listed/0"));
  }

  @Test
  void summaryNamesTheTitleAndTheFourScenarios() {
    ThicketProcess.Result text = ThicketProcess.run("analyze", "../trees/keras.yaml");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("Compromise a Keras application", "4 minimal cut sets",
        "cdn-compromise + deserialization-exploit", "attacker-hosted + deserialization-exploit",
        "crafted-input", "dep-vulns");
    assertThat(text.err()).isEmpty();
  }

  @Test
  void summaryShowsTheRiskRemovedIfBlockedAndEachMitigationsEffect() throws Exception {
    AnalysisResult model = TreeAnalysis.run(TreeReader.read(ThicketProcess.KERAS),
        AnalysisOptions.DEFAULT);
    String text = ThicketProcess.run("analyze", "../trees/keras.yaml").out();

    for (NodeImportance node : model.nodes()) {
      if (node.critical()) {
        assertThat(text).containsPattern("\n  " + Pattern.quote(node.id()) + " +"
            + Pattern.quote(Decimals.of(node.contribution())) + " +"
            + Pattern.quote(Decimals.of(node.fussellVesely())) + " ");
      }
    }
    List<Integer> mostRemovedFirst = model.nodes().stream().filter(NodeImportance::critical)
        .sorted(Comparator.comparingDouble(NodeImportance::contribution).reversed())
        .map(node -> text.indexOf("\n  " + node.id() + " ")).toList();
    assertThat(mostRemovedFirst).doesNotContain(-1).isSorted();
    for (MitigationEffect effect : model.mitigations()) {
      assertThat(text).containsPattern("\n  " + Pattern.quote(effect.id()) + " +"
          + effect.status().keyword() + " +" + Pattern.quote(Decimals.of(effect.riskWithout()))
          + " -> " + Pattern.quote(Decimals.of(effect.riskWith())) + " +"
          + Pattern.quote(Decimals.of(effect.reduction())) + "\n");
    }
  }

  /**
   * The summary measures only the nodes that may be critical (decision 42): on a tree whose rare
   * gates are ruled out, it names the same critical nodes, with the same measures, as the JSON
   * that measures every node.
   */
  @Test
  void summaryNamesTheCriticalNodesOfTheFullAnalysis() throws Exception {
    Path tree = ThicketProcess.MODULE.resolve("src/test/resources/trees/shared-steps.yaml");
    JsonNode all = MAPPER.readTree(ThicketProcess.run("analyze", tree.toString(), "--json").out());
    ThicketProcess.Result summary = ThicketProcess.run("analyze", tree.toString());

    assertThat(summary.exitCode()).isZero();
    List<String> critical = StreamSupport.stream(all.get("criticalNodes").spliterator(), false)
        .map(JsonNode::asText).toList();
    assertThat(critical).contains("g1").doesNotContain("g2", "g3");
    assertThat(summary.out()).contains("Critical nodes (residual, Fussell-Vesely >= 0.1): "
        + critical.size() + ",");
    for (JsonNode node : all.get("nodes")) {
      String line = "\n  " + Pattern.quote(node.get("id").asText()) + " +"
          + Pattern.quote(Decimals.of(node.get("contribution").asDouble())) + " +"
          + Pattern.quote(Decimals.of(node.get("fussellVesely").asDouble())) + " ";
      if (node.get("critical").asBoolean()) {
        assertThat(summary.out()).containsPattern(line);
      } else {
        assertThat(summary.out()).doesNotContainPattern(line);
      }
    }
  }

  @Test
  void missingFileIsReportedAtLineOneWithExitOne() {
    ThicketProcess.Result missing = ThicketProcess.run("analyze", "no-such-tree.yaml");

    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_TREE);
    assertThat(missing.errLines()).singleElement().asString()
        .startsWith("no-such-tree.yaml:1:1: cannot read");
    assertThat(missing.out()).isEmpty();
  }

  private static Set<Set<String>> scenarios(JsonNode json) {
    Set<Set<String>> sets = new HashSet<>();
    for (JsonNode scenario : json.at("/cutSets/listed")) {
      Set<String> leaves = new HashSet<>();
      scenario.get("nodes").forEach(leaf -> leaves.add(leaf.asText()));
      sets.add(leaves);
    }
    return sets;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
