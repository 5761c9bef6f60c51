package dev.thicket.model.io.otm;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.Scales;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tree's scales and analysis settings as the project attributes {@code thicket-scales} and
 * {@code thicket-analysis} hold them: the mappings of the tree file's {@code scales} and {@code
 * analysis} sections.
 */
final class OtmSettings {
  private OtmSettings() {}

  static Map<String, Object> plain(Scales scales) {
    Map<String, Object> plain = new LinkedHashMap<>();
    plain.put("likelihood", new LinkedHashMap<String, Object>(scales.likelihood()));
    plain.put("impact", new LinkedHashMap<String, Object>(scales.impact()));
    return plain;
  }

  /** @throws IllegalArgumentException naming what is wrong */
  static Scales scales(Map<String, Object> plain) {
    return new Scales(levels(plain, "likelihood", Scales.DEFAULT.likelihood()),
        levels(plain, "impact", Scales.DEFAULT.impact()));
  }

  private static Map<String, Double> levels(Map<String, Object> plain, String scale,
      Map<String, Double> otherwise) {
    Object given = plain.get(scale);
    if (given == null) {
      return otherwise;
    }
    if (!(given instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("thicket-scales." + scale
          + " must be a mapping from level name to number");
    }
    Map<String, Double> levels = new LinkedHashMap<>();
    map.forEach((name, value) -> levels.put(String.valueOf(name),
        number("level '" + name + "'", value)));
    return levels;
  }

  static Map<String, Object> plain(AnalysisSettings settings) {
    Map<String, Object> plain = new LinkedHashMap<>();
    put(plain, "criticalThreshold", settings.criticalThreshold());
    put(plain, "highRiskThreshold", settings.highRiskThreshold());
    put(plain, "budget", settings.budget());
    return plain;
  }

  /** @throws IllegalArgumentException naming what is wrong */
  static AnalysisSettings analysis(Map<String, Object> plain) {
    return new AnalysisSettings(number("criticalThreshold", plain.get("criticalThreshold")),
        number("highRiskThreshold", plain.get("highRiskThreshold")),
        number("budget", plain.get("budget")));
  }

  static void put(Map<String, Object> plain, String key, Double value) {
    if (value != null) {
      plain.put(key, value);
    }
  }

  static Double number(String what, Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
      throw new IllegalArgumentException(what + " must be a number, not " + value);
    }
    return number.doubleValue();
  }
}
