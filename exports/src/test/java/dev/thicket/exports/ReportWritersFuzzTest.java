package dev.thicket.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.thicket.exports.diagram.SvgDiagram;
import dev.thicket.exports.markdown.MarkdownReport;
import dev.thicket.exports.pdf.Paper;
import dev.thicket.exports.pdf.PdfReport;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.ReportSource;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Jazzer target for the report writers: a small tree built from the fuzzer's data ({@link
 * FuzzedTrees}) must save to text that reads back to the same tree, and is analysed and rendered
 * as Markdown, SVG and PDF, each of which must be well formed (tables intact, XML that parses, a
 * PDF that opens). In {@code mvn verify} it replays the inputs
 * under {@code ReportWritersFuzzTestInputs/}; fuzzing mode is described in docs/NOTES.md
 * ("Fuzzing").
 */
class ReportWritersFuzzTest {
  private static final LocalDate DATE = LocalDate.of(2026, 11, 29);

  @FuzzTest
  void rendersWellFormedReportsOfAnyTree(FuzzedDataProvider data) throws Exception {
    String fileName = data.consumeString(30);
    boolean letter = data.consumeBoolean();
    AttackTree tree = FuzzedTrees.tree(data);
    String yaml = TreeWriter.toYaml(tree);
    AttackTree back;
    try {
      back = TreeReader.read("fuzzed.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    } catch (TreeFileException refused) {
      throw new AssertionError("the saved text of a valid tree is refused:\n"
          + refused.getMessage() + "\n--- text ---\n" + yaml, refused);
    }
    assertThat(TreeWriter.toYaml(back)).as("the tree read back writes the same text")
        .isEqualTo(yaml);
    Report report = Report.of(ScoredTree.analyse(tree, AnalysisOptions.DEFAULT),
        ReportSource.unsaved(fileName, yaml, DATE));

    ReportChecks.assertWellFormedMarkdown(MarkdownReport.render(report, "report.svg"),
        tree.nodes().size());
    ReportChecks.assertWellFormedSvg(SvgDiagram.render(report));
    try (PDDocument pdf = Loader.loadPDF(PdfReport.render(report, letter ? Paper.LETTER
        : Paper.A4))) {
      assertThat(pdf.getNumberOfPages()).isPositive();
      assertThat(new PDFTextStripper().getText(pdf)).contains("Risk report");
    }
  }
}
