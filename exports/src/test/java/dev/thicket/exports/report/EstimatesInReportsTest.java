package dev.thicket.exports.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.markdown.MarkdownReport;
import dev.thicket.exports.pdf.Paper;
import dev.thicket.exports.pdf.PdfReport;
import dev.thicket.model.estimation.RoundSummary;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Vote;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

/** The estimation rounds' spread beside each estimated value, in Markdown and PDF. */
class EstimatesInReportsTest {
  private static final List<Vote> LEAF_VOTES = List.of(
      new Vote("AB", Estimate.of(0.2), 1), new Vote("CD", Estimate.of(0.6), 1),
      new Vote("AB", Estimate.level("low"), 2), new Vote("CD", Estimate.of(0.2), 2),
      new Vote("EF", Estimate.of(0.15), 2));
  private static final List<Vote> MITIGATION_VOTES = List.of(
      new Vote("GH", Estimate.of(0.7), 1), new Vote("IJ", Estimate.of(0.9), 1));

  private static Report report() throws Exception {
    AttackTree keras = TreeReader.read(Trees.KERAS);
    AttackTree tree = keras.withNode(keras.node("dep-vulns").withEstimates(LEAF_VOTES))
        .withMitigation(keras.mitigations().get("dependency-updates")
            .withEstimates(MITIGATION_VOTES));
    return Trees.report(tree);
  }

  @Test
  void markdownAndPdfShowTheLastRoundsSpreadOfALeafAndAMitigation() throws Exception {
    Report report = report();
    RoundSummary leafRound = RoundSummary.of(LEAF_VOTES.subList(2, 5),
        report.tree().scales().likelihood());
    // commonmark's plain text puts code spans in quotes
    String markdown = TextContentRenderer.builder().build().render(
        Parser.builder().build().parse(MarkdownReport.render(report, "x.svg")));
    String pdf;
    try (PDDocument document = Loader.loadPDF(PdfReport.render(report, Paper.A4))) {
      pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    for (String text : List.of(markdown.replace("\"", "").replaceAll("\\s+", " "), pdf)) {
      assertThat(text).contains("round 2 (2 rounds), 3 estimates")
          .contains("lowest " + leafRound.min().value() + " (" + leafRound.min().by() + ")")
          .contains("median " + leafRound.median().value())
          .contains("highest " + leafRound.max().value() + " (" + leafRound.max().by() + ")")
          .contains("dependency-updates estimated in round 1, 2 estimates: lowest 0.7 (GH)");
    }
  }
}
