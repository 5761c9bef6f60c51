package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code thicket optimize}, run as a process. */
class OptimizeCommandTest {
  /**
   * goal = a ∨ b, impact 10, P(a) = 0.5, P(b) = 0.4, three proposed mitigations: ma on a (0.8,
   * cost 3), mb on b (0.5, cost 2), mg on the goal (0.5, cost 6). By hand, risk = 10 · (1 − (1 −
   * 0.5 qa)(1 − 0.4 qb)) · qg for the eight plans: {} 7.0, mb 6.0 (cost 2), ma 4.6 (3), ma+mb 2.8
   * (5), mg 3.5 (6, beaten by ma+mb), mb+mg 3.0 (8, beaten), ma+mg 2.3 (9), all three 1.4 (11).
   */
  private static final String THREE_PROPOSED = """
      format: attacktree/v1
      title: Three proposed mitigations
      root: goal
      nodes:
        goal: {title: Goal, gate: or, children: [a, b], impact: 10, mitigations: [mg]}
        a: {title: A, likelihood: 0.5, mitigations: [ma]}
        b: {title: B, likelihood: 0.4, mitigations: [mb]}
      mitigations:
        ma: {title: Guard a, effectiveness: 0.8, cost: 3, status: proposed}
        mb: {title: Guard b, effectiveness: 0.5, cost: 2, status: proposed}
        mg: {title: Guard the goal, effectiveness: 0.5, cost: 6, status: proposed}
      """;

  @TempDir Path directory;

  @Test
  void printsTheFrontThatHandEnumerationGives() throws Exception {
    ThicketProcess.Result optimize =
        ThicketProcess.run("optimize", tree(THREE_PROPOSED).toString(), "--json");

    assertThat(optimize.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(optimize.out());
    assertThat(json.get("baseline").get("risk").asDouble()).isCloseTo(7.0, within(1e-12));
    assertThat(strings(json.get("candidates"))).containsExactly("ma", "mb", "mg");
    JsonNode front = json.get("front");
    double[][] expected = {{0, 7.0}, {2, 6.0}, {3, 4.6}, {5, 2.8}, {9, 2.3}, {11, 1.4}};
    List<List<String>> plans = List.of(List.of(), List.of("mb"), List.of("ma"),
        List.of("ma", "mb"), List.of("ma", "mg"), List.of("ma", "mb", "mg"));
    assertThat(front).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(front.get(i).get("cost").asDouble()).isEqualTo(expected[i][0]);
      assertThat(front.get(i).get("risk").asDouble()).isCloseTo(expected[i][1], within(1e-12));
      assertThat(strings(front.get(i).get("mitigations"))).isEqualTo(plans.get(i));
    }
    assertThat(json.has("best")).isFalse();
  }

  @Test
  void aBudgetNamesTheBestPlanWithinIt() throws Exception {
    ThicketProcess.Result optimize =
        ThicketProcess.run("optimize", tree(THREE_PROPOSED).toString(), "--budget", "8");

    assertThat(optimize.exitCode()).isZero();
    assertThat(optimize.out()).contains("With a budget of 8: fund ma, mb (cost 5): risk 7 → 2.8.");
  }

  @Test
  void theFilesBudgetIsTheDefault() throws Exception {
    ThicketProcess.Result optimize = ThicketProcess.run("optimize",
        tree(THREE_PROPOSED + "analysis:\n  budget: 9\n").toString(), "--json");

    JsonNode best = new ObjectMapper().readTree(optimize.out()).get("best");
    assertThat(strings(best.get("mitigations"))).containsExactly("ma", "mg");
    assertThat(best.get("risk").asDouble()).isCloseTo(2.3, within(1e-12));
  }

  @Test
  void tooManyCandidatesForASearchAreRefusedWithTheirNumber() throws Exception {
    StringBuilder yaml = new StringBuilder("""
        format: attacktree/v1
        title: Many
        root: goal
        nodes:
          goal: {title: Goal, gate: atleast, k: 2, children: [%s]}
        """.formatted(String.join(", ", ids("l", 22))));
    for (String leaf : ids("l", 22)) {
      yaml.append("  ").append(leaf).append(": {title: ").append(leaf)
          .append(", likelihood: 0.3, mitigations: [m").append(leaf).append("]}\n");
    }
    yaml.append("mitigations:\n");
    for (String leaf : ids("l", 22)) {
      yaml.append("  m").append(leaf).append(": {title: M").append(leaf)
          .append(", effectiveness: 0.5, cost: 1, status: proposed}\n");
    }

    ThicketProcess.Result optimize = ThicketProcess.run("optimize",
        tree(yaml.toString()).toString(), "--max-candidates", "10");

    assertThat(optimize.exitCode()).isEqualTo(ExitCodes.INVALID_TREE);
    assertThat(optimize.err()).contains("22 candidate mitigations");
  }

  @Test
  void aNegativeBudgetIsAUsageError() throws Exception {
    ThicketProcess.Result optimize =
        ThicketProcess.run("optimize", tree(THREE_PROPOSED).toString(), "--budget", "-1");

    assertThat(optimize.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  private Path tree(String yaml) throws Exception {
    Path file = directory.resolve("tree.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> ids(String prefix, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(prefix + i);
    }
    return ids;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
