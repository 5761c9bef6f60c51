package dev.thicket.model.io.otm;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.YamlDocument;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test helpers: sample files, and OTM documents compared by meaning. */
final class OtmDocuments {
  private OtmDocuments() {}

  static byte[] resource(String name) throws IOException {
    try (InputStream in = OtmDocuments.class.getResourceAsStream("/interchange/" + name)) {
      if (in == null) {
        throw new IOException("no test resource " + name);
      }
      return in.readAllBytes();
    }
  }

  /** A YAML or JSON document as plain values. */
  static Object plain(byte[] content) throws TreeFileException {
    return YamlDocument.map("document", content, document -> document.plain(document.root()));
  }

  /**
   * What an OTM document says, for comparing two: maps sorted by key, the top-level lists sorted
   * by id (OTM gives their order no meaning), numbers as exact decimals, and the risk the writer
   * computes for other tools left out.
   */
  static Object meaning(Object document) {
    Object normal = normal(document);
    @SuppressWarnings("unchecked")
    Map<String, Object> top = (Map<String, Object>) normal;
    for (String list : List.of("trustZones", "components", "dataflows", "threats",
        "mitigations")) {
      if (top.get(list) instanceof List<?> items) {
        List<Object> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(item -> String.valueOf(((Map<?, ?>) item).get("id"))));
        top.put(list, sorted);
      }
    }
    if (top.get("project") instanceof Map<?, ?> project
        && project.get("attributes") instanceof Map<?, ?> attributes) {
      attributes.keySet().removeIf(key -> key.toString().startsWith("thicket-risk-")
          || key.toString().startsWith("thicket-probability-"));
      if (attributes.isEmpty()) {
        project.remove("attributes");
      }
    }
    return top;
  }

  private static Object normal(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((key, item) -> sorted.put(String.valueOf(key), normal(item)));
      return sorted;
    }
    if (value instanceof List<?> list) {
      return new ArrayList<>(list.stream().map(OtmDocuments::normal).toList());
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros();
    }
    return value;
  }

  static Map<String, Object> copy(Map<String, Object> map) {
    return new LinkedHashMap<>(map);
  }
}
