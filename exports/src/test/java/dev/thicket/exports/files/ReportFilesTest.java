package dev.thicket.exports.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.pdf.Paper;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir Path folder;

  private final Report keras = Trees.keras();

  @Test
  void markdownReportLinksTheDiagramWrittenBesideIt() throws Exception {
    Path markdown = folder.resolve("Keras.MD");

    ReportFiles.writeMarkdown(keras, markdown);

    Path svg = folder.resolve("Keras.svg");
    assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg", "</svg>");
    assertThat(Files.readString(markdown)).contains("](<Keras.svg>)");
  }

  @Test
  void exportReplacesAnOlderReportAndLeavesNoTemporaryFile() throws Exception {
    Path pdf = folder.resolve("report.pdf");
    Files.writeString(pdf, "an older report");

    ReportFiles.writePdf(keras, Paper.A4, pdf);

    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(pdf);
    }
  }

  @Test
  void exportOverADirectoryFailsAndLeavesItAndNoTemporaryFile() throws Exception {
    Path taken = Files.createDirectory(folder.resolve("report.svg"));
    Files.writeString(taken.resolve("inside.txt"), "kept");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportFiles.writeSvg(keras, taken))
        .isInstanceOf(java.io.IOException.class);

    assertThat(Files.readString(taken.resolve("inside.txt"))).isEqualTo("kept");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(taken);
    }
  }
}
