package dev.thicket.model.io;

import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.PotentialFactor;
import java.util.List;
import java.util.Map;

/**
 * Maps the entries of the top-level {@code profiles} to {@link AttackerProfile}s (and OTM's
 * {@code thicket-profiles}, by the same rules).
 */
final class ProfileMapper {
  /** The keys of a profile, in the order they are written. */
  static final List<String> PROFILE_KEYS = List.of("title", "description", "budget", "time",
      "expertise", "knowledge", "window", "equipment");

  private final Values values;
  private final Keys keys;
  private final ElementMapper elements;

  ProfileMapper(Values values, Keys keys, ElementMapper elements) {
    this.values = values;
    this.keys = keys;
    this.elements = elements;
  }

  /** The profiles of a mapping from profile id to profile; unusable ones reported, left out. */
  List<AttackerProfile> profiles(String key, YamlValue value) {
    YamlValue.Mapping mapping = values.mapping(key, value, "a mapping from profile id to profile");
    List<AttackerProfile> profiles = new java.util.ArrayList<>();
    if (mapping != null) {
      for (YamlValue.Entry entry : mapping.entries().values()) {
        AttackerProfile profile = profile(entry);
        if (profile != null) {
          profiles.add(profile);
        }
      }
    }
    return profiles;
  }

  /** The profile of a {@code profiles} entry; {@code null} when unusable. */
  AttackerProfile profile(YamlValue.Entry entry) {
    String id = entry.key();
    YamlValue.Mapping mapping = values.mapping("profile '" + id + "'", entry.value(),
        "a mapping with a title");
    if (mapping == null) {
      return null;
    }
    String where = " in profile '" + id + "'";
    String[] texts = new String[2];
    Double[] limits = new Double[2];
    Map<PotentialFactor, String> levels = new java.util.EnumMap<>(PotentialFactor.class);
    keys.walk(mapping, PROFILE_KEYS, List.of("title"), false, where, entry.keyPosition(),
        (key, value) -> {
          switch (key) {
            case "title" -> texts[0] = values.text(key, value);
            case "description" -> texts[1] = values.text(key, value);
            case "budget" -> limits[0] = values.number(key, value);
            case "time" -> limits[1] = values.number(key, value);
            default -> elements.putLevel(levels, key, value);
          }
        });
    return texts[0] == null ? null
        : new AttackerProfile(id, texts[0], texts[1], limits[0], limits[1], levels);
  }
}
