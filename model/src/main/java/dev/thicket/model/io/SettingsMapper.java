package dev.thicket.model.io;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.RiskValues;
import dev.thicket.model.tree.Scales;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a tree's {@code scales} and {@code analysis} sections (and OTM's {@code thicket-scales}
 * and {@code thicket-analysis}, by the same rules), reporting every key and type problem; the
 * rules about their meaning are the tree's.
 */
final class SettingsMapper {
  static final List<String> SCALE_KEYS = List.of("likelihood", "impact", "riskMatrix");
  static final List<String> ANALYSIS_KEYS =
      List.of("criticalThreshold", "highRiskThreshold", "budget");

  private final Problems problems;
  private final Values values;
  private final Keys keys;

  SettingsMapper(Problems problems, Values values, Keys keys) {
    this.problems = problems;
    this.values = values;
    this.keys = keys;
  }

  /** The scales under {@code key}; {@code null} when it is not a mapping (reported). */
  Scales scales(String key, YamlValue value) {
    YamlValue.Mapping mapping =
        values.mapping(key, value, "a mapping with likelihood and impact");
    if (mapping == null) {
      return null;
    }
    Map<String, Map<String, Double>> levels = new LinkedHashMap<>();
    RiskValues[] riskMatrix = new RiskValues[1];
    keys.walk(mapping, SCALE_KEYS, List.of(), false, " in " + key, mapping.position(),
        (name, scale) -> {
          if (name.equals("riskMatrix")) {
            riskMatrix[0] = riskMatrix(key, scale);
          } else {
            levels.put(name, levels(key + "." + name, scale));
          }
        });
    return new Scales(levels.getOrDefault("likelihood", Scales.DEFAULT.likelihood()),
        levels.getOrDefault("impact", Scales.DEFAULT.impact()), riskMatrix[0]);
  }

  /** The rows as written; their rules are the tree's ({@link RiskValues#problems}). */
  private RiskValues riskMatrix(String key, YamlValue value) {
    YamlValue.Mapping mapping = values.mapping(key + ".riskMatrix", value,
        "a mapping from feasibility rating to a list of risk values");
    if (mapping == null) {
      return null;
    }
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    for (YamlValue.Entry entry : mapping.entries().values()) {
      String what = "riskMatrix row '" + entry.key() + "'";
      if (!(entry.value() instanceof YamlValue.Sequence sequence)) {
        problems.add(entry.value().position(), what + " must be a list of "
            + RiskValues.IMPACT.size() + " risk values (" + String.join(", ", RiskValues.IMPACT)
            + "), not " + entry.value().describe());
        continue;
      }
      List<Integer> row = new ArrayList<>();
      for (YamlValue item : sequence.items()) {
        row.add(values.integer("a risk value", item));
      }
      if (!row.contains(null)) {
        rows.put(entry.key(), row);
      }
    }
    return new RiskValues(rows);
  }

  private Map<String, Double> levels(String what, YamlValue value) {
    Map<String, Double> levels = new LinkedHashMap<>();
    YamlValue.Mapping mapping = values.mapping(what, value, "a mapping from level name to number");
    if (mapping != null) {
      for (YamlValue.Entry entry : mapping.entries().values()) {
        Double number = values.number("level '" + entry.key() + "'", entry.value());
        if (number != null) {
          levels.put(entry.key(), number);
        }
      }
    }
    return levels;
  }

  /** The thresholds and budget under {@code key}; none when it is not a mapping (reported). */
  AnalysisSettings analysis(String key, YamlValue value) {
    YamlValue.Mapping mapping =
        values.mapping(key, value, "a mapping of thresholds and a budget");
    if (mapping == null) {
      return AnalysisSettings.NONE;
    }
    Double[] numbers = new Double[ANALYSIS_KEYS.size()];
    keys.walk(mapping, ANALYSIS_KEYS, List.of(), false, " in " + key, mapping.position(),
        (name, number) -> numbers[ANALYSIS_KEYS.indexOf(name)] = values.number(name, number));
    return new AnalysisSettings(numbers[0], numbers[1], numbers[2]);
  }
}
