package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.StepAttributes;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples of docs/analysis.md, "Attackers", computed by hand. */
class AttackerAnalysisTest {

  private static Node step(String id, double likelihood, double cost, String expertise) {
    return Node.leaf(id, id.toUpperCase(), Estimate.of(likelihood)).withAttacker(
        new StepAttributes(cost, null, new Potential(Map.of(PotentialFactor.EXPERTISE,
            expertise))));
  }

  private static AttackTree tree(List<Node> nodes, List<AttackerProfile> profiles) {
    return new AttackTree("T", null, "goal", nodes, List.of(), null, AnalysisSettings.NONE,
        profiles, Map.of());
  }

  private static AttackerProfile budget(String id, double budget, String expertise) {
    return new AttackerProfile(id, id, null, budget, null,
        expertise == null ? Map.of() : Map.of(PotentialFactor.EXPERTISE, expertise));
  }

  @Test
  void cheapestPaysASharedStepOnce() {
    // goal = AND(OR(x, s), OR(y, s)): a bottom-up min/sum gives {x, y} at 4; {s} costs 3.
    AttackTree tree = tree(List.of(Node.gate("goal", "Goal", Gate.AND, 0, List.of("g1", "g2")),
        Node.gate("g1", "G1", Gate.OR, 0, List.of("x", "s")),
        Node.gate("g2", "G2", Gate.OR, 0, List.of("y", "s")),
        step("x", 0.5, 2, "layman"), step("y", 0.5, 2, "layman"), step("s", 0.2, 3, "layman")),
        List.of());

    Scenario cheapest = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT).attackers().cheapest();

    assertThat(cheapest.leaves()).containsExactly("s");
    assertThat(cheapest.attributes().cost()).isEqualTo(3.0);
  }

  @Test
  void budgetKeepsOnlyTheScenariosThatFit() {
    // goal = OR(AND(a, b), c), costs 2, 2, 5; c needs an expert.
    AttackTree tree = tree(List.of(Node.gate("goal", "Goal", Gate.OR, 0, List.of("ab", "c")),
        Node.gate("ab", "AB", Gate.AND, 0, List.of("a", "b")),
        step("a", 0.5, 2, "layman"), step("b", 0.5, 2, "layman"), step("c", 0.2, 5, "expert")),
        List.of(budget("four", 4, null), budget("five", 5, null),
            budget("proficient", 100, "proficient")));

    AttackerResult attackers = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT).attackers();

    assertThat(attackers.profile("four").orElseThrow().probability().get(Mode.RESIDUAL))
        .isCloseTo(0.25, within(1e-12));
    assertThat(attackers.profile("four").orElseThrow().scenarios()).isEqualTo(BigInteger.ONE);
    assertThat(attackers.profile("five").orElseThrow().probability().get(Mode.RESIDUAL))
        .isCloseTo(0.4, within(1e-12));
    assertThat(attackers.profile("five").orElseThrow().scenarios()).isEqualTo(BigInteger.TWO);
    assertThat(attackers.profile("proficient").orElseThrow().probability().get(Mode.RESIDUAL))
        .isCloseTo(0.25, within(1e-12));
  }

  @Test
  void profileListsTheRiskiestScenariosWithinItsBudget() {
    // goal = OR(a, b, c): a is the riskiest but over the budget of 5.
    AttackTree tree = tree(List.of(Node.gate("goal", "Goal", Gate.OR, 0, List.of("a", "b", "c")),
        step("a", 0.5, 10, "layman"), step("b", 0.3, 2, "layman"), step("c", 0.2, 3, "layman")),
        List.of(budget("five", 5, null)));

    AnalysisResult result = ProfileView.analyse(tree, "five",
        new AnalysisOptions(Mode.RESIDUAL, 1, AnalysisSettings.NONE));

    assertThat(result.cutSets().listed()).hasSize(1);
    assertThat(result.cutSets().listed().get(0).leaves()).containsExactly("b");
    assertThat(result.cutSets().rankingExact()).isTrue();
    assertThat(result.cutSets().count()).isEqualTo(BigInteger.TWO);
    assertThat(result.probability().get(Mode.RESIDUAL))
        .isCloseTo(1 - 0.7 * 0.8, within(1e-12));
  }

  @Test
  void easiestIsTheLeastSumOfFactorMaxima() {
    // {a, b}: expertise proficient (3) + equipment bespoke (7) = 10; {c}: expert (6) + 0 = 6.
    Node a = Node.leaf("a", "A", Estimate.of(0.5)).withAttacker(new StepAttributes(null, null,
        rated("proficient", "standard")));
    Node b = Node.leaf("b", "B", Estimate.of(0.5)).withAttacker(new StepAttributes(null, null,
        rated("layman", "bespoke")));
    Node c = Node.leaf("c", "C", Estimate.of(0.1)).withAttacker(new StepAttributes(null, null,
        rated("expert", "standard")));
    AttackTree tree = tree(List.of(Node.gate("goal", "Goal", Gate.OR, 0, List.of("ab", "c")),
        Node.gate("ab", "AB", Gate.AND, 0, List.of("a", "b")), a, b, c), List.of());

    AttackerResult attackers = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT).attackers();

    assertThat(attackers.easiest().leaves()).containsExactly("c");
    assertThat(attackers.easiest().attributes().potential()).isEqualTo(6);
    assertThat(attackers.feasibility()).isEqualTo(Rating.HIGH);
    assertThat(attackers.cheapest()).isNull();
  }

  private static Potential rated(String expertise, String equipment) {
    return new Potential(Map.of(PotentialFactor.ELAPSED, "one-day",
        PotentialFactor.EXPERTISE, expertise, PotentialFactor.KNOWLEDGE, "public",
        PotentialFactor.WINDOW, "unlimited", PotentialFactor.EQUIPMENT, equipment));
  }
}
