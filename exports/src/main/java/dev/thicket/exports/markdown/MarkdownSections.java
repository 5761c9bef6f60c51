package dev.thicket.exports.markdown;

import static dev.thicket.exports.markdown.MarkdownText.code;
import static dev.thicket.exports.markdown.MarkdownText.escape;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.MitigationEffect;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.ReportText;
import dev.thicket.model.analysis.NodeImportance;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.List;
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
          scenario))).append(" | ").append(escape(MarkdownReport.scenarioPaths(scenario)))
          .append(" | ").append(Decimals.of(scenario.probability())).append(" | ")
          .append(Decimals.of(scenario.risk())).append(" | ")
          .append(MarkdownReport.ids(scenario.mitigations())).append(" | ")
          .append(scenario.highRisk() ? "yes" : "no").append(" |\n");
    }
    md.append('\n');
  }

  static void criticalNodes(StringBuilder md, Report report) {
    md.append("## Critical nodes\n\n").append(report.result().criticalNodes().size())
        .append(" of ").append(report.importance().size())
        .append(" nodes have a Fussell–Vesely importance ≥ ")
        .append(Decimals.of(report.result().criticalThreshold()))
        .append(" (residual mode).\n\n| node | title | Birnbaum | Fussell–Vesely | RAW | RRW |\n"
            + "|---|---|---:|---:|---:|---:|\n");
    for (NodeImportance node : report.importance().values()) {
      if (node.critical()) {
        md.append("| ").append(code(node.id())).append(" | ").append(escape(node.title()))
            .append(" | ").append(MarkdownReport.importance(node)).append(" |\n");
      }
    }
    md.append('\n');
  }

  static void mitigations(StringBuilder md, Report report) {
    md.append("## Mitigations\n\n");
    if (report.mitigations().isEmpty()) {
      md.append("The tree has no mitigation.\n\n");
    } else {
      md.append("Residual risk without and with each mitigation on its own (see Method).\n\n"
          + "| mitigation | title | status | effectiveness | cost | nodes covered "
          + "| risk without | risk with | reduction |\n"
          + "|---|---|---|---:|---:|---|---:|---:|---:|\n");
      for (MitigationEffect effect : report.mitigations()) {
        Mitigation mitigation = effect.mitigation();
        md.append("| ").append(code(mitigation.id())).append(" | ")
            .append(escape(mitigation.title())).append(" | ")
            .append(mitigation.status().keyword()).append(" | ")
            .append(Decimals.of(mitigation.effectiveness())).append(" | ")
            .append(Decimals.of(mitigation.cost())).append(" | ")
            .append(MarkdownReport.ids(effect.covered())).append(" | ")
            .append(MarkdownReport.effect(effect)).append(" |\n");
      }
      md.append('\n');
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
      md.append("### ").append(escape(node.title())).append("\n\n")
          .append("- id: ").append(code(node.id())).append("; gate: ")
          .append(escape(ReportText.gate(node)));
      if (node.isLeaf()) {
        md.append("; likelihood: ").append(node.likelihood() == null ? "not estimated"
            : escape(node.likelihood().toString()));
      }
      md.append("; residual probability: ")
          .append(Decimals.of(report.importance().get(node.id()).probability()))
          .append(report.isCritical(node.id()) ? "; critical" : "").append('\n');
      if (!node.mitigations().isEmpty()) {
        md.append("- mitigations: ").append(MarkdownReport.ids(node.mitigations())).append('\n');
      }
      field(md, "description", node.description());
      field(md, "rationale", node.rationale());
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
