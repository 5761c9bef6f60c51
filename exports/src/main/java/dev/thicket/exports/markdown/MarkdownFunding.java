package dev.thicket.exports.markdown;

import static dev.thicket.exports.MarkdownText.escape;

import dev.thicket.exports.MarkdownText;
import dev.thicket.exports.report.FundingText;
import dev.thicket.exports.report.Report;
import dev.thicket.model.analysis.PlanFront;
import dev.thicket.model.tree.Mitigation;

/** The "What to fund" section of {@link MarkdownReport}: sentences and the front as a table. */
final class MarkdownFunding {
  private MarkdownFunding() {}

  /**
   * @param svgFileName the diagram written beside the report, under which its chart is drawn;
   *     {@code null} for none
   */
  static void section(StringBuilder md, Report report, String svgFileName) {
    md.append("## ").append(FundingText.HEADING).append("\n\n");
    if (report.funding().front().isEmpty()) {
      paragraph(md, FundingText.unavailable(report.funding()));
      return;
    }
    PlanFront front = report.funding().front().get();
    if (front.candidates().isEmpty()) {
      paragraph(md, FundingText.noCandidates());
    } else {
      paragraph(md, FundingText.intro(front));
      FundingText.budget(report, front)
          .ifPresent(sentence -> md.append("**").append(escape(sentence)).append("**\n\n"));
      FundingText.planned(report, front).ifPresent(sentence -> paragraph(md, sentence));
      FundingText.rowsNote(report, front).ifPresent(sentence -> paragraph(md, sentence));
      md.append("| ").append(String.join(" | ", FundingText.COLUMNS))
          .append(" |\n|---|---:|---:|---:|---|\n");
      for (FundingText.Row row : FundingText.rows(report)) {
        String plan = escape(row.plan());
        md.append("| ").append(row.best() ? "**" + plan + "**" : plan).append(" | ")
            .append(row.cost()).append(" | ").append(row.risk()).append(" | ")
            .append(row.reduction()).append(" | ").append(MarkdownReport.ids(row.mitigations()))
            .append(" |\n");
      }
      md.append('\n');
      if (svgFileName != null) {
        paragraph(md, "The chart of these plans (cost across, risk up) is drawn under the tree "
            + "diagram in " + svgFileName + ".");
      }
      md.append("Candidates:\n\n");
      for (Mitigation candidate : FundingText.candidates(report, front)) {
        md.append("- ").append(MarkdownText.code(candidate.id())).append(": ")
            .append(escape(FundingText.candidate(candidate))).append('\n');
      }
      md.append('\n');
    }
    FundingText.uncosted(report, front).ifPresent(sentence -> paragraph(md, sentence));
  }

  private static void paragraph(StringBuilder md, String text) {
    md.append(escape(text)).append("\n\n");
  }
}
