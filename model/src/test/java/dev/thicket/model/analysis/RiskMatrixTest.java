package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.analysis.RiskMatrix.Impact;
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
}
