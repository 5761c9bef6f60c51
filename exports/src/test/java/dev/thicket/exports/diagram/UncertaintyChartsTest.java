package dev.thicket.exports.diagram;

import static dev.thicket.exports.diagram.SvgDiagramTest.elements;
import static dev.thicket.exports.diagram.SvgDiagramTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.Trees;
import dev.thicket.exports.report.UncertaintyText;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.UncertaintyResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The histogram and tornado of a report's uncertainty, read back from the SVG. */
class UncertaintyChartsTest {

  private static List<Double> numbers(Element path) {
    return List.of(path.getAttribute("d").split("[A-Za-z ]+")).stream()
        .filter(part -> !part.isEmpty()).map(Double::parseDouble).toList();
  }

  @Test
  void histogramBarsAreAsHighAsTheirCountsAndMarkThePercentiles() throws Exception {
    Report report = Trees.kerasRanges();
    UncertaintyResult result = report.uncertainty().orElseThrow();
    Document svg = parse(SvgDiagram.render(report));

    List<Element> bars = elements(svg, "path", "bar");
    List<Integer> counts = new ArrayList<>();
    for (int count : UncertaintyText.histogram(result, UncertaintyChartLayout.BINS).counts()) {
      if (count > 0) {
        counts.add(count);
      }
    }
    assertThat(bars).hasSize(counts.size());
    int tallest = counts.indexOf(counts.stream().max(Integer::compare).orElseThrow());
    double perSample = height(bars.get(tallest)) / counts.get(tallest);
    for (int i = 0; i < bars.size(); i++) {
      assertThat(height(bars.get(i))).as("bar %d", i)
          .isCloseTo(counts.get(i) * perSample, within(0.02));
    }
    List<String> labels = elements(svg, "text", "percentile").stream()
        .map(Element::getTextContent).toList();
    assertThat(labels).contains("P5 " + Decimals.of(result.risk().get(Mode.RESIDUAL).p5()),
        "P50 " + Decimals.of(result.risk().get(Mode.RESIDUAL).p50()),
        "P95 " + Decimals.of(result.risk().get(Mode.RESIDUAL).p95()));
    assertThat(elements(svg, "text", "threshold")).extracting(Element::getTextContent)
        .containsExactly("high risk " + Decimals.of(result.highRiskThreshold()));
  }

  @Test
  void tornadoHasTwoHalvesPerEstimateWidestFirst() throws Exception {
    Report report = Trees.kerasRanges();
    UncertaintyResult result = report.uncertainty().orElseThrow();
    Document svg = parse(SvgDiagram.render(report));

    List<Element> halves = elements(svg, "path", "swing");

    assertThat(halves).hasSize(2 * result.tornado().size());
    double previous = Double.POSITIVE_INFINITY;
    for (int i = 0; i < halves.size(); i += 2) {
      double span = Math.abs(numbers(halves.get(i)).get(2) - numbers(halves.get(i + 1)).get(2));
      assertThat(span).isLessThanOrEqualTo(previous + 1e-6);
      previous = span;
    }
    double base = numbers(halves.get(0)).get(0);
    double low = numbers(halves.get(0)).get(2);
    double high = numbers(halves.get(1)).get(2);
    assertThat(low).isLessThan(base);
    assertThat(high).isGreaterThan(base);
  }

  @Test
  void aTreeWithoutRangesHasNeitherChart() throws Exception {
    Document svg = parse(SvgDiagram.render(Trees.keras()));

    assertThat(elements(svg, "g", "histogram")).isEmpty();
    assertThat(elements(svg, "g", "tornado")).isEmpty();
    assertThat(elements(svg, "g", "funding")).hasSize(1);
  }

  private static double height(Element bar) {
    List<Double> numbers = numbers(bar);
    return numbers.get(1) - numbers.get(3);
  }
}
