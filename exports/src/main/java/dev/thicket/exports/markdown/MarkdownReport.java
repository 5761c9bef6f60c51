package dev.thicket.exports.markdown;

import static dev.thicket.exports.MarkdownText.escape;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.MarkdownText;
import dev.thicket.exports.report.HeatScale;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.ReportMethod;
import dev.thicket.exports.report.ReportText;
import dev.thicket.exports.report.RiskMatrix;
import dev.thicket.model.analysis.MitigationEffect;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.NodeImportance;
import dev.thicket.model.analysis.Scenario;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report as CommonMark with GFM tables, readable in a git repository: summary, Mermaid
 * flowchart and linked SVG of the tree, scenarios, critical nodes, risk matrix, attackers (when
 * the tree has attacker data), mitigations and gaps, what to fund, uncertainty, node catalogue
 * and method. Every string from the tree file is {@linkplain
 * MarkdownText escaped}; the report has no raw HTML and no link. A pure function of the report.
 */
public final class MarkdownReport {
  /** Trees with more nodes get no Mermaid chart (hosts refuse or cannot lay out big ones). */
  public static final int MERMAID_MAX_NODES = 150;

  private MarkdownReport() {}

  /**
   * @param svgFileName the diagram written beside the report, shown as an image; {@code null}
   *     for none
   */
  public static String render(Report report, String svgFileName) {
    StringBuilder md = new StringBuilder(16_384);
    header(md, report);
    summary(md, report);
    diagram(md, report, svgFileName);
    MarkdownSections.scenarios(md, report);
    MarkdownSections.criticalNodes(md, report);
    riskMatrix(md, report);
    MarkdownAttackers.section(md, report);
    MarkdownSections.mitigations(md, report);
    MarkdownFunding.section(md, report, svgFileName);
    MarkdownUncertainty.section(md, report);
    MarkdownSections.catalogue(md, report);
    md.append("## Method\n\n");
    for (ReportMethod.Paragraph paragraph : ReportMethod.of(report)) {
      md.append("**").append(escape(paragraph.title())).append(".** ")
          .append(escape(paragraph.text())).append("\n\n");
    }
    return md.toString();
  }

  private static void header(StringBuilder md, Report report) {
    md.append("# Risk report: ").append(escape(report.tree().title())).append("\n\n")
        .append("| | |\n|---|---|\n")
        .append("| Tree | ").append(escape(report.tree().title())).append(" |\n")
        .append("| File | ").append(escape(report.source().fileName())).append(" |\n")
        .append("| Date | ").append(report.source().date()).append(" |\n")
        .append("| SHA-256 | `").append(report.source().shortHash()).append("` |\n")
        .append("| Mode | ").append(escape(ReportText.mode(report.mode()))).append(" |\n\n");
    if (report.tree().description() != null) {
      md.append(escape(report.tree().description())).append("\n\n");
    }
  }

  private static void summary(StringBuilder md, Report report) {
    md.append("## Summary\n\n| mode | probability | risk |\n|---|---:|---:|\n");
    for (Mode mode : Mode.values()) {
      md.append("| ").append(mode.keyword()).append(" | ")
          .append(Decimals.of(report.result().probability().get(mode))).append(" | ")
          .append(Decimals.of(report.result().risk().get(mode))).append(" |\n");
    }
    md.append('\n').append(escape(ReportText.scenarioCounts(report))).append("\n\n");
    int top = Math.min(3, report.scenarios().size());
    if (top > 0) {
      md.append("Top risks (").append(report.mode().keyword()).append("):\n\n");
      for (int rank = 1; rank <= top; rank++) {
        md.append(rank).append(". ").append(escape(ReportText.topRisk(report, rank)))
            .append('\n');
      }
      md.append('\n');
    }
    if (!report.result().unestimated().isEmpty()) {
      md.append("Not estimated yet (computed with the medium level): ")
          .append(report.result().unestimated().stream().map(MarkdownText::code)
              .collect(Collectors.joining(", "))).append(".\n\n");
    }
  }

