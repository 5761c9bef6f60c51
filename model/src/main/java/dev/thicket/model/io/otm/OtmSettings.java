package dev.thicket.model.io.otm;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.Scales;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tree's scales and analysis settings as the project attributes {@code thicket-scales} and
 * {@code thicket-analysis} hold them: the mappings of the tree file's {@code scales} and {@code
 * analysis} sections ({@code YamlDocument.Mapper} reads them back by the tree reader's rules).
 */
final class OtmSettings {
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

  static Map<String, Object> plain(AnalysisSettings settings) {
    Map<String, Object> plain = new LinkedHashMap<>();
    put(plain, "criticalThreshold", settings.criticalThreshold());
    put(plain, "highRiskThreshold", settings.highRiskThreshold());
    put(plain, "budget", settings.budget());
    return plain;
  }

  static void put(Map<String, Object> plain, String key, Double value) {
    if (value != null) {
      plain.put(key, value);
    }
  }
}
