package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AttackerResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.ProfileResult;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.io.TreeReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code thicket analyze --json} and {@code --profile} on the Keras tree's attackers. */
class AnalyzeProfilesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> PROFILES =
      List.of("opportunistic-outsider", "organised-crime", "repository-insider");
  private static JsonNode report;
  private static AttackerResult model;

  @BeforeAll
  static void analyseKeras() throws Exception {
    ThicketProcess.Result result = ThicketProcess.run("analyze", "../trees/keras.yaml", "--json");
    assertThat(result.exitCode()).isZero();
    report = MAPPER.readTree(result.out());
    model = TreeAnalysis.run(TreeReader.read(ThicketProcess.KERAS), AnalysisOptions.DEFAULT)
        .attackers();
  }

  @Test
  void cheapestFastestAndEasiestAreScenarioObjectsOfTheModel() {
    List<String> listedKeys = fieldNames(report.at("/cutSets/listed/0"));
    assertThat(listedKeys).contains("cost", "time", "potential", "rating");
    for (String which : List.of("cheapest", "fastest", "easiest")) {
      JsonNode json = report.get(which);
      Scenario expected = switch (which) {
        case "cheapest" -> model.cheapest();
        case "fastest" -> model.fastest();
        default -> model.easiest();
      };
      assertThat(fieldNames(json)).as(which).isEqualTo(listedKeys);
      assertThat(leaves(json)).as(which).isEqualTo(new HashSet<>(expected.leaves()));
      assertThat(json.get("cost").asDouble()).isEqualTo(expected.attributes().cost());
      assertThat(json.get("time").asDouble()).isEqualTo(expected.attributes().time());
      assertThat(json.get("potential").asInt()).isEqualTo(expected.attributes().potential());
      assertThat(json.get("rating").asText())
          .isEqualTo(expected.attributes().rating().keyword());
    }
    assertThat(report.get("feasibility").asText()).isEqualTo(model.feasibility().keyword());
  }

  @Test
  void everyListedScenarioCostsTheSumOfItsSteps() throws Exception {
    var tree = TreeReader.read(ThicketProcess.KERAS);
    for (JsonNode scenario : report.at("/cutSets/listed")) {
      double cost = 0;
      for (JsonNode leaf : scenario.get("nodes")) {
        cost += tree.node(leaf.asText()).attacker().cost();
      }
      assertThat(scenario.get("cost").asDouble()).isCloseTo(cost, within(1e-9));
    }
  }

  @Test
  void profilesHaveTheModelsProbabilityRiskAndScenarioCount() {
    assertThat(fieldNames(report.get("profiles"))).isEqualTo(PROFILES);
    for (ProfileResult profile : model.profiles()) {
      JsonNode json = report.at("/profiles/" + profile.id());
      for (Mode mode : Mode.values()) {
        assertThat(json.at("/probability/" + mode.keyword()).asDouble())
            .isCloseTo(profile.probability().get(mode), within(1e-12));
        assertThat(json.at("/risk/" + mode.keyword()).asDouble())
            .isCloseTo(profile.risk().get(mode), within(1e-12));
      }
      assertThat(json.get("scenarios").bigIntegerValue()).isEqualTo(profile.scenarios());
    }
  }

  @Test
  void theThreeProfilesGiveDifferentRisksAndScenarioLists() throws Exception {
    Set<Double> risks = new HashSet<>();
    Set<Set<Set<String>>> lists = new HashSet<>();
    double wholeRisk = report.at("/risk/residual").asDouble();
    for (String profile : PROFILES) {
      ThicketProcess.Result result =
          ThicketProcess.run("analyze", "../trees/keras.yaml", "--json", "--profile", profile);
      assertThat(result.exitCode()).isZero();
      JsonNode json = MAPPER.readTree(result.out());
      assertThat(json.get("profile").asText()).isEqualTo(profile);
      double risk = json.at("/risk/residual").asDouble();
      assertThat(risk).isEqualTo(report.at("/profiles/" + profile + "/risk/residual").asDouble())
          .isLessThan(wholeRisk);
      assertThat(json.at("/cutSets/count").asInt())
          .isEqualTo(json.at("/cutSets/listed").size());
      risks.add(risk);
      Set<Set<String>> listed = new HashSet<>();
      json.at("/cutSets/listed").forEach(scenario -> listed.add(leaves(scenario)));
      lists.add(listed);
    }
    assertThat(risks).hasSize(3);
    assertThat(lists).hasSize(3);
  }

  @Test
  void summaryForAProfileNamesItAndListsOnlyWhatItReaches() {
    ThicketProcess.Result result = ThicketProcess.run("analyze", "../trees/keras.yaml",
        "--profile", "opportunistic-outsider");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith(
        "Attacker profile: opportunistic-outsider (Opportunistic outsider)\n");
    String scenarios = result.out().substring(result.out().indexOf("Scenarios ("),
        result.out().indexOf("Critical nodes"));
    assertThat(scenarios).contains("1. risk 0.3 ", "dep-vulns")
        .doesNotContain("crafted-input", "2. risk", "by number of events");
  }

  @Test
  void anUnknownProfileIsAUsageErrorNamingTheKnownOnes() {
    ThicketProcess.Result result =
        ThicketProcess.run("analyze", "../trees/keras.yaml", "--profile", "nobody");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("no profile 'nobody'", "organised-crime");
  }

  private static Set<String> leaves(JsonNode scenario) {
    Set<String> leaves = new HashSet<>();
    scenario.get("nodes").forEach(leaf -> leaves.add(leaf.asText()));
    return leaves;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
