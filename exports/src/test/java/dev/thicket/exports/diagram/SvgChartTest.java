package dev.thicket.exports.diagram;

import static dev.thicket.exports.diagram.SvgDiagramTest.elements;
import static dev.thicket.exports.diagram.SvgDiagramTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The chart of what to fund under the SVG diagram, parsed back as XML. */
class SvgChartTest {

  private static PlanFront front(AttackTree tree) {
    return MitigationPlans.front(tree, Funding.MAX_CANDIDATES, AnalysisMonitor.NONE);
  }

  private static String title(Element element) {
    return element.getElementsByTagNameNS("*", "title").item(0).getTextContent();
  }

  private static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }

  /** The numbers of a path's {@code d}, in order. */
  private static List<Double> numbers(Element path) {
    return List.of(path.getAttribute("d").split("[A-Za-z ]+")).stream()
        .filter(part -> !part.isEmpty()).map(Double::parseDouble).toList();
  }

  @Test
  void chartHasOnePointPerPlanLeftToRightAndDownwards() throws Exception {
    Report keras = Trees.keras();
    List<Plan> plans = front(keras.tree()).front();
    List<Element> dots = elements(parse(SvgDiagram.render(keras)), "circle", "plan");

    assertThat(dots).hasSize(plans.size());
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      assertThat(title(dots.get(i))).isEqualTo("plan " + (i + 1) + ": cost "
          + Decimals.of(plan.cost()) + ", risk " + Decimals.of(plan.risk()) + ": "
          + (plan.mitigations().isEmpty() ? "nothing funded"
              : String.join(", ", plan.mitigations())));
      if (i > 0) {
        assertThat(number(dots.get(i), "cx")).isGreaterThan(number(dots.get(i - 1), "cx"));
        assertThat(number(dots.get(i), "cy")).isGreaterThan(number(dots.get(i - 1), "cy"));
      }
    }
  }

  @Test
  void plannedModeIsMarkedAtTheCostAndRiskOfThePlannedMitigations() throws Exception {
    Report keras = Trees.keras();
    double cost = keras.tree().mitigations().get("sandbox-loading").cost()
        + keras.tree().mitigations().get("vuln-scanning").cost();
    List<Plan> plans = front(keras.tree()).front();
    Document svg = parse(SvgDiagram.render(keras));

    Element planned = elements(svg, "path", "planned").get(0);
    assertThat(elements(svg, "path", "planned")).hasSize(1);
    assertThat(title(planned)).isEqualTo("planned mode: cost " + Decimals.of(cost) + ", risk "
        + Decimals.of(keras.result().risk().get(Mode.PLANNED))
        + ": sandbox-loading, vuln-scanning");
    // the planned mitigations are the front's last plan here: the diamond is centred on its dot
    assertThat(plans.get(plans.size() - 1).mitigations())
        .containsExactly("sandbox-loading", "vuln-scanning");
    Element last = elements(svg, "circle", "plan").get(plans.size() - 1);
    List<Double> diamond = numbers(planned);
    assertThat(diamond.get(0)).isCloseTo(number(last, "cx"), within(0.01));
    assertThat(diamond.get(3)).isCloseTo(number(last, "cy"), within(0.01));
    assertThat(elements(svg, "text", "planned")).singleElement()
        .extracting(Element::getTextContent).isEqualTo("planned: cost " + Decimals.of(cost)
            + ", risk " + Decimals.of(keras.result().risk().get(Mode.PLANNED)));
  }

  @Test
  void todayIsMarkedOnTheFirstPlan() throws Exception {
    Report keras = Trees.keras();
    Document svg = parse(SvgDiagram.render(keras));

    Element today = elements(svg, "rect", "today").get(0);
    Element first = elements(svg, "circle", "plan").get(0);
    assertThat(number(today, "x") + number(today, "width") / 2)
        .isCloseTo(number(first, "cx"), within(0.01));
    assertThat(number(today, "y") + number(today, "height") / 2)
        .isCloseTo(number(first, "cy"), within(0.01));
    assertThat(elements(svg, "text", "today")).singleElement().extracting(Element::getTextContent)
        .isEqualTo("today: risk " + Decimals.of(keras.result().risk().get(Mode.RESIDUAL)));
  }

  @Test
  void budgetIsAVerticalLineAndTheBestPlanWithinItIsRinged() throws Exception {
    AttackTree tree = Trees.kerasProposed(4);
    Plan best = front(tree).best(4).orElseThrow();
    Document svg = parse(SvgDiagram.render(Trees.report(tree)));

    List<Double> line = numbers(elements(svg, "path", "budget").get(0));
    assertThat(line.get(0)).isEqualTo(line.get(2));
    Element ring = elements(svg, "circle", "best").get(0);
    assertThat(title(ring)).isEqualTo("best within budget: cost " + Decimals.of(best.cost())
        + ", risk " + Decimals.of(best.risk()));
    // the best plan costs exactly the budget here
    assertThat(best.cost()).isEqualTo(4);
    assertThat(number(ring, "cx")).isCloseTo(line.get(0), within(0.01));
    assertThat(elements(svg, "text", "budget")).singleElement()
        .extracting(Element::getTextContent).isEqualTo("budget 4");
  }

  @Test
  void axesHaveTitlesAndRoundTicksFromZero() throws Exception {
    Document svg = parse(SvgDiagram.render(Trees.keras()));

    assertThat(elements(svg, "text", "title")).extracting(Element::getTextContent)
        .contains("risk of the goal", "cost of the plan");
    assertThat(elements(svg, "text", "tick")).extracting(Element::getTextContent)
        .containsSequence("0", "1", "2", "3", "4", "5", "6")
        .containsSequence("0", "0.1", "0.2", "0.3", "0.4", "0.5");
  }

  /** Found by the report-writers fuzz target: the path of the front was "M12 NaNL628 NaN". */
  @Test
  void aSubnormalRiskIsDrawnAtTheBottomOfAnAxisFromZeroToOne() throws Exception {
    AttackTree tree = Trees.yaml("""
        format: attacktree/v1
        title: Next to impossible
        root: goal
        nodes:
          goal:
            title: Goal
            likelihood: 4.9e-324
            impact: 1
            mitigations: [wall]
        mitigations:
          wall:
            title: Wall
            effectiveness: 0.5
            cost: 1
            status: proposed
        """);
    Document svg = parse(SvgDiagram.render(Trees.report(tree)));

    assertThat(elements(svg, "path", "front")).isNotEmpty().allSatisfy(path ->
        assertThat(numbers(path)).allSatisfy(n -> assertThat(n).isFinite()));
    assertThat(elements(svg, "circle", "plan")).isNotEmpty().allSatisfy(dot -> {
      assertThat(number(dot, "cx")).isFinite();
      assertThat(number(dot, "cy")).isFinite();
    });
    assertThat(elements(svg, "text", "tick")).extracting(Element::getTextContent)
        .contains("0", "1");
  }

  @Test
  void treeWithoutCandidatesHasNoChart() throws Exception {
    Document svg = parse(SvgDiagram.render(Trees.report(Trees.hostile())));

    assertThat(elements(svg, "g", "funding")).isEmpty();
    assertThat(elements(svg, "g", "node")).isNotEmpty();
  }

  @Test
  void budgetFarBeyondEveryCostStaysAtTheRightEdge() {
    AttackTree tree = Trees.yaml(Trees.kerasText() + "  budget: 1000\n");
    Chart chart = FundingChartLayout.of(Trees.report(tree), 500, 300, 9).orElseThrow();

    Chart.Line budget = chart.lines().stream()
        .filter(line -> line.role() == Chart.Role.BUDGET).findFirst().orElseThrow();
    Chart.Line axis = chart.lines().stream()
        .filter(line -> line.role() == Chart.Role.AXIS).findFirst().orElseThrow();
    assertThat(budget.points().get(0).x()).isEqualTo(axis.points().get(2).x());
    assertThat(chart.labels()).extracting(Chart.Label::text).contains("budget 1000 →");
  }
}
