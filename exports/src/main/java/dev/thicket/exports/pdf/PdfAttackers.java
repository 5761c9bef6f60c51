package dev.thicket.exports.pdf;

import dev.thicket.exports.diagram.AttackerChartLayout;
import dev.thicket.exports.fonts.ReportFont;
import dev.thicket.exports.pdf.PdfTable.Column;
import dev.thicket.exports.report.AttackerReportText;
import dev.thicket.exports.report.Attackers;
import dev.thicket.exports.report.Report;
import dev.thicket.model.tree.AttackerProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Attackers" section of {@link PdfReport}, for trees with attacker data: the profiles
 * (table, bar chart of the risk per attacker, the riskiest scenarios within reach), the
 * cheapest, fastest and easiest attacks and the attack potential of the listed scenarios.
 */
final class PdfAttackers {
  private static final float BODY = 9;
  private static final float SUBHEADING = 11;

  private PdfAttackers() {}

  static void section(PdfPages pages, Report report) {
    if (report.attackers().isEmpty()) {
      return;
    }
    Attackers attackers = report.attackers().get();
    pages.heading(AttackerReportText.HEADING, PdfReport.headingSize(), 60);
    pages.paragraph(AttackerReportText.intro(), ReportFont.REGULAR, BODY);
    if (!attackers.profiles().isEmpty()) {
      pages.heading("Attacker profiles", SUBHEADING, 60);
      pages.paragraph(AttackerReportText.profilesIntro(report), ReportFont.REGULAR, BODY);
      new PdfTable(columns(AttackerReportText.profileColumns(report.mode()),
          new float[] {2.2f, 3, 1, 1, 1}, "llrrr"), PdfReport.tableSize())
          .draw(pages, AttackerReportText.profileRows(report, attackers), row -> null);
      List<AttackerProfile> described = AttackerReportText.describedProfiles(attackers);
      if (!described.isEmpty()) {
        pages.paragraph(AttackerReportText.PROFILES_DESCRIBED, ReportFont.REGULAR, BODY);
        for (AttackerProfile profile : described) {
          pages.paragraph("• " + profile.title() + " (" + profile.id() + "): "
              + profile.description().replace('\n', ' '), ReportFont.REGULAR, BODY);
        }
      }
      AttackerChartLayout.of(report, pages.width(), BODY)
          .ifPresent(chart -> PdfChart.draw(pages, chart));
      pages.paragraph(AttackerReportText.reachIntro(report), ReportFont.REGULAR, BODY);
      new PdfTable(List.of(new Column(AttackerReportText.REACH_COLUMNS.get(0), 1.6f, false),
          new Column(AttackerReportText.REACH_COLUMNS.get(1), 3.4f, false),
          new Column(AttackerReportText.REACH_COLUMNS.get(2), 0.7f, true),
          new Column(AttackerReportText.REACH_COLUMNS.get(3), 0.7f, true),
          new Column(AttackerReportText.REACH_COLUMNS.get(4), 0.7f, true),
          new Column(AttackerReportText.REACH_COLUMNS.get(5), 1.3f, false)),
          PdfReport.tableSize())
          .draw(pages, AttackerReportText.reachRows(report, attackers), row -> null);
    }
    List<List<String>> attacks = AttackerReportText.attackRows(report, attackers.result());
    if (!attacks.isEmpty()) {
      pages.heading("Cheapest, fastest and easiest attacks", SUBHEADING, 60);
      pages.paragraph(AttackerReportText.attacksIntro(), ReportFont.REGULAR, BODY);
      new PdfTable(List.of(new Column(AttackerReportText.ATTACK_COLUMNS.get(0), 0.8f, false),
          new Column(AttackerReportText.ATTACK_COLUMNS.get(1), 4.2f, false),
          new Column(AttackerReportText.ATTACK_COLUMNS.get(2), 0.8f, true),
          new Column(AttackerReportText.ATTACK_COLUMNS.get(3), 0.8f, true),
          new Column(AttackerReportText.ATTACK_COLUMNS.get(4), 1.4f, false)),
          PdfReport.tableSize()).draw(pages, attacks, row -> null);
      String feasibility = AttackerReportText.feasibility(report, attackers.result());
      if (feasibility != null) {
        pages.paragraph(feasibility, ReportFont.BOLD, BODY);
      }
    }
    List<List<String>> potential = AttackerReportText.potentialRows(report);
    if (!potential.isEmpty()) {
      pages.heading("Attack potential of the listed scenarios", SUBHEADING, 150);
      pages.paragraph(AttackerReportText.potentialIntro(report), ReportFont.REGULAR, BODY);
      new PdfTable(columns(AttackerReportText.POTENTIAL_COLUMNS,
          new float[] {0.55f, 2.45f, 1, 1.1f, 1.2f, 1, 1.1f, 0.75f, 0.8f, 0.75f}, "rllllllrlr"),
          PdfReport.tableSize()).draw(pages, potential, row -> null);
    }
  }

  /** Columns of {@code headers} with {@code shares}, aligned {@code l}eft or {@code r}ight. */
  private static List<Column> columns(List<String> headers, float[] shares, String alignment) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      columns.add(new Column(headers.get(i), shares[i], alignment.charAt(i) == 'r'));
    }
    return columns;
  }
}
