package dev.thicket.model.io.otm;

import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.StepAttributes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step's cost, time and attack potential (the threat attribute {@code thicket-attacker}) and
 * the tree's attacker profiles (the project attribute {@code thicket-profiles}), written as the
 * plain mappings of the tree file's keys (docs/format.md); {@code YamlDocument.Mapper} reads them
 * back by the tree reader's rules.
 */
final class OtmAttackers {
  private OtmAttackers() {}

  static Map<String, Object> plain(StepAttributes step) {
    Map<String, Object> plain = new LinkedHashMap<>();
    put(plain, "cost", step.cost());
    put(plain, "time", step.time());
    if (!step.potential().isEmpty()) {
      plain.put("potential", levels(step.potential().levels()));
    }
    return plain;
  }

  static Map<String, Object> plain(java.util.Collection<AttackerProfile> profiles) {
    Map<String, Object> plain = new LinkedHashMap<>();
    for (AttackerProfile profile : profiles) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("title", profile.title());
      if (profile.description() != null) {
        entry.put("description", profile.description());
      }
      put(entry, "budget", profile.budget());
      put(entry, "time", profile.time());
      entry.putAll(levels(profile.limits()));
      plain.put(profile.id(), entry);
    }
    return plain;
  }

  private static Map<String, Object> levels(Map<PotentialFactor, String> levels) {
    Map<String, Object> plain = new LinkedHashMap<>();
    levels.forEach((factor, level) -> plain.put(factor.keyword(), level));
    return plain;
  }

  private static void put(Map<String, Object> plain, String key, Double value) {
    OtmSettings.put(plain, key, value);
  }
}
