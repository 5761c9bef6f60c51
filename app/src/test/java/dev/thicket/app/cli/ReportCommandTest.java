package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.MitigationEffect;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.score.MitigationScore;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code thicket report}, run as a process on the Keras tree. */
class ReportCommandTest {
  @TempDir Path folder;

  @Test
  void markdownReportLinksTheSvgWrittenBesideIt() throws IOException {
    Path out = folder.resolve("keras-report.md");
    ThicketProcess.Result report = ThicketProcess.run("report", "../trees/keras.yaml",
        "--format", "md", "-o", out.toString());

    assertThat(report.exitCode()).isZero();
    assertThat(report.err()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .startsWith("# Risk report: Compromise a Keras application\n")
        .contains("| File | keras.yaml |", "![Tree diagram](<keras-report.svg>)",
            "```mermaid\nflowchart TD\n");
    assertThat(Files.readString(folder.resolve("keras-report.svg"), StandardCharsets.UTF_8))
        .startsWith("<?xml").contains("data-id=\"dep-vulns\"");
  }

  @Test
  void pdfReportOnLetterPaperInThePlannedMode() throws IOException {
    Path out = folder.resolve("keras.pdf");
    ThicketProcess.Result report = ThicketProcess.run("report", "../trees/keras.yaml",
        "--format", "pdf", "-o", out.toString(), "--paper", "letter", "--mode", "planned",
        "--top", "2");

    assertThat(report.exitCode()).isZero();
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      assertThat(pdf.getPage(0).getMediaBox().getWidth())
          .isEqualTo(PDRectangle.LETTER.getWidth());
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("planned (implemented and planned mitigations counted)",
              "4 scenarios (minimal cut sets), 2 listed");
    }
  }

  @Test
  void modeScoresImportanceAndMitigationEffectsToo() throws Exception {
    Path out = folder.resolve("planned.md");
    ThicketProcess.run("report", "../trees/keras.yaml", "--format", "md", "-o", out.toString(),
        "--mode", "planned");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    AttackTree keras = TreeReader.read(ThicketProcess.KERAS);
    ScoredTree planned = ScoredTree.analyse(keras,
        new AnalysisOptions(Mode.PLANNED, AnalysisOptions.DEFAULT_TOP, AnalysisSettings.NONE));
    ScoredTree residual = ScoredTree.analyse(keras, AnalysisOptions.DEFAULT);

    assertThat(lines).anyMatch(line -> line.contains("Fussell–Vesely importance ≥ 0.1 "
        + "(planned mode)"));
    for (MitigationScore score : planned.mitigations()) {
      MitigationEffect effect = score.effect();
      assertThat(cells(lines, "`" + score.mitigation().id() + "`").subList(6, 10))
          .as(score.mitigation().id()).containsExactly(Decimals.of(effect.riskWithout()),
              Decimals.of(effect.riskWith()), Decimals.of(effect.riskIfPerfect()),
              Decimals.of(effect.reduction()));
    }
    // the planned sandbox counts in planned mode: risk with it differs from residual mode's
    assertThat(planned.mitigations().get(0).mitigation().id()).isEqualTo("sandbox-loading");
    assertThat(planned.mitigations().get(0).effect().riskWith())
        .isNotEqualTo(residual.mitigations().get(0).effect().riskWith());
    assertThat(cells(lines, "`dep-vulns`").get(2))
        .isEqualTo(Decimals.of(planned.node("dep-vulns").contribution()));
  }

  @Test
  void svgFormatWritesTheDiagramAlone() throws IOException {
    Path out = folder.resolve("keras.svg");

    assertThat(ThicketProcess.run("report", "../trees/keras.yaml", "--format", "svg", "-o",
        out.toString()).exitCode()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).endsWith("</svg>\n");
  }

  @Test
  void invalidTreeExitsWithOneAndWritesNothing() throws IOException {
    Path tree = folder.resolve("bad.yaml");
    Files.writeString(tree, "format: attacktree/v1\ntitle: x\n");
    Path out = folder.resolve("bad.pdf");
    ThicketProcess.Result report = ThicketProcess.run("report", tree.toString(), "--format",
        "pdf", "-o", out.toString());

    assertThat(report.exitCode()).isEqualTo(ExitCodes.INVALID_TREE);
    assertThat(report.err()).contains("bad.yaml:1:1:");
    assertThat(out).doesNotExist();
  }

  @Test
  void unknownFormatOrPaperIsUsageError() {
    ThicketProcess.Result format = ThicketProcess.run("report", "../trees/keras.yaml",
        "--format", "docx", "-o", folder.resolve("x").toString());
    ThicketProcess.Result paper = ThicketProcess.run("report", "../trees/keras.yaml",
        "--format", "pdf", "--paper", "a3", "-o", folder.resolve("x").toString());

    assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(format.err()).contains("expected md, pdf or svg, not 'docx'");
    assertThat(paper.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(paper.err()).contains("expected a4 or letter, not 'a3'");
  }

  /** The cells of the first Markdown table row whose first cell is {@code first}. */
  private static List<String> cells(List<String> lines, String first) {
    String row = lines.stream().filter(line -> line.startsWith("| " + first + " | "))
        .findFirst().orElseThrow(() -> new AssertionError("no row " + first));
    return List.of(row.substring(2, row.length() - 2).split(" \\| "));
  }
}
