package dev.thicket.model.io.otm;

import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.StepAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A step's cost, time and attack potential (the threat attribute {@code thicket-attacker}) and
 * the tree's attacker profiles (the project attribute {@code thicket-profiles}), as the plain
 * mappings of the tree file's keys (docs/format.md).
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

  /** @throws IllegalArgumentException naming what is wrong */
  static StepAttributes step(Map<String, Object> plain) {
    known(plain, List.of("cost", "time", "potential"), "thicket-attacker");
    return new StepAttributes(number("cost", plain.get("cost")),
        number("time", plain.get("time")),
        new Potential(levels(plain.get("potential"), List.of(PotentialFactor.values()),
            "potential")));
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

  /** @throws IllegalArgumentException naming what is wrong */
  static List<AttackerProfile> profiles(Map<String, Object> plain) {
    List<AttackerProfile> profiles = new ArrayList<>();
    for (Map.Entry<String, Object> entry : plain.entrySet()) {
      if (!(entry.getValue() instanceof Map<?, ?> map)) {
        throw new IllegalArgumentException("thicket-profiles." + entry.getKey()
            + " must be a mapping with a title");
      }
      Map<String, Object> profile = new LinkedHashMap<>();
      map.forEach((key, value) -> profile.put(String.valueOf(key), value));
      if (!(profile.get("title") instanceof String title)) {
        throw new IllegalArgumentException("thicket-profiles." + entry.getKey()
            + " needs a title");
      }
      Object description = profile.get("description");
      Map<String, Object> limits = new LinkedHashMap<>(profile);
      List.of("title", "description", "budget", "time").forEach(limits::remove);
      profiles.add(new AttackerProfile(entry.getKey(), title,
          description == null ? null : String.valueOf(description),
          number("budget", profile.get("budget")), number("time", profile.get("time")),
          levels(limits, PotentialFactor.PROFILE_LIMITS, "profile " + entry.getKey())));
    }
    return profiles;
  }

  private static Map<String, Object> levels(Map<PotentialFactor, String> levels) {
    Map<String, Object> plain = new LinkedHashMap<>();
    levels.forEach((factor, level) -> plain.put(factor.keyword(), level));
    return plain;
  }

  private static Map<PotentialFactor, String> levels(Object plain, List<PotentialFactor> allowed,
      String what) {
    Map<PotentialFactor, String> levels = new EnumMap<>(PotentialFactor.class);
    if (plain == null) {
      return levels;
    }
    if (!(plain instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(what + " must be a mapping from factor to level");
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      PotentialFactor factor = PotentialFactor.fromKeyword(String.valueOf(entry.getKey()))
          .filter(allowed::contains).orElseThrow(() -> new IllegalArgumentException(what
              + ": unknown factor '" + entry.getKey() + "'"));
      String level = String.valueOf(entry.getValue());
      if (!factor.levels().contains(level)) {
        throw new IllegalArgumentException(what + ": " + factor.keyword() + " is one of "
            + String.join(", ", factor.levels()) + ", not '" + level + "'");
      }
      levels.put(factor, level);
    }
    return levels;
  }

  private static void known(Map<String, Object> plain, List<String> keys, String what) {
    for (String key : plain.keySet()) {
      if (!keys.contains(key)) {
        throw new IllegalArgumentException(what + ": unknown key '" + key + "'");
      }
    }
  }

  private static void put(Map<String, Object> plain, String key, Double value) {
    OtmSettings.put(plain, key, value);
  }

  private static Double number(String what, Object value) {
    return OtmSettings.number(what, value);
  }
}
