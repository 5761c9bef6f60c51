package dev.thicket.exports.markdown;

import static dev.thicket.exports.MarkdownText.code;
import static dev.thicket.exports.MarkdownText.escape;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.MarkdownText;
import dev.thicket.exports.ScenarioPaths;
import dev.thicket.exports.report.AttackerReportText;
import dev.thicket.exports.report.EstimateText;
import dev.thicket.exports.report.HeatScale;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.ReportText;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.score.MitigationScore;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The table and catalogue sections of {@link MarkdownReport}. */
final class MarkdownSections {
  private MarkdownSections() {}

  static void scenarios(StringBuilder md, Report report) {
    md.append("## High-risk paths\n\nThe top ").append(report.scenarios().size())
        .append(" scenarios by ").append(report.mode().keyword()).append(" risk.\n\n")
        .append("| rank | leaves | paths from the root | probability | risk "
            + "| mitigations on the way | high-risk |\n|---:|---|---|---:|---:|---|---|\n");
    List<Scenario> scenarios = report.scenarios();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario scenario = scenarios.get(i);
      md.append("| ").append(i + 1).append(" | ").append(escape(ReportText.leaves(report,
          scenario))).append(" | ").append(escape(ScenarioPaths.joined(scenario, " → ")))
          .append(" | ").append(Decimals.of(scenario.probability())).append(" | ")
          .append(Decimals.of(scenario.risk())).append(" | ")
          .append(MarkdownReport.ids(scenario.mitigations())).append(" | ")
          .append(scenario.highRisk() ? "yes" : "no").append(" |\n");
    }
    md.append('\n');
  }

  static void criticalNodes(StringBuilder md, Report report) {
    md.append("## Critical nodes\n\n").append(escape(ReportText.criticalNodesIntro(report)))
        .append("\n\n| node | title | ").append(ReportText.CONTRIBUTION)
        .append(" | Birnbaum | Fussell–Vesely | RAW | RRW |\n"
            + "|---|---|---:|---:|---:|---:|---:|\n");
    for (NodeScore score : report.criticalNodes()) {
      md.append("| ").append(code(score.id())).append(" | ")
          .append(escape(score.importance().title())).append(" | ")
          .append(Decimals.of(score.contribution())).append(" | ")
          .append(MarkdownReport.importance(score.importance())).append(" |\n");
    }
    md.append('\n');
  }

  static void mitigations(StringBuilder md, Report report) {
    md.append("## Mitigations\n\n");
    if (report.scored().mitigations().isEmpty()) {
      md.append("The tree has no mitigation.\n\n");
    } else {
      md.append(escape(ReportText.mitigationsIntro(report))).append("\n\n"
          + "| mitigation | title | status | effectiveness | cost | nodes covered "
          + "| risk without | risk with | if perfect | reduction |\n"
          + "|---|---|---|---:|---:|---|---:|---:|---:|---:|\n");
      for (MitigationScore score : report.scored().mitigations()) {
        Mitigation mitigation = score.mitigation();
        md.append("| ").append(code(mitigation.id())).append(" | ")
            .append(escape(mitigation.title())).append(" | ")
            .append(mitigation.status().keyword()).append(" | ")
            .append(Decimals.of(mitigation.effectiveness())).append(" | ")
            .append(Decimals.of(mitigation.cost())).append(" | ")
            .append(MarkdownReport.ids(score.covered())).append(" | ")
            .append(MarkdownReport.effect(score.effect())).append(" |\n");
      }
      md.append('\n');
      for (MitigationScore score : report.scored().mitigations()) {
        String estimates = EstimateText.of(score.mitigation().estimates(), Map.of());
        if (estimates != null) {
          md.append("- effectiveness of ").append(code(score.mitigation().id()))
              .append(" estimated in ").append(escape(estimates)).append('\n');
        }
      }
      if (report.scored().mitigations().stream()
          .anyMatch(score -> !score.mitigation().estimates().isEmpty())) {
        md.append('\n');
      }
      List<Mitigation> described = ReportText.describedMitigations(report);
      if (!described.isEmpty()) {
        md.append(escape(ReportText.MITIGATIONS_DESCRIBED)).append("\n\n");
        for (Mitigation mitigation : described) {
          md.append("- ").append(code(mitigation.id())).append(" (")
              .append(escape(mitigation.title())).append("): ")
              .append(ReportText.details(mitigation, MarkdownText::escape)).append('\n');
        }
        md.append('\n');
      }
    }
    md.append("### Gaps\n\n");
    if (report.gaps().isEmpty()) {
      md.append("Every listed high-risk scenario has a mitigation on its way.\n\n");
    } else {
      md.append("High-risk scenarios that no mitigation touches, implemented or planned:\n\n");
      for (Scenario gap : report.gaps()) {
        md.append("- ").append(escape(ReportText.leaves(report, gap))).append(": risk ")
            .append(Decimals.of(gap.risk())).append('\n');
      }
      md.append('\n');
    }
  }

  static void catalogue(StringBuilder md, Report report) {
    md.append("## Node catalogue\n\n");
    for (Node node : report.tree().nodes().values()) {
      NodeScore score = report.scored().node(node.id());
      md.append("### ").append(escape(node.title())).append("\n\n")
          .append("- id: ").append(code(node.id())).append("; gate: ")
          .append(escape(ReportText.gate(score)));
      if (node.isLeaf()) {
        md.append("; likelihood: ").append(node.likelihood() == null ? "not estimated"
            : escape(node.likelihood().toString()));
      }
      md.append("; probability: ").append(Decimals.of(score.probability())).append("; ")
          .append(ReportText.CONTRIBUTION).append(": ")
          .append(Decimals.of(score.contribution())).append(" (")
          .append(HeatScale.NAMES.get(score.band())).append(')')
          .append(score.critical() ? "; critical" : "").append('\n');
      if (!node.mitigations().isEmpty()) {
        md.append("- mitigations: ").append(MarkdownReport.ids(node.mitigations())).append('\n');
      }
      field(md, "description", node.description());
      field(md, "rationale", node.rationale());
      field(md, "attacker", AttackerReportText.step(node.attacker()));
      field(md, "estimates", EstimateText.of(node.estimates(),
          report.tree().scales().likelihood()));
      if (!node.references().isEmpty()) {
        md.append("- references: ").append(node.references().stream()
            .map(MarkdownText::escape).collect(Collectors.joining("; "))).append('\n');
      }
      md.append('\n');
    }
  }

  private static void field(StringBuilder md, String name, String value) {
    if (value != null && !value.isBlank()) {
      md.append("- ").append(name).append(": ").append(escape(value)).append('\n');
    }
  }
}
