package dev.thicket.exports.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.ReportSource;
import dev.thicket.exports.report.Trees;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.UncertaintyAnalysis;
import dev.thicket.model.analysis.UncertaintyOptions;
import dev.thicket.model.analysis.UncertaintyResult;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.score.ScoredTree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/** The "Uncertainty" section of {@link MarkdownReport}, parsed back. */
class MarkdownUncertaintyTest {

  /** The blocks between the section's heading and the next one; empty without the section. */
  private static List<Node> section(Report report) {
    List<Node> blocks = new ArrayList<>();
    boolean inside = false;
    for (Node node = MarkdownReportTest.parse(report).getFirstChild(); node != null;
        node = node.getNext()) {
      if (node instanceof Heading heading && heading.getLevel() <= 2) {
        inside = MarkdownReportTest.text(heading).equals("Uncertainty");
      } else if (inside) {
        blocks.add(node);
      }
    }
    return blocks;
  }

  private static List<TableBlock> tables(List<Node> blocks) {
    return blocks.stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast)
        .toList();
  }

  @Test
  void tabulatesTheSpreadAndTornadoOfAnIndependentRun() throws Exception {
    Report report = Trees.kerasRanges();
    UncertaintyResult expected =
        UncertaintyAnalysis.run(TreeReader.read(Trees.KERAS_RANGES), UncertaintyOptions.DEFAULT);

    List<TableBlock> tables = tables(section(report));

    assertThat(tables).hasSize(2);
    List<List<String>> spread = MarkdownReportTest.rows(tables.get(0));
    assertThat(spread).hasSize(7);
    assertThat(spread.get(2)).containsExactly("residual risk",
        Decimals.of(expected.risk().get(Mode.RESIDUAL).mean()),
        Decimals.of(expected.risk().get(Mode.RESIDUAL).standardDeviation()),
        Decimals.of(expected.risk().get(Mode.RESIDUAL).p5()),
        Decimals.of(expected.risk().get(Mode.RESIDUAL).p50()),
        Decimals.of(expected.risk().get(Mode.RESIDUAL).p95()),
        Decimals.of(100 * expected.shareAtOrAboveHighRisk().get(Mode.RESIDUAL)) + " %");
    List<List<String>> tornado = MarkdownReportTest.rows(tables.get(1));
    assertThat(tornado).hasSize(1 + expected.tornado().size());
    assertThat(tornado.get(1).get(0)).isEqualTo(
        "Leverage known vulnerabilities in underlying libraries (TensorFlow, NumPy, SciPy) "
            + "(likelihood)");
    assertThat(tornado.get(1).get(4)).isEqualTo(Decimals.of(expected.tornado().get(0).swing()));
  }

  @Test
  void theHistogramCountsEverySampleOnce() {
    Report report = Trees.kerasRanges();

    String chart = section(report).stream().filter(FencedCodeBlock.class::isInstance)
        .map(block -> ((FencedCodeBlock) block).getLiteral()).findFirst().orElseThrow();

    assertThat(chart).startsWith("xychart-beta\n");
    String bars = chart.substring(chart.indexOf("bar [") + 5, chart.indexOf(']',
        chart.indexOf("bar [")));
    assertThat(Arrays.stream(bars.split(", ")).mapToInt(Integer::parseInt).toArray())
        .hasSize(MarkdownUncertainty.BINS)
        .satisfies(counts -> assertThat(Arrays.stream(counts).sum())
            .isEqualTo(UncertaintyOptions.DEFAULT_SAMPLES));
  }

  @Test
  void aTreeWithoutRangesHasNoSection() {
    assertThat(MarkdownReport.render(Trees.keras(), null)).doesNotContain("## Uncertainty");
  }

  @Test
  void hostileTitlesInTheTornadoBreakNoTable() {
    Report report = Report.of(ScoredTree.analyse(Trees.hostileRanged(), AnalysisOptions.DEFAULT),
        ReportSource.of("hostile.yaml", new byte[0], Trees.DATE));

    List<List<String>> tornado = MarkdownReportTest.rows(tables(section(report)).get(1));

    assertThat(tornado).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(5));
    assertThat(tornado.subList(1, 3)).extracting(row -> row.get(0))
        .containsExactlyInAnyOrder(Trees.NASTY_SHOWN + " (likelihood)",
            Trees.NASTY_SHOWN + " (effectiveness)");
  }
}
