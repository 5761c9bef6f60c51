package dev.thicket.exports.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.Funding;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.ReportSource;
import dev.thicket.exports.report.Trees;
import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.MitigationPlans;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Plan;
import dev.thicket.model.analysis.PlanFront;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AttackTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/**
 * The "What to fund" section of {@link MarkdownReport}, parsed back; expectations come from
 * {@link MitigationPlans#front} directly.
 */
class MarkdownFundingTest {

  /** The section's paragraphs and list items as text, and its table (null when none). */
  private record Section(List<String> texts, TableBlock table) {
    List<List<String>> rows() {
      return MarkdownReportTest.rows(table);
    }

    String text() {
      return String.join("\n", texts);
    }
  }

  private static Section section(Report report) {
    Node node = MarkdownReportTest.parse(report).getFirstChild();
    while (!(node instanceof Heading heading && heading.getLevel() == 2
        && MarkdownReportTest.text(heading).equals("What to fund"))) {
      node = node.getNext();
    }
    List<String> texts = new ArrayList<>();
    TableBlock table = null;
    for (node = node.getNext(); !(node instanceof Heading next && next.getLevel() <= 2);
        node = node.getNext()) {
      if (node instanceof TableBlock block) {
        table = block;
      } else {
        texts.add(MarkdownReportTest.text(node));
      }
    }
    return new Section(texts, table);
  }

  private static PlanFront front(AttackTree tree) {
    return MitigationPlans.front(tree, Funding.MAX_CANDIDATES, AnalysisMonitor.NONE);
  }

  /** The row a table should hold for plan {@code index} of {@code front}. */
  private static List<String> row(PlanFront front, int index, String mark) {
    Plan plan = front.front().get(index);
    double reduction = plan.mitigations().isEmpty() ? 0
        : front.baseline().risk() - plan.risk();
    return List.of((index + 1) + mark, Decimals.of(plan.cost()), Decimals.of(plan.risk()),
        Decimals.of(reduction),
        plan.mitigations().isEmpty() ? "none" : String.join(", ", plan.mitigations()));
  }

  @Test
  void tableRowsAreThePlansOfTheFront() {
    Report keras = Trees.keras();
    PlanFront front = front(keras.tree());
    List<List<String>> rows = section(keras).rows();

    assertThat(rows.get(0)).containsExactly("plan", "cost", "risk", "reduction",
        "mitigations added");
    List<List<String>> expected = new ArrayList<>();
    for (int i = 0; i < front.front().size(); i++) {
      expected.add(row(front, i, ""));
    }
    assertThat(rows.subList(1, rows.size())).isEqualTo(expected);
    assertThat(section(keras).text()).contains("today's residual risk of "
        + Decimals.of(keras.result().risk().get(Mode.RESIDUAL)), "computed exactly");
  }

  @Test
  void longFrontKeepsFifteenRowsWithTheFirstAndTheLast() {
    AttackTree tree = Trees.tenCandidates("");
    PlanFront front = front(tree);
    int plans = front.front().size();
    List<List<String>> rows = section(Trees.report(tree)).rows();

    assertThat(plans).as("the premise").isGreaterThan(15);
    assertThat(rows).hasSize(1 + 15);
    assertThat(rows.get(1)).isEqualTo(row(front, 0, ""));
    assertThat(rows.get(15)).isEqualTo(row(front, plans - 1, ""));
    List<Integer> numbers = new ArrayList<>();
    for (List<String> cells : rows.subList(1, rows.size())) {
      int number = Integer.parseInt(cells.get(0));
      numbers.add(number);
      assertThat(cells).isEqualTo(row(front, number - 1, ""));
    }
    assertThat(numbers).isSorted().doesNotHaveDuplicates();
    assertThat(section(Trees.report(tree)).text())
        .contains("The front has " + plans + " plans; the table lists 15 of them");
  }

  @Test
  void budgetSentenceNamesTheBestPlanWithinItAndItsRowIsMarked() {
    AttackTree tree = Trees.kerasProposed(4);
    PlanFront front = front(tree);
    Plan best = front.best(4).orElseThrow();
    Section section = section(Trees.report(tree));

    assertThat(section.text()).contains("With a budget of 4: fund "
        + String.join(", ", best.mitigations()) + " (cost " + Decimals.of(best.cost())
        + "): risk " + Decimals.of(front.baseline().risk()) + " → " + Decimals.of(best.risk())
        + ".");
    assertThat(section.rows()).filteredOn(cells -> cells.get(0).contains("best within budget"))
        .singleElement()
        .isEqualTo(row(front, front.front().indexOf(best), " (best within budget)"));
  }

  @Test
  void longFrontKeepsTheRowOfTheBestPlanWithinTheBudget() {
    for (double budget : List.of(2.0, 7.0, 13.0, 24.0)) {
      AttackTree tree = Trees.tenCandidates("analysis:\n  budget: " + budget + "\n");
      PlanFront front = front(tree);
      Plan best = front.best(budget).orElseThrow();

      assertThat(section(Trees.report(tree)).rows()).hasSize(16)
          .contains(row(front, front.front().indexOf(best), " (best within budget)"));
    }
  }

  @Test
  void plannedMitigationsAreSetBesideTheFront() {
    Report keras = Trees.keras();
    double cost = keras.tree().mitigations().get("sandbox-loading").cost()
        + keras.tree().mitigations().get("vuln-scanning").cost();

    assertThat(section(keras).text()).contains("The mitigations planned now (sandbox-loading, "
        + "vuln-scanning) cost " + Decimals.of(cost) + " and bring the risk to "
        + Decimals.of(keras.result().risk().get(Mode.PLANNED)) + " (planned mode)");
  }

  @Test
  void withoutCandidatesSaysHowToGetSomeAndListsTheUncosted() {
    // the safe: the lock implemented, the alarm planned without a cost
    Section section = section(Trees.report(Trees.safe(List.of("alarm"))));

    assertThat(section.table()).isNull();
    assertThat(section.text()).contains("No mitigation is a candidate yet",
        "a cost and the status planned or proposed",
        "without a cost, so never part of a plan: alarm (Alarm on the office).");
  }

  @Test
  void frontThatCouldNotBeComputedGivesTheReasonInstead() {
    Report report = Report.of(ScoredTree.analyse(Trees.keras().tree(), AnalysisOptions.DEFAULT),
        new Funding(Optional.empty(), "the tree has too many candidates"),
        ReportSource.unsaved("keras.yaml", "", Trees.DATE));
    Section section = section(report);

    assertThat(section.table()).isNull();
    assertThat(section.texts()).containsExactly(
        "No plan is listed: the tree has too many candidates.");
  }
}
