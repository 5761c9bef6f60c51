package dev.thicket.exports.pdf;

import dev.thicket.model.score.ScoredTree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.ReportSource;
import dev.thicket.exports.report.Trees;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link PdfReport}, read back with PDFBox's text extraction. */
class PdfReportTest {
  private static Report keras;
  private static byte[] kerasPdf;

  @BeforeAll
  static void renderKeras() {
    keras = Trees.keras();
    kerasPdf = PdfReport.render(keras, Paper.A4);
  }

  private static String text(byte[] pdf, int firstPage, int lastPage) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(firstPage);
      stripper.setEndPage(lastPage);
      return stripper.getText(document);
    }
  }

  private static String text(byte[] pdf) throws IOException {
    return text(pdf, 1, Integer.MAX_VALUE);
  }

  @Test
  void firstPageNamesTheTreeTheFileTheHashAndTheMode() throws IOException {
    assertThat(text(kerasPdf, 1, 1)).contains("Risk report", "Compromise a Keras application",
        "keras.yaml", "2026-11-27", keras.source().shortHash(),
        "residual (implemented mitigations counted)",
        "4 scenarios (minimal cut sets), 4 listed, 1 high-risk (risk ≥ 0.25).");
  }

  @Test
  void summaryShowsProbabilityAndRiskOfEveryMode() throws IOException {
    assertThat(text(kerasPdf, 1, 1)).contains(
        "inherent " + Decimals.of(keras.result().probability().get(
            dev.thicket.model.analysis.Mode.INHERENT)),
        "residual 0.04101 0.4101", "planned 0.02092 0.2092");
  }

  @Test
  void scenarioRowsCarryTheAnalysisNumbers() throws IOException {
    String text = text(kerasPdf);
    List<Scenario> scenarios = keras.scenarios();
    for (int i = 0; i < scenarios.size(); i++) {
      assertThat(text).contains("\n" + (i + 1) + " " + keras.node(
          scenarios.get(i).leaves().get(0)).title().substring(0, 10),
          Decimals.of(scenarios.get(i).probability()) + " "
              + Decimals.of(scenarios.get(i).risk()) + " ");
    }
    assertThat(text).contains("rce → dependencies → dep-vulns", "dependency-updates yes");
  }

  @Test
  void everyPageHasTheHeaderAndItsNumber() throws IOException {
    try (PDDocument document = Loader.loadPDF(kerasPdf)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(4);
      for (int page = 1; page <= pages; page++) {
        assertThat(text(kerasPdf, page, page)).contains("Page " + page + " of " + pages,
            "Risk report: Compromise a Keras application");
      }
    }
  }

  @Test
  void paperIsA4ByDefaultAndLetterOnRequest() throws IOException {
    try (PDDocument a4 = Loader.loadPDF(kerasPdf);
        PDDocument letter = Loader.loadPDF(PdfReport.render(keras, Paper.LETTER))) {
      assertThat(size(a4.getPage(0))).containsExactly(PDRectangle.A4.getWidth(),
          PDRectangle.A4.getHeight());
      assertThat(size(letter.getPage(0))).containsExactly(PDRectangle.LETTER.getWidth(),
          PDRectangle.LETTER.getHeight());
    }
  }

  @Test
  void diagramPageTurnsToLandscapeForAWideTree() throws IOException {
    try (PDDocument document = Loader.loadPDF(kerasPdf)) {
      assertThat(size(document.getPage(1))).containsExactly(PDRectangle.A4.getHeight(),
          PDRectangle.A4.getWidth());
      assertThat(text(kerasPdf, 2, 2)).contains("Tree diagram", "Execute arbitrary code",
          "very high: 0.75 ≤ risk", "on a high-risk path");
    }
  }

  @Test
  void everyFontOnEveryPageIsEmbedded() throws IOException {
    try (PDDocument document = Loader.loadPDF(kerasPdf)) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          var font = page.getResources().getFont(name);
          fonts.add(font.getName());
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
      assertThat(fonts).anyMatch(name -> name.endsWith("LiberationSans"))
          .anyMatch(name -> name.endsWith("LiberationSans-Bold"));
    }
  }

  @Test
  void hostileAndUnicodeTextIsWrittenLiterallyOrVisiblyReplaced() throws IOException {
    String text = text(PdfReport.render(Trees.report(Trees.hostile()), Paper.A4));

    assertThat(text).contains(Trees.NASTY, "Both | of *them*", "Shared `step` & <b>",
        "????? ? Ωmega");
  }

  @Test
  void treeTooWideForAPageIsDrawnOneBranchAtATime() throws IOException {
    AttackTree tree = TreeGenerator.generate(500, 0.1, 42);
    Report report = Report.of(ScoredTree.analyse(tree, AnalysisOptions.DEFAULT),
        ReportSource.unsaved("generated.yaml", "", Trees.DATE));

    assertThat(text(PdfReport.render(report, Paper.A4)))
        .contains("Tree diagram, branch 1 of ", "(part 1 of ");
  }

  @Test
  void rootWithManyChildrenIsTiledWholeNotDrawnPerChild() throws IOException {
    List<Node> nodes = new java.util.ArrayList<>();
    List<String> leaves = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      leaves.add("leaf-" + i);
      nodes.add(Node.leaf("leaf-" + i, "Step " + i, Estimate.of(0.01)));
    }
    nodes.add(0, Node.gate("goal", "Goal", Gate.OR, 0, leaves));
    AttackTree tree = new AttackTree("Wide", null, "goal", nodes, List.of(), null,
        AnalysisSettings.NONE, java.util.Map.of());
    Report report = Report.of(ScoredTree.analyse(tree, AnalysisOptions.DEFAULT),
        ReportSource.unsaved("wide.yaml", "", Trees.DATE));

    String text = text(PdfReport.render(report, Paper.A4));

    assertThat(text).contains("Tree diagram (part 1 of ").doesNotContain("branch 1 of");
  }

  private static List<Float> size(PDPage page) {
    return List.of(page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
  }
}
