package dev.thicket.exports.markdown;

import dev.thicket.exports.diagram.DiagramLayout;
import dev.thicket.exports.report.HeatScale;
import dev.thicket.exports.report.Report;
import dev.thicket.model.score.Edge;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tree as a Mermaid flowchart (top-down), which common git hosts render in Markdown: one
 * node per tree node (readable ids {@code n_<id>}), its box filled with the colour of its band
 * (class {@code band0} to {@code band4}, of the risk removed if it is blocked), critical
 * nodes with a thick blue border and "▲ critical" in their label, further parents of shared
 * nodes as dotted links, high-risk edges thick and red. Labels are quoted and every character
 * that Mermaid or HTML could read as syntax is written as a Mermaid entity code ({@code #60;}).
 */
final class MermaidFlowchart {
  private MermaidFlowchart() {}

  static String of(Report report) {
    Map<String, String> ids = ids(report);
    Map<String, String> firstParents = DiagramLayout.firstParents(report.tree());
    StringBuilder chart = new StringBuilder("flowchart TD\n");
    for (Node node : report.tree().nodes().values()) {
      NodeScore score = report.scored().node(node.id());
      List<String> lines = new ArrayList<>();
      DiagramLayout.titleLines(node).forEach(line -> lines.add(label(line)));
      DiagramLayout.infoLines(score).forEach(line -> lines.add(label(line)));
      if (score.critical()) {
        lines.add(label("▲ critical"));
      }
      chart.append("  ").append(ids.get(node.id())).append("[\"")
          .append(String.join("<br/>", lines)).append("\"]\n");
    }
    List<Integer> highRisk = new ArrayList<>();
    int index = 0;
    for (Node node : report.tree().nodes().values()) {
      for (String child : node.children()) {
        boolean spanning = node.id().equals(firstParents.get(child));
        chart.append("  ").append(ids.get(node.id())).append(spanning ? " --> " : " -.-> ")
            .append(ids.get(child)).append('\n');
        if (report.scored().highRiskEdges().contains(new Edge(node.id(), child))) {
          highRisk.add(index);
        }
        index++;
      }
    }
    for (int band = 0; band < HeatScale.COLOURS.size(); band++) {
      chart.append("  classDef band").append(band).append(" fill:")
          .append(HeatScale.COLOURS.get(band)).append(",stroke:#555555,color:#1a1a1a\n");
    }
    chart.append("  classDef critical stroke:#1f3a93,stroke-width:3px\n");
    for (NodeScore score : report.scored().nodes()) {
      chart.append("  class ").append(ids.get(score.id())).append(" band")
          .append(score.band()).append('\n');
      if (score.critical()) {
        chart.append("  class ").append(ids.get(score.id())).append(" critical\n");
      }
    }
    if (!highRisk.isEmpty()) {
      chart.append("  linkStyle ")
          .append(String.join(",", highRisk.stream().map(String::valueOf).toList()))
          .append(" stroke:#b30000,stroke-width:3px\n");
    }
    return chart.toString();
  }

  /** {@code n_} + the id with characters other than letters, digits and {@code _} as {@code _}. */
  private static Map<String, String> ids(Report report) {
    Map<String, String> ids = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (String id : report.tree().nodes().keySet()) {
      String base = "n_" + id.replaceAll("[^A-Za-z0-9_]", "_");
      String unique = base;
      for (int suffix = 2; !used.add(unique); suffix++) {
        unique = base + "_" + suffix;
      }
      ids.put(id, unique);
    }
    return ids;
  }

  /** Text for inside a quoted label: syntax characters as entity codes, no line breaks. */
  static String label(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        out.append(' ');
      } else if (Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == ',' || c == '-'
          || c >= 128) {
        out.appendCodePoint(c);
      } else {
        out.append('#').append(c).append(';');
      }
    });
    return out.toString();
  }
}
