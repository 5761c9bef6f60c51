package dev.thicket.exports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.AttackerResult;
import dev.thicket.model.analysis.ProfileResult;
import dev.thicket.model.analysis.ScenarioAttributes;
import dev.thicket.model.analysis.CutSetSummary;
import dev.thicket.model.analysis.MitigationEffect;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.NodeImportance;
import dev.thicket.model.analysis.Scenario;
import java.util.List;
import java.util.Map;

/**
 * The analysis as JSON, in the shape the CLI documents (README, "analyze --json"): title, root,
 * impact, probability and risk per mode, cutSets {count, listed}, nodes with importance measures
 * and contribution, criticalNodes, mitigations with their effects, plus mode, importanceMode,
 * unestimated and thresholds; the attacker's view (cheapest, fastest, easiest, feasibility,
 * riskValue, the riskMatrix in use, profiles, and each scenario's cost, time, potential and
 * rating).
 */
public final class JsonReport {
  private JsonReport() {}

  public static String toJson(AnalysisResult result) {
    return toJson(result, null);
  }

  /**
   * As {@link #toJson(AnalysisResult)}, naming the attacker profile the result is for ({@code
   * null}: the whole tree).
   */
  public static String toJson(AnalysisResult result, String profile) {
    ObjectNode json = JsonText.object();
    json.put("title", result.title());
    json.put("root", result.root());
    json.put("impact", result.impact());
    json.set("probability", perMode(result.probability()));
    json.set("risk", perMode(result.risk()));
    json.put("mode", result.mode().keyword());
    json.put("importanceMode", result.importanceMode().keyword());
    strings(json.putArray("unestimated"), result.unestimated());
    ObjectNode thresholds = json.putObject("thresholds");
    thresholds.put("criticalThreshold", result.criticalThreshold());
    thresholds.put("highRiskThreshold", result.highRiskThreshold());
    ObjectNode cutSets = json.putObject("cutSets");
    CutSetSummary summary = result.cutSets();
    cutSets.put("count", summary.count());
    cutSets.put("total", summary.total());
    cutSets.put("countExact", summary.countExact());
    if (summary.limitOrder() > 0) {
      cutSets.put("limitOrder", summary.limitOrder());
    }
    if (summary.cutOff() > 0) {
      cutSets.put("cutOff", summary.cutOff());
    }
    ObjectNode orders = cutSets.putObject("orderDistribution");
    for (int order = 0; order < summary.orderDistribution().size(); order++) {
      if (summary.orderDistribution().get(order).signum() > 0) {
        orders.put(String.valueOf(order), summary.orderDistribution().get(order));
      }
    }
    cutSets.put("distributionComplete", summary.distributionComplete());
    cutSets.put("rankingExact", summary.rankingExact());
    ArrayNode listed = cutSets.putArray("listed");
    result.cutSets().listed().forEach(scenario -> listed.add(scenario(scenario)));
    ArrayNode nodes = json.putArray("nodes");
    result.nodes().forEach(node -> nodes.add(node(node)));
    strings(json.putArray("criticalNodes"), result.criticalNodes());
    ArrayNode mitigations = json.putArray("mitigations");
    result.mitigations().forEach(effect -> mitigations.add(mitigation(effect)));
    attackers(json, result.attackers());
    if (profile != null) {
      json.put("profile", profile);
    }
    return JsonText.write(json);
  }

  private static ObjectNode perMode(Map<Mode, Double> values) {
    ObjectNode json = JsonText.object();
    for (Mode mode : Mode.values()) {
      json.put(mode.keyword(), values.get(mode));
    }
    return json;
  }

  private static ObjectNode scenario(Scenario scenario) {
    ObjectNode json = JsonText.object();
    strings(json.putArray("nodes"), scenario.leaves());
    json.put("probability", scenario.probability());
    json.put("risk", scenario.risk());
    json.put("highRisk", scenario.highRisk());
    ArrayNode paths = json.putArray("paths");
    scenario.paths().forEach(path -> strings(paths.addArray(), path));
    json.put("pathCount", scenario.pathCount());
    strings(json.putArray("mitigations"), scenario.mitigations());
    ScenarioAttributes attributes = scenario.attributes();
    putNumber(json, "cost", attributes.cost());
    putNumber(json, "time", attributes.time());
    if (attributes.potential() == null) {
      json.putNull("potential");
    } else {
      json.put("potential", attributes.potential());
    }
    json.put("rating", attributes.rating() == null ? null : attributes.rating().keyword());
    json.put("riskValue", attributes.riskValue());
    return json;
  }

  /** The cheapest, fastest and easiest scenarios, the feasibility rating and the profiles. */
  private static void attackers(ObjectNode json, AttackerResult attackers) {
    json.set("cheapest", attackers.cheapest() == null ? null : scenario(attackers.cheapest()));
    json.set("fastest", attackers.fastest() == null ? null : scenario(attackers.fastest()));
    json.set("easiest", attackers.easiest() == null ? null : scenario(attackers.easiest()));
    json.put("feasibility",
        attackers.feasibility() == null ? null : attackers.feasibility().keyword());
    json.put("riskValue", attackers.easiest() == null ? null
        : attackers.easiest().attributes().riskValue());
    ObjectNode matrix = json.putObject("riskMatrix");
    attackers.riskMatrix().rows().forEach((rating, row) ->
        row.forEach(matrix.putArray(rating)::add));
    ObjectNode profiles = json.putObject("profiles");
    for (ProfileResult profile : attackers.profiles()) {
      ObjectNode entry = profiles.putObject(profile.id());
      entry.put("title", profile.title());
      entry.set("probability", perMode(profile.probability()));
      entry.set("risk", perMode(profile.risk()));
      entry.put("scenarios", profile.scenarios());
    }
  }

  private static void putNumber(ObjectNode json, String key, Double value) {
    if (value == null) {
      json.putNull(key);
    } else {
      json.put(key, value);
    }
  }

  private static ObjectNode node(NodeImportance node) {
    ObjectNode json = JsonText.object();
    json.put("id", node.id());
    json.put("title", node.title());
    json.put("gate", node.gate().keyword().orElse(null));
    json.put("probability", node.probability());
    json.put("birnbaum", node.birnbaum());
    json.put("fussellVesely", node.fussellVesely());
    json.put("raw", node.raw());
    json.put("rrw", node.rrw());
    json.put("critical", node.critical());
    json.put("contribution", node.contribution());
    return json;
  }

  private static ObjectNode mitigation(MitigationEffect effect) {
    ObjectNode json = JsonText.object();
    json.put("id", effect.id());
    json.put("status", effect.status().keyword());
    json.put("riskWithout", effect.riskWithout());
    json.put("riskWith", effect.riskWith());
    json.put("riskIfPerfect", effect.riskIfPerfect());
    json.put("reduction", effect.reduction());
    return json;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
