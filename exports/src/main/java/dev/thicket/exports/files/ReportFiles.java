package dev.thicket.exports.files;

import dev.thicket.exports.diagram.SvgDiagram;
import dev.thicket.exports.markdown.MarkdownReport;
import dev.thicket.exports.pdf.Paper;
import dev.thicket.exports.pdf.PdfReport;
import dev.thicket.exports.report.Report;
import dev.thicket.model.io.TreeWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a report to files, each atomically (rendered first, then written beside the target and
 * moved over it): a failed export leaves an older report as it was. The CLI's {@code report} and
 * the editor's File → Export both write through here.
 */
public final class ReportFiles {
  private ReportFiles() {}

  public static void writePdf(Report report, Paper paper, Path target) throws IOException {
    TreeWriter.saveBytes(PdfReport.render(report, paper), target);
  }

  public static void writeSvg(Report report, Path target) throws IOException {
    TreeWriter.saveText(SvgDiagram.render(report), target);
  }

  /** Writes the Markdown report and its tree diagram beside it ({@link #svgBeside}). */
  public static void writeMarkdown(Report report, Path target) throws IOException {
    Path svg = svgBeside(target);
    TreeWriter.saveText(SvgDiagram.render(report), svg);
    TreeWriter.saveText(MarkdownReport.render(report, svg.getFileName().toString()), target);
  }

  /** {@code report.md} → {@code report.svg}; any other name gets {@code .svg} appended. */
  public static Path svgBeside(Path markdown) {
    String name = markdown.getFileName().toString();
    String base = name.toLowerCase(Locale.ROOT).endsWith(".md")
        ? name.substring(0, name.length() - 3) : name;
    return markdown.resolveSibling(base + ".svg");
  }
}
