package dev.thicket.exports;

import static dev.thicket.exports.Columns.LINE;
import static dev.thicket.exports.Columns.left;
import static dev.thicket.exports.Columns.right;

import dev.thicket.model.tree.VisibleText;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.CutSetSummary;
import dev.thicket.model.analysis.MitigationEffect;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.NodeImportance;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.tree.AttackTree;
import java.util.Comparator;
import java.util.List;

/** The analysis as a plain-text summary for a terminal. */
public final class TextReport {
  private TextReport() {}

  public static String summary(AttackTree tree, AnalysisResult result, String fileName) {
    StringBuilder out = new StringBuilder();
    out.append(VisibleText.of(result.title())).append("  (").append(VisibleText.of(fileName))
        .append(")\n");
    out.append("Goal: ").append(VisibleText.of(tree.rootNode().title())).append(" [")
        .append(result.root()).append("], impact ").append(Decimals.of(result.impact()))
        .append("\n\n");
    out.append(modeRow("mode", "probability", "risk"));
    for (Mode mode : Mode.values()) {
      out.append(modeRow(mode.keyword(), Decimals.of(result.probability().get(mode)),
          Decimals.of(result.risk().get(mode))));
    }
    scenarios(out, tree, result);
    if (!result.nodes().isEmpty()) {
      criticalNodes(out, result);
    }
    mitigations(out, result);
    AttackerText.append(out, result);
    if (!result.unestimated().isEmpty()) {
      out.append("\nNot estimated yet (computed as 'medium'): ")
          .append(String.join(", ", result.unestimated())).append('\n');
    }
    return out.toString();
  }

  private static void scenarios(StringBuilder out, AttackTree tree, AnalysisResult result) {
    List<Scenario> listed = result.cutSets().listed();
    long highRisk = listed.stream().filter(Scenario::highRisk).count();
    CutSetSummary cutSets = result.cutSets();
    out.append('\n').append("Scenarios (").append(result.mode().keyword()).append("): ")
        .append(cutSets.countExact() ? "" : "at least ").append(cutSets.count())
        .append(" minimal cut sets");
    if (cutSets.limitOrder() > 0 || cutSets.cutOff() > 0) {
      out.append(" within ").append(limits(cutSets)).append(" (of ").append(cutSets.total())
          .append(")");
    }
    if (listed.size() < cutSets.count().longValue()) {
      out.append(", top ").append(listed.size()).append(" listed");
    }
    out.append("; ").append(highRisk).append(" high-risk (risk >= ")
        .append(Decimals.of(result.highRiskThreshold())).append(")\n");
    if (!cutSets.orderDistribution().isEmpty()) { // not computed for an attacker profile
      out.append("  by number of events:");
      for (int order = 0; order < cutSets.orderDistribution().size(); order++) {
        if (cutSets.orderDistribution().get(order).signum() > 0) {
          out.append(' ').append(order).append(": ")
              .append(cutSets.orderDistribution().get(order));
        }
      }
      out.append(cutSets.distributionComplete() ? "\n" : " (larger sets not counted here)\n");
    }
    if (!result.cutSets().rankingExact()) {
      out.append("  note: too many scenarios to prove this ranking exact; listed by best effort\n");
    }
    for (int i = 0; i < listed.size(); i++) {
      Scenario scenario = listed.get(i);
      out.append("  ").append(right(i + 1, 2)).append(". risk ")
          .append(left(Decimals.of(scenario.risk()), 10)).append(" p ")
          .append(left(Decimals.of(scenario.probability()), 10)).append(' ')
          .append(scenario.highRisk() ? "HIGH RISK  " : "")
          .append(String.join(" + ", scenario.leaves())).append(LINE);
      List<List<String>> printed = ScenarioPaths.printed(scenario);
      for (List<String> path : printed) {
        out.append("        ").append(String.join(" > ", path)).append('\n');
      }
      String rest = ScenarioPaths.rest(scenario, printed);
      if (!rest.isEmpty()) {
        out.append("        (").append(rest).append(")\n");
      }
      if (!scenario.mitigations().isEmpty()) {
        out.append("        mitigations on the way: ")
            .append(String.join(", ", scenario.mitigations())).append('\n');
      }
    }
  }

  private static String limits(CutSetSummary cutSets) {
    List<String> limits = new java.util.ArrayList<>();
    if (cutSets.limitOrder() > 0) {
      limits.add("order <= " + cutSets.limitOrder());
    }
    if (cutSets.cutOff() > 0) {
      limits.add("probability >= " + Decimals.of(cutSets.cutOff()));
    }
    return String.join(", ", limits);
  }

  private static void criticalNodes(StringBuilder out, AnalysisResult result) {
    String mode = result.importanceMode().keyword();
    out.append("\nCritical nodes (").append(mode).append(", Fussell-Vesely >= ")
        .append(Decimals.of(result.criticalThreshold())).append("): ")
        .append(result.criticalNodes().size()).append(", most risk removed first\n")
        .append("  if blocked: the risk removed if every attack through the node is stopped "
            + "(FV x risk ")
        .append(Decimals.of(result.risk().get(result.importanceMode()))).append(")\n");
    out.append(nodeRow("node", "if blocked", "FV", "Birnbaum", "RAW", "RRW"));
    result.nodes().stream().filter(NodeImportance::critical)
        .sorted(Comparator.comparingDouble(NodeImportance::contribution).reversed())
        .forEach(node -> out.append(nodeRow(node.id(), Decimals.of(node.contribution()),
            Decimals.of(node.fussellVesely()), Decimals.of(node.birnbaum()),
            Decimals.of(node.raw()), Decimals.of(node.rrw()))));
  }

  private static void mitigations(StringBuilder out, AnalysisResult result) {
    if (result.mitigations().isEmpty()) {
      return;
    }
    out.append("\nMitigations (").append(result.importanceMode().keyword())
        .append("): risk of the goal without and with each, the others as the mode counts "
            + "them\n")
        .append(mitigationRow("mitigation", "status", "without", "with", "reduction"));
    for (MitigationEffect effect : result.mitigations()) {
      out.append(mitigationRow(effect.id(), effect.status().keyword(),
          Decimals.of(effect.riskWithout()), Decimals.of(effect.riskWith()),
          Decimals.of(effect.reduction())));
    }
  }

  private static String modeRow(String mode, String probability, String risk) {
    return "  " + left(mode, 10) + " " + right(probability, 12) + " " + right(risk, 10) + LINE;
  }

  private static String nodeRow(String node, String ifBlocked, String fv, String birnbaum,
      String raw, String rrw) {
    return "  " + left(node, 28) + " " + right(ifBlocked, 10) + " " + right(fv, 8) + " "
        + right(birnbaum, 8) + " " + right(raw, 8) + " " + right(rrw, 8) + LINE;
  }

  private static String mitigationRow(String id, String status, String without, String with,
      String reduction) {
    return "  " + left(id, 28) + " " + left(status, 12) + " " + right(without, 10) + " -> "
        + left(with, 7) + " " + right(reduction, 10) + LINE;
  }
}
