package dev.thicket.exports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.HeatScale;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.ReportSource;
import dev.thicket.exports.report.Trees;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.MitigationEffect;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.score.MitigationScore;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  static String text(byte[] pdf) throws IOException {
    return text(pdf, 1, Integer.MAX_VALUE);
  }

  /** The lines of text as a reader sees them, left to right and top to bottom of each page. */
  static List<String> linesAsSeen(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).lines().toList();
    }
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
      assertThat(text).contains("\n" + (i + 1) + " " + keras.tree().node(
          scenarios.get(i).leaves().get(0)).title().substring(0, 10),
          Decimals.of(scenarios.get(i).probability()) + " "
              + Decimals.of(scenarios.get(i).risk()) + " ");
    }
    assertThat(text).contains("rce → dependencies → dep-vulns", "dependency-updates yes");
  }

  @Test
  void aScenarioOfManyPathsShowsOnePathToEachLeafAndHowManyMore() throws IOException {
    String text = text(PdfReport.render(Trees.report(Trees.diamonds(4)), Paper.A4));

    assertThat(text.replaceAll("\\s+", " "))
        .contains("goal → a1 → a2 → a3 → a4 → step; and 15 more paths")
        .doesNotContain("goal → b1");
  }

  @Test
  void diagramColoursKerasDependenciesAboveTheLikelierMaliciousModel() throws IOException {
    Map<String, Integer> bands = new HashMap<>();
    try (PDDocument document = Loader.loadPDF(kerasPdf)) {
      RenderedPage diagram = RenderedPage.of(document, 1);
      for (NodeScore node : keras.scored().nodes()) {
        bands.put(node.id(), band(diagram.colourBehind(node.id() + " · ")));
      }
    }

    assertThat(keras.scored().node("malicious-code").probability())
        .isGreaterThan(keras.scored().node("dep-vulns").probability());
    for (String high : List.of("dep-vulns", "dependencies")) {
      for (String low : List.of("malicious-code", "deserialization-exploit")) {
        assertThat(bands.get(high)).as(high + " above " + low).isGreaterThan(bands.get(low));
      }
    }
    for (NodeScore node : keras.scored().nodes()) {
      assertThat(bands.get(node.id())).as(node.id())
          .isEqualTo(keras.scored().bands().band(node.contribution()));
    }
  }

  @Test
  void diagramBoxesGiveProbabilityAndTheRiskRemovedIfBlocked() throws IOException {
    NodeScore depVulns = keras.scored().node("dep-vulns");

    assertThat(text(kerasPdf, 2, 2)).contains("dep-vulns · leaf", "P "
        + Decimals.of(depVulns.probability()) + " · if blocked −"
        + Decimals.of(depVulns.contribution()),
        "Colour: risk removed if this node is blocked");
  }

  @Test
  void mitigationRowsCarryTheScoredTreesNumbers() throws IOException {
    List<String> lines = linesAsSeen(kerasPdf);

    for (MitigationScore score : keras.scored().mitigations()) {
      MitigationEffect effect = score.effect();
      assertThat(lines).filteredOn(line -> line.startsWith(score.mitigation().id() + " "
          + score.mitigation().status().keyword() + " ")).singleElement().asString()
          .endsWith(" " + Decimals.of(effect.riskWithout()) + " "
              + Decimals.of(effect.riskWith()) + " " + Decimals.of(effect.riskIfPerfect()) + " "
              + Decimals.of(effect.reduction()));
    }
  }

  /** A mitigation's description and references are in the report, after its table. */
  @Test
  void everyMitigationsDescriptionIsInTheReport() throws IOException {
    // the running text, without the header and number of each page it crosses
    String text = text(kerasPdf).lines()
        .filter(line -> !line.matches("Page \\d+ of \\d+") && !line.contains(" · SHA-256 ")
            && !line.equals("Risk report: " + keras.tree().title()))
        .collect(java.util.stream.Collectors.joining(" "));

    for (Mitigation mitigation : keras.tree().mitigations().values()) {
      assertThat(text).as(mitigation.id()).contains(mitigation.id() + " ("
          + mitigation.title() + "): " + mitigation.description()
          + (mitigation.references().isEmpty() ? ""
              : " References: " + String.join("; ", mitigation.references())));
    }
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
          "very high: 0.75 or more", "on a high-risk path");
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

    assertThat(text).doesNotContain("\u202E").contains(Trees.NASTY_SHOWN, "Both | of *them*",
        "Shared `step` & <b>");
  }

  /**
   * Japanese once came out as "?????". It is drawn in a system font that has it (CI installs
   * Debian's fonts-droid-fallback when no font covers Japanese); what no font has, the emoji
   * here, as its code.
   */
  @Test
  void textTheEmbeddedFontLacksIsDrawnInAFontThatHasItOrAsItsCode() throws IOException {
    String text = text(PdfReport.render(Trees.report(Trees.hostile()), Paper.A4));

    assertThat(text).contains("攻撃ツリー").contains("Ωmega").doesNotContain("????");
    assertThat(text).containsAnyOf("🌳", "[U+1F333]");
  }

  @Test
  void treeTooWideForAPageIsDrawnOneBranchAtATime() throws IOException {
    AttackTree tree = TreeGenerator.generate(500, 0.1, 42);
    Report report = Report.of(ScoredTree.analyse(tree, AnalysisOptions.DEFAULT),
        ReportSource.unsaved("generated.yaml", "", Trees.DATE));

    String text = text(PdfReport.render(report, Paper.A4)).replaceAll("\\s+", " ");

    assertThat(text).contains("Tree diagram, branch 1 of ", "(part 1 of ");
    List<String> branches = tree.rootNode().children();
    int last = text.indexOf("Too wide for a page, the tree is drawn one branch");
    assertThat(last).isPositive();
    for (int i = 0; i < branches.size(); i++) { // the map: one row per branch, in page order
      NodeScore score = report.scored().node(branches.get(i));
      String row = (i + 1) + " " + tree.node(score.id()).title() + " (" + score.id() + ") "
          + (score.gateLabel().isEmpty() ? "leaf" : score.gateLabel()) + " "
          + Decimals.of(score.probability()) + " " + Decimals.of(score.contribution()) + " "
          + HeatScale.NAMES.get(score.band());
      assertThat(text.indexOf(row, last)).as(row).isGreaterThan(last);
      last = text.indexOf(row, last);
    }
    assertThat(text.indexOf("Tree diagram, branch 1 of ")).isGreaterThan(last);
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

  /** The band whose colour {@code rgb} is, within rounding. */
  private static int band(int rgb) {
    for (int band = 0; band < HeatScale.COLOURS.size(); band++) {
      int colour = Integer.parseInt(HeatScale.COLOURS.get(band).substring(1), 16);
      if (Math.abs((rgb >> 16) - (colour >> 16)) <= 2
          && Math.abs((rgb >> 8 & 0xff) - (colour >> 8 & 0xff)) <= 2
          && Math.abs((rgb & 0xff) - (colour & 0xff)) <= 2) {
        return band;
      }
    }
    throw new AssertionError(String.format("#%06x is no band's colour", rgb));
  }

  private static List<Float> size(PDPage page) {
    return List.of(page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
  }
}
