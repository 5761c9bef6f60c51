package dev.thicket.exports.pdf;

import static dev.thicket.exports.pdf.PdfReportTest.linesAsSeen;
import static dev.thicket.exports.pdf.PdfReportTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.Funding;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.Trees;
import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.MitigationPlans;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Plan;
import dev.thicket.model.analysis.PlanFront;
import dev.thicket.model.tree.AttackTree;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "What to fund" section of {@link PdfReport}, read back with PDFBox's text extraction. */
class PdfFundingTest {

  private static PlanFront front(AttackTree tree) {
    return MitigationPlans.front(tree, Funding.MAX_CANDIDATES, AnalysisMonitor.NONE);
  }

  @Test
  void sectionNamesTheBestPlanWithinTheBudgetAndListsEveryPlan() throws IOException {
    AttackTree tree = Trees.kerasProposed(4);
    PlanFront front = front(tree);
    Plan best = front.best(4).orElseThrow();
    byte[] pdf = PdfReport.render(Trees.report(tree), Paper.A4);
    List<String> lines = linesAsSeen(pdf);

    assertThat(text(pdf)).contains("What to fund", "A candidate is a mitigation",
        "With a budget of 4: fund " + String.join(", ", best.mitigations()) + " (cost "
            + Decimals.of(best.cost()) + "): risk " + Decimals.of(front.baseline().risk())
            + " → " + Decimals.of(best.risk()) + ".");
    List<Plan> plans = front.front();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      String start = (i + 1) + (plan.equals(best) ? " (best within budget)" : "") + " "
          + Decimals.of(plan.cost()) + " " + Decimals.of(plan.risk()) + " ";
      assertThat(lines).as(start).anyMatch(line -> line.startsWith(start));
    }
  }

  @Test
  void chartHasAxisTitlesTheBudgetTodayAndThePlannedMode() throws IOException {
    Report keras = Trees.keras();
    String text = text(PdfReport.render(keras, Paper.A4));

    assertThat(text).contains("Lowest risk for each budget", "risk of the goal",
        "cost of the plan",
        "today: risk " + Decimals.of(keras.result().risk().get(Mode.RESIDUAL)),
        "planned: cost 5, risk " + Decimals.of(keras.result().risk().get(Mode.PLANNED)));
    assertThat(text(PdfReport.render(Trees.report(Trees.kerasProposed(4)), Paper.A4)))
        .contains("budget 4", "today, nothing planned: risk ");
  }

  @Test
  void treeWithoutCandidatesSaysHowToGetSome() throws IOException {
    String text = text(PdfReport.render(Trees.report(Trees.safe(List.of("alarm"))), Paper.A4));

    assertThat(text).contains("What to fund", "No mitigation is a candidate yet")
        .doesNotContain("Lowest risk for each budget");
  }
}
