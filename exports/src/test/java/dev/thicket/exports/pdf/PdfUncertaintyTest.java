package dev.thicket.exports.pdf;

import static dev.thicket.exports.pdf.PdfReportTest.linesAsSeen;
import static dev.thicket.exports.pdf.PdfReportTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.Trees;
import dev.thicket.exports.report.UncertaintyText;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Spread;
import dev.thicket.model.analysis.UncertaintyResult;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Uncertainty" section of {@link PdfReport}, read back with PDFBox's text extraction. */
class PdfUncertaintyTest {

  @Test
  void sectionHasTheSpreadHistogramAndTornadoOfTheRun() throws IOException {
    Report report = Trees.kerasRanges();
    UncertaintyResult result = report.uncertainty().orElseThrow();
    byte[] pdf = PdfReport.render(report, Paper.A4);
    String text = text(pdf);
    List<String> lines = linesAsSeen(pdf);

    Spread residual = result.risk().get(Mode.RESIDUAL);
    assertThat(text.replace('\n', ' ')).contains(UncertaintyText.summary(result));
    assertThat(text).contains("Residual risk of 10,000 samples",
        "P50 " + Decimals.of(residual.p50()), "Which estimates matter (residual risk)");
    String residualRow = "residual risk " + Decimals.of(residual.mean()) + " "
        + Decimals.of(residual.standardDeviation()) + " " + Decimals.of(residual.p5());
    assertThat(lines).anyMatch(line -> line.startsWith(residualRow));
    assertThat(lines).anyMatch(line -> line.contains("0.03 / 0.1 / 0.3 "
        + Decimals.of(result.tornado().get(0).riskAtLow())));
  }

  @Test
  void aTreeWithoutRangesHasNoSection() throws IOException {
    assertThat(text(PdfReport.render(Trees.keras(), Paper.A4)))
        .doesNotContain("Residual risk of").doesNotContain("Which estimates matter");
  }
}
