package dev.thicket.exports.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.thicket.exports.Columns;
import dev.thicket.exports.Decimals;
import dev.thicket.exports.JsonText;
import dev.thicket.exports.MarkdownText;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.diff.Attribution;
import dev.thicket.model.diff.ChangeKind;
import dev.thicket.model.diff.FieldChange;
import dev.thicket.model.diff.MitigationChange;
import dev.thicket.model.diff.NodeChange;
import dev.thicket.model.diff.RiskChange;
import dev.thicket.model.diff.ScenarioMove;
import dev.thicket.model.diff.TreeDiff;
import dev.thicket.model.tree.VisibleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A {@link TreeDiff} for people and programs: terminal text, a Markdown review comment (GFM) and
 * JSON (shape in the README, "diff"). Text from the trees is escaped for where it goes: {@link
 * VisibleText#of} for the terminal, {@link MarkdownText#escape} for Markdown.
 *
 * @param oldName how to call the old tree (its file or {@code REV:PATH})
 * @param newName how to call the new tree
 */
public record DiffReport(String oldName, String newName, TreeDiff diff) {
  /** The structural changes as lines ("~ node a: likelihood 0.1 → 0.3"), escaped by {@code esc}. */
  List<String> structureLines(UnaryOperator<String> esc) {
    List<String> lines = new ArrayList<>();
    for (FieldChange field : diff.tree()) {
      lines.add("~ tree: " + esc.apply(field.summary()));
    }
    for (NodeChange node : diff.nodes()) {
      lines.add(sign(node.kind()) + " node " + esc.apply(node.id()) + switch (node.kind()) {
        case ADDED -> " added";
        case REMOVED -> " removed";
        case RENAMED -> " renamed from " + esc.apply(node.oldId()) + fields(node.fields(), esc);
        case CHANGED -> (node.moved() ? " moved" : "") + fields(node.fields(), esc);
      });
    }
    for (MitigationChange mitigation : diff.mitigations()) {
      lines.add(sign(mitigation.kind()) + " mitigation " + esc.apply(mitigation.id())
          + switch (mitigation.kind()) {
            case ADDED -> " added";
            case REMOVED -> " removed";
            case RENAMED, CHANGED -> fields(mitigation.fields(), esc);
          });
    }
    return lines;
  }

  private static String sign(ChangeKind kind) {
    return switch (kind) {
      case ADDED -> "+";
      case REMOVED -> "-";
      case RENAMED -> ">";
      case CHANGED -> "~";
    };
  }

  private static String fields(List<FieldChange> fields, UnaryOperator<String> esc) {
    List<String> parts = fields.stream().map(f -> esc.apply(f.summary())).toList();
    return parts.isEmpty() ? "" : ": " + String.join("; ", parts);
  }

  /** The structural changes as terminal lines ("~ node a: likelihood 0.1 → 0.3"). */
  public List<String> changeLines() {
    return structureLines(VisibleText::of);
  }

  /** "+0.21", "-0.05", "0". */
  public static String signed(double value) {
    return value > 0 ? "+" + Decimals.of(value) : Decimals.of(value);
  }

  /** How the shares were computed; only changes a risk reads are counted (titles are not). */
  private String methodSentence() {
    Attribution attribution = diff.attribution();
    int units = attribution.shares().size();
    if (units == 0) {
      return "no change touches what a risk is computed from";
    }
    return attribution.method() == Attribution.Method.SHAPLEY
        ? "exact Shapley values over " + units + (units == 1 ? " change" : " changes")
        : "sequential: " + units + " changes applied one at a time in the new file's order";
  }

  /** The report for a terminal. */
  public String text() {
    UnaryOperator<String> esc = VisibleText::of;
    StringBuilder out = new StringBuilder();
    out.append("Diff ").append(esc.apply(oldName)).append(" → ").append(esc.apply(newName))
        .append('\n');
    out.append("\nStructure\n");
    List<String> structure = structureLines(esc);
    if (structure.isEmpty()) {
      out.append("  no change in meaning\n");
    }
    structure.forEach(line -> out.append("  ").append(line).append('\n'));
    RiskChange risk = diff.risk();
    out.append("\nRisk\n");
    for (Mode mode : Mode.values()) {
      out.append("  ").append(Columns.left(mode.keyword(), 9)).append(" probability ")
          .append(Decimals.of(risk.probabilityBefore().get(mode))).append(" → ")
          .append(Decimals.of(risk.probabilityAfter().get(mode))).append(", risk ")
          .append(Decimals.of(risk.riskBefore().get(mode))).append(" → ")
          .append(Decimals.of(risk.riskAfter().get(mode))).append(Columns.LINE);
    }
    list(out, "  critical nodes gained: ", risk.criticalGained(), esc);
    list(out, "  critical nodes lost: ", risk.criticalLost(), esc);
    scenarios(out, "  top scenario appeared: ", risk.scenariosAppeared(), esc);
    scenarios(out, "  top scenario gone: ", risk.scenariosDisappeared(), esc);
    for (ScenarioMove move : risk.scenariosMoved()) {
      out.append("  top scenario ").append(rank(move)).append(": ")
          .append(String.join(" + ", move.leaves().stream().map(esc).toList())).append('\n');
    }
    Attribution attribution = diff.attribution();
    out.append("\nWhy the risk moved (residual risk ").append(Decimals.of(attribution.before()))
        .append(" → ").append(Decimals.of(attribution.after())).append(", ")
        .append(signed(attribution.total())).append("; ").append(methodSentence()).append(")\n");
    for (Attribution.Share share : attribution.shares()) {
      out.append("  ").append(signed(share.value())).append(": ")
          .append(esc.apply(share.unit().label())).append('\n');
    }
    return out.toString();
  }

  private static void list(StringBuilder out, String intro, List<String> ids,
      UnaryOperator<String> esc) {
    if (!ids.isEmpty()) {
      out.append(intro).append(String.join(", ", ids.stream().map(esc).toList())).append('\n');
    }
  }

  private static void scenarios(StringBuilder out, String intro, List<List<String>> scenarios,
      UnaryOperator<String> esc) {
    for (List<String> leaves : scenarios) {
      out.append(intro).append(String.join(" + ", leaves.stream().map(esc).toList()))
          .append('\n');
    }
  }

  /** A Markdown section for a pull-request comment (GFM). */
  public String markdown() {
    UnaryOperator<String> esc = MarkdownText::escape;
    Attribution attribution = diff.attribution();
    RiskChange risk = diff.risk();
    StringBuilder out = new StringBuilder();
    out.append("## Threat model: ").append(esc.apply(oldName)).append(" → ")
        .append(esc.apply(newName)).append("\n\n");
    out.append("Residual risk ").append(Decimals.of(attribution.before())).append(" → ")
        .append(Decimals.of(attribution.after())).append(" (**")
        .append(signed(attribution.total())).append("**). Changed: ")
        .append(count(diff.nodes().size(), "node")).append(", ")
        .append(count(diff.mitigations().size(), "mitigation")).append(", ")
        .append(count(diff.tree().size(), "tree field")).append(".\n\n");
    out.append("| mode | probability | risk |\n|---|---|---|\n");
    for (Mode mode : Mode.values()) {
      out.append("| ").append(mode.keyword()).append(" | ")
          .append(Decimals.of(risk.probabilityBefore().get(mode))).append(" → ")
          .append(Decimals.of(risk.probabilityAfter().get(mode))).append(" | ")
          .append(Decimals.of(risk.riskBefore().get(mode))).append(" → ")
          .append(Decimals.of(risk.riskAfter().get(mode))).append(" |\n");
    }
    List<String> riskLines = new ArrayList<>();
    risk.criticalGained().forEach(id -> riskLines.add("critical now: " + MarkdownText.code(id)));
    risk.criticalLost()
        .forEach(id -> riskLines.add("no longer critical: " + MarkdownText.code(id)));
    risk.scenariosAppeared().forEach(s -> riskLines.add("new top scenario: " + codes(s)));
    risk.scenariosDisappeared().forEach(s -> riskLines.add("gone from the top: " + codes(s)));
    risk.scenariosMoved().forEach(m -> riskLines.add("top scenario " + rank(m) + ": "
        + codes(m.leaves())));
    if (!riskLines.isEmpty()) {
      out.append('\n');
      riskLines.forEach(line -> out.append("- ").append(line).append('\n'));
    }
    out.append("\n### Why the risk moved\n\n").append(esc.apply(methodSentence()))
        .append(".\n\n");
    for (Attribution.Share share : attribution.shares()) {
      out.append("- **").append(signed(share.value())).append("**: ")
          .append(esc.apply(share.unit().label())).append('\n');
    }
    out.append("\n### Changes\n\n");
    List<String> structure = structureLines(esc);
    if (structure.isEmpty()) {
      out.append("No change in meaning.\n");
    }
    structure.forEach(line -> out.append("- ").append(line.substring(2)).append('\n'));
    return out.toString();
  }

  /** "rank 3 → 1". */
  private static String rank(ScenarioMove move) {
    return "rank " + move.before() + " → " + move.after();
  }

  private static String count(int count, String what) {
    return count + " " + what + (count == 1 ? "" : "s");
  }

  private static String codes(List<String> leaves) {
    return String.join(" + ", leaves.stream().map(MarkdownText::code).toList());
  }

  /** The same data as JSON (README, "diff --json"). */
  public String json() {
    ObjectNode json = JsonText.object();
    json.put("old", oldName);
    json.put("new", newName);
    json.put("same", diff.same());
    fields(json.putArray("tree"), diff.tree());
    ArrayNode nodes = json.putArray("nodes");
    for (NodeChange change : diff.nodes()) {
      ObjectNode node = nodes.addObject();
      node.put("id", change.id());
      node.put("oldId", change.oldId());
      node.put("kind", change.kind().keyword());
      node.put("moved", change.moved());
      fields(node.putArray("fields"), change.fields());
    }
    ArrayNode mitigations = json.putArray("mitigations");
    for (MitigationChange change : diff.mitigations()) {
      ObjectNode mitigation = mitigations.addObject();
      mitigation.put("id", change.id());
      mitigation.put("kind", change.kind().keyword());
      fields(mitigation.putArray("fields"), change.fields());
    }
    RiskChange risk = diff.risk();
    ObjectNode riskJson = json.putObject("risk");
    beforeAfter(riskJson.putObject("probability"), risk.probabilityBefore(),
        risk.probabilityAfter());
    beforeAfter(riskJson.putObject("risk"), risk.riskBefore(), risk.riskAfter());
    strings(riskJson.putArray("criticalGained"), risk.criticalGained());
    strings(riskJson.putArray("criticalLost"), risk.criticalLost());
    ArrayNode appeared = riskJson.putArray("scenariosAppeared");
    risk.scenariosAppeared().forEach(s -> strings(appeared.addArray(), s));
    ArrayNode gone = riskJson.putArray("scenariosDisappeared");
    risk.scenariosDisappeared().forEach(s -> strings(gone.addArray(), s));
    ArrayNode moved = riskJson.putArray("scenariosMoved");
    for (ScenarioMove move : risk.scenariosMoved()) {
      ObjectNode item = moved.addObject();
      strings(item.putArray("leaves"), move.leaves());
      item.put("before", move.before());
      item.put("after", move.after());
    }
    Attribution attribution = diff.attribution();
    ObjectNode why = json.putObject("attribution");
    why.put("method", attribution.method().keyword());
    why.put("before", attribution.before());
    why.put("after", attribution.after());
    why.put("total", attribution.total());
    ArrayNode shares = why.putArray("shares");
    for (Attribution.Share share : attribution.shares()) {
      ObjectNode item = shares.addObject();
      item.put("value", share.value());
      item.put("change", share.unit().label());
      strings(item.putArray("nodes"), List.copyOf(share.unit().nodes()));
      strings(item.putArray("mitigations"), List.copyOf(share.unit().mitigations()));
      strings(item.putArray("settings"), List.copyOf(share.unit().settings()));
    }
    return JsonText.write(json);
  }

  private static void fields(ArrayNode array, List<FieldChange> fields) {
    for (FieldChange field : fields) {
      ObjectNode item = array.addObject();
      item.put("field", field.field());
      item.put("before", field.before());
      item.put("after", field.after());
    }
  }

  private static void beforeAfter(ObjectNode json, Map<Mode, Double> before,
      Map<Mode, Double> after) {
    ObjectNode b = json.putObject("before");
    ObjectNode a = json.putObject("after");
    for (Mode mode : Mode.values()) {
      b.put(mode.keyword(), before.get(mode));
      a.put(mode.keyword(), after.get(mode));
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
