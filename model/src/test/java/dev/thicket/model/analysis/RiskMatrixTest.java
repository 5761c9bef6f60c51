package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.analysis.RiskMatrix.Impact;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.RiskValues;
import dev.thicket.model.tree.Scales;
import dev.thicket.model.tree.StepAttributes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ISO/SAE 21434 example risk matrix as docs/analysis.md states it. */
class RiskMatrixTest {

  @Test
  void riskGrowsWithFeasibilityAndImpactFromOneToFive() {
    double[] impacts = {0, 3.5, 6.5, 9};
    for (int i = 0; i < impacts.length; i++) {
      int previous = 0;
      for (int f = Rating.values().length - 1; f >= 0; f--) {
        int value = RiskMatrix.value(Rating.values()[f], impacts[i]);
        assertThat(value).isBetween(1, 5).isGreaterThanOrEqualTo(previous);
        if (i > 0) {
          assertThat(value).isGreaterThanOrEqualTo(
              RiskMatrix.value(Rating.values()[f], impacts[i - 1]));
        }
        previous = value;
      }
    }
  }

  @Test
  void negligibleImpactIsAlwaysOneAndSevereHighFeasibilityIsFive() {
    for (Rating rating : Rating.values()) {
      assertThat(RiskMatrix.value(rating, 2)).isEqualTo(1);
    }
    assertThat(RiskMatrix.value(Rating.HIGH, 10)).isEqualTo(5);
    assertThat(RiskMatrix.value(Rating.VERY_LOW, 10)).isEqualTo(2);
    assertThat(RiskMatrix.value(Rating.MEDIUM, 5)).isEqualTo(2);
  }

  @Test
  void impactCategoriesSplitHalfwayBetweenTheDefaultLevels() {
    assertThat(Impact.of(3.49)).isEqualTo(Impact.NEGLIGIBLE);
    assertThat(Impact.of(3.5)).isEqualTo(Impact.MODERATE);
    assertThat(Impact.of(6.5)).isEqualTo(Impact.MAJOR);
    assertThat(Impact.of(8.99)).isEqualTo(Impact.MAJOR);
    assertThat(Impact.of(9)).isEqualTo(Impact.SEVERE);
  }

  @Test
  void ratingBandsFollowTheStandard() {
    assertThat(Rating.of(13)).isEqualTo(Rating.HIGH);
    assertThat(Rating.of(14)).isEqualTo(Rating.MEDIUM);
    assertThat(Rating.of(19)).isEqualTo(Rating.MEDIUM);
    assertThat(Rating.of(20)).isEqualTo(Rating.LOW);
    assertThat(Rating.of(24)).isEqualTo(Rating.LOW);
    assertThat(Rating.of(25)).isEqualTo(Rating.VERY_LOW);
  }

  /** goal = OR(a, b), impact 10 (severe); a takes 0 points (high), b 16 (medium). */
  private static AttackTree tree(RiskValues matrix) {
    Potential easy = new Potential(Map.of(PotentialFactor.ELAPSED, "one-day",
        PotentialFactor.EXPERTISE, "layman", PotentialFactor.KNOWLEDGE, "public",
        PotentialFactor.WINDOW, "unlimited", PotentialFactor.EQUIPMENT, "standard"));
    Potential harder = new Potential(Map.of(PotentialFactor.ELAPSED, "one-day",
        PotentialFactor.EXPERTISE, "expert", PotentialFactor.KNOWLEDGE, "public",
        PotentialFactor.WINDOW, "difficult", PotentialFactor.EQUIPMENT, "standard"));
    Scales scales = matrix == null ? null
        : new Scales(Scales.DEFAULT.likelihood(), Scales.DEFAULT.impact(), matrix);
    return new AttackTree("T", null, "goal", List.of(
        Node.gate("goal", "Goal", Gate.OR, 0, List.of("a", "b")).withImpact(Estimate.of(10)),
        Node.leaf("a", "A", Estimate.of(0.1)).withAttacker(new StepAttributes(null, null, easy)),
        Node.leaf("b", "B", Estimate.of(0.2)).withAttacker(new StepAttributes(null, null,
            harder))), List.of(), scales, AnalysisSettings.NONE, List.of(), Map.of());
  }

  @Test
  void treesOwnMatrixGivesTheScenariosRiskValues() {
    RiskValues strict = new RiskValues(Map.of("high", List.of(1, 2, 3, 3),
        "medium", List.of(1, 2, 2, 2), "low", List.of(1, 1, 2, 2),
        "very-low", List.of(1, 1, 1, 1)));

    AnalysisResult byAnnexH = TreeAnalysis.run(tree(null), AnalysisOptions.DEFAULT);
    AnalysisResult byOwn = TreeAnalysis.run(tree(strict), AnalysisOptions.DEFAULT);

    assertThat(byAnnexH.attackers().easiest().attributes().riskValue()).isEqualTo(5);
    assertThat(byOwn.attackers().easiest().attributes().rating()).isEqualTo(Rating.HIGH);
    assertThat(byOwn.attackers().easiest().attributes().riskValue()).isEqualTo(3);
    assertThat(byOwn.cutSets().listed()).extracting(s -> s.attributes().riskValue())
        .containsExactlyInAnyOrder(3, 2);
    assertThat(byAnnexH.cutSets().listed()).extracting(s -> s.attributes().riskValue())
        .containsExactlyInAnyOrder(5, 4);
    assertThat(byOwn.attackers().riskMatrix()).isEqualTo(strict);
    assertThat(byAnnexH.attackers().riskMatrix()).isEqualTo(RiskValues.ANNEX_H);
  }
}