  private static void diagram(StringBuilder md, Report report, String svgFileName) {
    md.append("## Tree diagram\n\n");
    if (report.tree().nodes().size() <= MERMAID_MAX_NODES) {
      md.append("```mermaid\n").append(MermaidFlowchart.of(report)).append("```\n\n");
    } else {
      md.append("The tree has ").append(report.tree().nodes().size()).append(" nodes, more than ")
          .append(MERMAID_MAX_NODES).append(" that a Mermaid chart shows readably")
          .append(svgFileName != null ? "; see the SVG diagram below.\n\n" : ".\n\n");
    }
    if (svgFileName != null) {
      md.append("![Tree diagram](<").append(svgFileName.replaceAll("[<>\\\\\n\r]", "_"))
          .append(">)\n\n");
    }
    HeatScale heat = report.heat();
    md.append(escape(ReportText.colourCaption(report))).append(":\n\n");
    for (int band = 0; band < HeatScale.COLOURS.size(); band++) {
      md.append("- ").append(HeatScale.NAMES.get(band)).append(" (")
          .append(HeatScale.COLOURS.get(band)).append("): ").append(escape(heat.range(band)))
          .append('\n');
    }
    md.append("- under each title: id · gate, then P (the node's probability) and \"if blocked "
            + "−x\", the risk removed if it is blocked\n")
        .append("- thick red edge: on a path of a listed high-risk scenario\n")
        .append("- dashed edge: a further parent of a shared node (drawn once)\n")
        .append("- thick blue border, ▲: critical node (Fussell–Vesely ≥ ")
        .append(Decimals.of(report.result().criticalThreshold())).append(")\n\n");
  }

  private static void riskMatrix(StringBuilder md, Report report) {
    RiskMatrix matrix = report.riskMatrix();
    md.append("## Risk matrix\n\nListed scenarios by rank; rows: likelihood (")
        .append(report.mode().keyword()).append(" probability), columns: impact.\n\n")
        .append("| likelihood \\\\ impact |");
    matrix.impact().forEach(level -> md.append(' ').append(escape(level.name())).append(" (")
        .append(Decimals.of(level.value())).append(") |"));
    md.append("\n|---|").append("---|".repeat(matrix.impact().size())).append('\n');
    for (int row = matrix.likelihood().size() - 1; row >= 0; row--) {
      RiskMatrix.Level level = matrix.likelihood().get(row);
      md.append("| ").append(escape(level.name())).append(" (")
          .append(Decimals.of(level.value())).append(") |");
      for (int column = 0; column < matrix.impact().size(); column++) {
        List<Integer> ranks = matrix.ranks(row, column);
        String band = HeatScale.NAMES.get(report.scored().bands().band(
            level.value() * matrix.impact().get(column).value()));
        md.append(' ').append(ranks.isEmpty() ? "" : ranks.stream().map(rank -> "#" + rank)
            .collect(Collectors.joining(", ")) + " ").append('*').append(band).append("* |");
      }
      md.append('\n');
    }
    md.append('\n');
  }

  static String ids(List<String> ids) {
    return ids.isEmpty() ? "none" : ids.stream().map(MarkdownText::code)
        .collect(Collectors.joining(", "));
  }

  static String importance(NodeImportance node) {
    return Decimals.of(node.birnbaum()) + " | " + Decimals.of(node.fussellVesely()) + " | "
        + Decimals.of(node.raw()) + " | " + Decimals.of(node.rrw());
  }

  static String effect(MitigationEffect effect) {
    return Decimals.of(effect.riskWithout()) + " | " + Decimals.of(effect.riskWith()) + " | "
        + Decimals.of(effect.riskIfPerfect()) + " | " + Decimals.of(effect.reduction());
  }
}
