package dev.thicket.exports.diagram;

import static dev.thicket.exports.diagram.SvgDiagramTest.elements;
import static dev.thicket.exports.diagram.SvgDiagramTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.Trees;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.ProfileResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The risk per attacker under the SVG diagram, parsed back as XML. */
class AttackerChartTest {

  /** The length of a horizontal bar: its path's end x minus its start x. */
  private static double length(Element bar) {
    List<Double> numbers = List.of(bar.getAttribute("d").split("[A-Za-z ]+")).stream()
        .filter(part -> !part.isEmpty()).map(Double::parseDouble).toList();
    return numbers.get(2) - numbers.get(0);
  }

  @Test
  void oneBarPerAttackerWholeTreeFirstAsLongAsItsRisk() throws Exception {
    Report report = Trees.keras();
    Element chart = elements(parse(SvgDiagram.render(report)), "g", "attackers").get(0);

    List<Double> risks = new ArrayList<>(List.of(report.result().risk().get(Mode.RESIDUAL)));
    report.result().attackers().profiles().forEach(
        profile -> risks.add(profile.risk().get(Mode.RESIDUAL)));
    List<Element> bars = elements(chart, "path", "bar");
    assertThat(bars).hasSize(risks.size());
    for (int i = 1; i < bars.size(); i++) {
      assertThat(length(bars.get(i)) / length(bars.get(0)))
          .isCloseTo(risks.get(i) / risks.get(0), within(1e-3));
    }
    String labels = chart.getTextContent();
    for (ProfileResult profile : report.result().attackers().profiles()) {
      assertThat(labels).contains(profile.title(),
          Decimals.of(profile.risk().get(Mode.RESIDUAL)));
    }
  }

  @Test
  void treeWithoutProfilesHasNoChart() throws Exception {
    Document svg = parse(SvgDiagram.render(Trees.kerasRanges()));

    assertThat(elements(svg, "g", "attackers")).isEmpty();
  }
}
