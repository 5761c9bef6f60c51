package dev.thicket.exports.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.MitigationPlans;
import dev.thicket.model.analysis.Plan;
import dev.thicket.model.analysis.PlanFront;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link Funding#rows}: which plans of a long front a report's table lists. */
class FundingTest {

  @Test
  void shortFrontListsEveryPlan() {
    assertThat(Funding.spread(5, 15, 3)).containsExactly(0, 1, 2, 3, 4);
    assertThat(Funding.spread(15, 15, -1)).isEqualTo(IntStream.range(0, 15).boxed().toList());
  }

  @Test
  void longFrontKeepsTheFirstAndTheLastAndSpreadsTheOthersEvenly() {
    for (int size = 16; size <= 200; size++) {
      List<Integer> picks = Funding.spread(size, 15, -1);

      assertThat(picks).as("size " + size).hasSize(15).startsWith(0).endsWith(size - 1);
      int shortest = Integer.MAX_VALUE;
      int longest = 0;
      for (int i = 1; i < picks.size(); i++) {
        int gap = picks.get(i) - picks.get(i - 1);
        shortest = Math.min(shortest, gap);
        longest = Math.max(longest, gap);
      }
      assertThat(shortest).as("size " + size).isPositive();
      assertThat(longest - shortest).as("size " + size).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void keptIndexReplacesANeighbourButNeverTheFirstOrTheLast() {
    for (int size : List.of(16, 17, 40, 101)) {
      List<Integer> even = Funding.spread(size, 15, -1);
      for (int keep = 0; keep < size; keep++) {
        List<Integer> picks = Funding.spread(size, 15, keep);

        assertThat(picks).as(size + ", " + keep).hasSize(15).contains(keep).startsWith(0)
            .endsWith(size - 1).isSorted().doesNotHaveDuplicates();
        List<Integer> changed = new ArrayList<>(even);
        changed.removeAll(picks);
        assertThat(changed).as(size + ", " + keep).hasSizeLessThanOrEqualTo(1);
      }
    }
  }

  @Test
  void rowsOfALongFrontKeepTheBestPlanWithinTheBudget() {
    PlanFront front = MitigationPlans.front(Trees.tenCandidates(""), Funding.MAX_CANDIDATES,
        AnalysisMonitor.NONE);
    List<Plan> plans = front.front();
    assertThat(plans).as("the premise: a front longer than a table").hasSizeGreaterThan(15);
    Funding funding = Funding.of(front);

    for (double budget = 0; budget <= plans.get(plans.size() - 1).cost(); budget += 1) {
      List<Integer> rows = funding.rows(budget);

      assertThat(rows).hasSize(Funding.MAX_ROWS).startsWith(0).endsWith(plans.size() - 1)
          .contains(plans.indexOf(front.best(budget).orElseThrow()));
    }
    assertThat(funding.rows(null)).isEqualTo(Funding.spread(plans.size(), 15, -1));
  }
}
