package dev.thicket.exports.pdf;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.fonts.ReportFont;
import dev.thicket.exports.pdf.PdfTable.Column;
import dev.thicket.exports.ScenarioPaths;
import dev.thicket.exports.report.AttackerReportText;
import dev.thicket.exports.report.EstimateText;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.ReportText;
import dev.thicket.model.analysis.MitigationEffect;
import dev.thicket.model.analysis.NodeImportance;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.score.MitigationScore;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The table sections of {@link PdfReport}. */
final class PdfSections {
  private PdfSections() {}

  static void scenarios(PdfPages pages, Report report) {
    pages.heading("High-risk paths", PdfReport.headingSize(), 60);
    pages.paragraph("The top " + report.scenarios().size() + " scenarios by "
        + report.mode().keyword() + " risk; high-risk rows are shaded red.", ReportFont.REGULAR,
        9);
    List<List<String>> rows = new ArrayList<>();
    List<Scenario> scenarios = report.scenarios();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario scenario = scenarios.get(i);
      rows.add(List.of(String.valueOf(i + 1), ReportText.leaves(report, scenario),
          ScenarioPaths.joined(scenario, " → "),
          Decimals.of(scenario.probability()), Decimals.of(scenario.risk()),
          scenario.mitigations().isEmpty() ? "none" : String.join(", ", scenario.mitigations()),
          scenario.highRisk() ? "yes" : "no"));
    }
    new PdfTable(List.of(new Column("#", 0.4f, true), new Column("leaves", 3, false),
        new Column("paths from the root", 3.5f, false), new Column("probability", 1.1f, true),
        new Column("risk", 1, true), new Column("mitigations on the way", 2, false),
        new Column("high-risk", 1, false)), PdfReport.tableSize())
        .draw(pages, rows, row -> PdfReport.highRiskFill(scenarios.get(row)));
  }

  static void criticalNodes(PdfPages pages, Report report) {
    pages.paragraph(ReportText.criticalNodesIntro(report), ReportFont.REGULAR, 9);
    List<List<String>> rows = new ArrayList<>();
    for (NodeScore score : report.criticalNodes()) {
      NodeImportance node = score.importance();
      rows.add(List.of(node.id(), node.title(), Decimals.of(score.contribution()),
          Decimals.of(node.birnbaum()), Decimals.of(node.fussellVesely()),
          Decimals.of(node.raw()), Decimals.of(node.rrw())));
    }
    new PdfTable(List.of(new Column("node", 2.1f, false), new Column("title", 3.2f, false),
        new Column(ReportText.CONTRIBUTION, 1.3f, true), new Column("Birnbaum", 1, true),
        new Column("Fussell–Vesely", 1.4f, true), new Column("RAW", 0.8f, true),
        new Column("RRW", 0.8f, true)), PdfReport.tableSize())
        .draw(pages, rows, row -> null);
  }

  static void mitigations(PdfPages pages, Report report) {
    pages.heading("Mitigations", PdfReport.headingSize(), 60);
    if (report.scored().mitigations().isEmpty()) {
      pages.paragraph("The tree has no mitigation.", ReportFont.REGULAR, 9);
    } else {
      pages.paragraph(ReportText.mitigationsIntro(report), ReportFont.REGULAR, 9);
      List<List<String>> rows = new ArrayList<>();
      for (MitigationScore score : report.scored().mitigations()) {
        Mitigation mitigation = score.mitigation();
        MitigationEffect effect = score.effect();
        rows.add(List.of(mitigation.id() + "\n" + mitigation.title(),
            mitigation.status().keyword(),
            Decimals.of(mitigation.effectiveness()), Decimals.of(mitigation.cost()),
            String.join(", ", score.covered()), Decimals.of(effect.riskWithout()),
            Decimals.of(effect.riskWith()), Decimals.of(effect.riskIfPerfect()),
            Decimals.of(effect.reduction())));
      }
      new PdfTable(List.of(new Column("mitigation", 2.9f, false),
          new Column("status", 1.2f, false), new Column("effect.", 0.8f, true),
          new Column("cost", 0.6f, true), new Column("nodes covered", 2.2f, false),
          new Column("risk without", 0.9f, true), new Column("risk with", 0.9f, true),
          new Column("if perfect", 0.9f, true), new Column("reduction", 1, true)),
          PdfReport.tableSize())
          .draw(pages, rows, row -> null);
      for (MitigationScore score : report.scored().mitigations()) {
        String estimates = EstimateText.of(score.mitigation().estimates(), Map.of());
        if (estimates != null) {
          pages.paragraph("Effectiveness of " + score.mitigation().id() + " estimated in "
              + estimates, ReportFont.REGULAR, 9);
        }
      }
      List<Mitigation> described = ReportText.describedMitigations(report);
      if (!described.isEmpty()) {
        pages.paragraph(ReportText.MITIGATIONS_DESCRIBED, ReportFont.REGULAR, 9);
        for (Mitigation mitigation : described) {
          pages.paragraph("• " + mitigation.id() + " (" + mitigation.title() + "): "
              + ReportText.details(mitigation, text -> text), ReportFont.REGULAR, 9);
        }
      }
    }
    pages.heading("Gaps", 11, 30);
    if (report.gaps().isEmpty()) {
      pages.paragraph("Every listed high-risk scenario has a mitigation on its way.",
          ReportFont.REGULAR, 9);
    } else {
      pages.paragraph("High-risk scenarios that no mitigation touches, implemented or planned:",
          ReportFont.REGULAR, 9);
      for (Scenario gap : report.gaps()) {
        pages.paragraph("• " + ReportText.leaves(report, gap) + ": risk "
            + Decimals.of(gap.risk()), ReportFont.REGULAR, 9);
      }
    }
  }

  static void catalogue(PdfPages pages, Report report) {
    pages.heading("Node catalogue", PdfReport.headingSize(), 60);
    List<List<String>> rows = new ArrayList<>();
    for (Node node : report.tree().nodes().values()) {
      NodeScore score = report.scored().node(node.id());
      String facts = node.id() + "\n" + ReportText.gate(score)
          + (node.isLeaf() ? ", likelihood " + (node.likelihood() == null ? "not estimated"
              : node.likelihood()) : "")
          + "\n" + ReportText.probabilityAndContribution(score)
          + (score.critical() ? "\ncritical" : "")
          + (node.mitigations().isEmpty() ? "" : "\nmitigations: "
              + String.join(", ", node.mitigations()));
      List<String> details = new ArrayList<>();
      details.add(node.title());
      if (node.description() != null) {
        details.add(node.description());
      }
      if (node.rationale() != null) {
        details.add("Rationale: " + node.rationale());
      }
      String attacker = AttackerReportText.step(node.attacker());
      if (attacker != null) {
        details.add("Attacker: " + attacker);
      }
      if (!node.references().isEmpty()) {
        details.add("References: " + String.join("; ", node.references()));
      }
      String estimates = EstimateText.of(node.estimates(), report.tree().scales().likelihood());
      if (estimates != null) {
        details.add("Estimates: " + estimates);
      }
      rows.add(List.of(facts, String.join("\n", details.stream()
          .map(detail -> detail.replace('\n', ' ')).toList())));
    }
    new PdfTable(List.of(new Column("node", 1.5f, false),
        new Column("title, description, rationale, references", 4, false)),
        PdfReport.tableSize()).draw(pages, rows, row -> null);
  }
}
