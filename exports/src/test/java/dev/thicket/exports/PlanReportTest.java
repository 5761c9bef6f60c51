package dev.thicket.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.report.Funding;
import dev.thicket.exports.report.Trees;
import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.MitigationPlans;
import dev.thicket.model.analysis.Plan;
import dev.thicket.model.analysis.PlanFront;
import org.junit.jupiter.api.Test;

/** {@link PlanReport} on the Keras tree with every mitigation proposed. */
class PlanReportTest {
  private static final PlanFront FRONT = MitigationPlans.front(Trees.kerasProposed(4),
      Funding.MAX_CANDIDATES, AnalysisMonitor.NONE);

  @Test
  void emptyPlanReducesTheRiskByExactlyNothing() {
    Plan empty = FRONT.front().get(0);

    assertThat(empty.mitigations()).isEmpty();
    assertThat(PlanReport.reduction(FRONT, empty)).isZero();
    assertThat(PlanReport.text(FRONT, "Keras", "keras.yaml", null))
        .contains(String.format("  %10s %10s %10s  (none)%n", "0",
            Decimals.of(FRONT.baseline().risk()), "0"));
  }

  @Test
  void reductionIsTodaysRiskMinusThePlans() {
    Plan last = FRONT.front().get(FRONT.front().size() - 1);

    assertThat(PlanReport.reduction(FRONT, last))
        .isEqualTo(FRONT.baseline().risk() - last.risk());
  }
}
