package dev.thicket.model.io.otm;

import dev.thicket.model.io.Position;
import dev.thicket.model.io.YamlDocument;
import dev.thicket.model.io.YamlValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One object of an OTM file (project, trust zone, component, dataflow, threat, mitigation) as
 * read: its id, name and description, its {@code thicket-…} and {@code x-…} attributes apart,
 * and everything else as plain values ({@link #rest}) to be kept in {@code x-otm}.
 *
 * @param fields every key of the object, with its value and position
 * @param rest the keys the reader does not map, attributes other than thicket- and x- included
 */
record OtmElement(String kind, String id, String name, String description, Position position,
    Map<String, YamlValue> fields, Map<String, YamlValue> thicket, Map<String, Object> extensions,
    Map<String, Object> rest) {

  /**
   * Reads {@code value} as an object of {@code kind} with a required id and name; {@code mapped}
   * are the keys the caller maps itself (left out of {@link #rest}). {@code null} after a problem.
   */
  static OtmElement read(YamlDocument.Mapper document, String kind, YamlValue value,
      Set<String> mapped) {
    YamlValue.Mapping mapping = document.mapping(kind, value, "a mapping (an OTM " + kind + ")");
    if (mapping == null) {
      return null;
    }
    String id = required(document, kind, mapping, "id");
    String name = required(document, kind, mapping, "name");
    YamlValue description = mapping.entries().containsKey("description")
        ? mapping.entry("description").value() : null;
    String text = description == null || isNull(description) ? null
        : document.text(kind + " description", description);
    Map<String, YamlValue> fields = new LinkedHashMap<>();
    Map<String, YamlValue> thicket = new LinkedHashMap<>();
    Map<String, Object> extensions = new LinkedHashMap<>();
    Map<String, Object> rest = new LinkedHashMap<>();
    for (YamlValue.Entry entry : mapping.entries().values()) {
      fields.put(entry.key(), entry.value());
      if (entry.key().equals("attributes")) { // left empty: none, nothing to keep
        Map<String, Object> others = isEmpty(entry.value()) ? Map.of()
            : attributes(document, kind, entry.value(), thicket, extensions);
        if (!others.isEmpty()) {
          rest.put("attributes", others);
        }
      } else if (!mapped.contains(entry.key()) && !List.of("id", "name", "description")
          .contains(entry.key())) {
        rest.put(entry.key(), document.plain(entry.value()));
      }
    }
    if (id == null || name == null) {
      return null;
    }
    return new OtmElement(kind, id, name, text, mapping.position(), fields, thicket, extensions,
        rest);
  }

  private static Map<String, Object> attributes(YamlDocument.Mapper document, String kind,
      YamlValue value, Map<String, YamlValue> thicket, Map<String, Object> extensions) {
    Map<String, Object> others = new LinkedHashMap<>();
    YamlValue.Mapping attributes = document.mapping(kind + " attributes", value,
        "a mapping from name to value");
    if (attributes == null) {
      return others;
    }
    for (YamlValue.Entry entry : attributes.entries().values()) {
      if (entry.key().startsWith("thicket-")) {
        thicket.put(entry.key(), entry.value());
      } else if (entry.key().startsWith("x-")) {
        extensions.put(entry.key(), document.plain(entry.value()));
      } else {
        others.put(entry.key(), document.plain(entry.value()));
      }
    }
    return others;
  }

  private static String required(YamlDocument.Mapper document, String kind,
      YamlValue.Mapping mapping, String key) {
    YamlValue.Entry entry = mapping.entry(key);
    if (entry == null) {
      document.problem(mapping.position(), "this " + kind + " has no " + key
          + " (OTM requires one)");
      return null;
    }
    return document.text(kind + " " + key, entry.value());
  }

  static boolean isNull(YamlValue value) {
    return value instanceof YamlValue.Scalar scalar && scalar.kind() == YamlValue.Kind.NULL;
  }

  /** Null, or an empty text where a list or mapping belongs ({@code attributes:} left empty). */
  static boolean isEmpty(YamlValue value) {
    return isNull(value) || value instanceof YamlValue.Scalar scalar && scalar.text().isEmpty();
  }

  /** The value of {@code key}, or {@code null} when absent or null. */
  YamlValue field(String key) {
    YamlValue value = fields.get(key);
    return value == null || isEmpty(value) ? null : value;
  }

  /** Where to point for a problem about {@code key}: its value, else the object. */
  Position at(String key) {
    YamlValue value = fields.get(key);
    return value == null ? position : value.position();
  }
}
