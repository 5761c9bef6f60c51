package dev.thicket.model.io.otm;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.RiskValues;
import dev.thicket.model.tree.Scales;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tree's scales and analysis settings as the project attributes {@code thicket-scales} and
 * {@code thicket-analysis} hold them: the mappings of the tree file's {@code scales} and {@code
 * analysis} sections.
 */
final class OtmSettings {
  private static final List<String> SCALE_KEYS = List.of("likelihood", "impact", "riskMatrix");

  private OtmSettings() {}

  static Map<String, Object> plain(Scales scales) {
    Map<String, Object> plain = new LinkedHashMap<>();
    plain.put("likelihood", new LinkedHashMap<String, Object>(scales.likelihood()));
    plain.put("impact", new LinkedHashMap<String, Object>(scales.impact()));
    if (scales.riskMatrix() != null) {
      Map<String, Object> rows = new LinkedHashMap<>();
      scales.riskMatrix().rows().forEach((rating, row) -> rows.put(rating, List.copyOf(row)));
      plain.put("riskMatrix", rows);
    }
    return plain;
  }

  /**
   * The scales of the attribute; the risk matrix's rules are the tree's.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static Scales scales(Map<String, Object> plain) {
    for (String key : plain.keySet()) {
      if (!SCALE_KEYS.contains(key)) {
        throw new IllegalArgumentException("thicket-scales: unknown key '" + key + "' (known: "
            + String.join(", ", SCALE_KEYS) + ")");
      }
    }
    return new Scales(levels(plain, "likelihood", Scales.DEFAULT.likelihood()),
        levels(plain, "impact", Scales.DEFAULT.impact()), riskMatrix(plain.get("riskMatrix")));
  }

  private static RiskValues riskMatrix(Object given) {
    if (given == null) {
      return null;
    }
    if (!(given instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("thicket-scales.riskMatrix must be a mapping from"
          + " feasibility rating to a list of risk values");
    }
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    map.forEach((rating, row) -> {
      if (!(row instanceof List<?> values)) {
        throw new IllegalArgumentException("thicket-scales.riskMatrix." + rating
            + " must be a list of risk values");
      }
      List<Integer> whole = new ArrayList<>();
      for (Object value : values) {
        if (!(value instanceof Long number) || number < Integer.MIN_VALUE
            || number > Integer.MAX_VALUE) {
          throw new IllegalArgumentException("thicket-scales.riskMatrix." + rating
              + ": a risk value must be a whole number, not " + value);
        }
        whole.add(number.intValue());
      }
      rows.put(String.valueOf(rating), whole);
    });
    return new RiskValues(rows);
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
