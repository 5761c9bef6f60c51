package dev.thicket.model.merge;

import static dev.thicket.model.io.TreeDocument.map;

import dev.thicket.model.merge.MergeConflict.Element;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and puts the fields of a merge conflict in a tree's plain values
 * ({@link dev.thicket.model.io.TreeDocument}): a field is the keys it covers, so {@code gate} is
 * {@code gate} and {@code k}, and {@code analysis.budget} is {@code budget} under
 * {@code analysis}.
 */
final class DocumentFields {
  private static final String ANALYSIS = "analysis.";

  private DocumentFields() {}

  /** The keys of {@code field} that {@code mapping} has, as a new mapping ({@code {}} if none). */
  static Map<String, Object> get(Map<String, Object> mapping, String field) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (field.startsWith(ANALYSIS)) {
      Map<String, Object> analysis = get(map(mapping.get("analysis")), field.substring(
          ANALYSIS.length()));
      if (!analysis.isEmpty()) {
        values.put("analysis", analysis);
      }
      return values;
    }
    for (String key : keys(field)) {
      if (mapping.containsKey(key)) {
        values.put(key, mapping.get(key));
      }
    }
    return values;
  }

  /**
   * Puts {@code values} (as {@link #get} gives them) for {@code field} into {@code mapping}: a key
   * keeps its place when both have it, one {@code values} lacks is removed, a new one goes last.
   */
  static void put(Map<String, Object> mapping, String field, Map<String, Object> values) {
    if (field.startsWith(ANALYSIS)) {
      Map<String, Object> analysis = new LinkedHashMap<>(map(mapping.get("analysis")));
      put(analysis, field.substring(ANALYSIS.length()), map(values.get("analysis")));
      if (analysis.isEmpty()) {
        mapping.remove("analysis");
      } else {
        mapping.put("analysis", analysis);
      }
      return;
    }
    for (String key : keys(field)) {
      if (values.containsKey(key)) {
        mapping.put(key, values.get(key));
      } else {
        mapping.remove(key);
      }
    }
  }

  /** The mapping of node or mitigation {@code id} in {@code document}, or {@code null}. */
  static Map<String, Object> element(Map<String, Object> document, Element element, String id) {
    Object found = map(document.get(container(element))).get(id);
    return found instanceof Map<?, ?> ? map(found) : null;
  }

  /** {@code nodes} or {@code mitigations}. */
  static String container(Element element) {
    return element == Element.NODE ? "nodes" : "mitigations";
  }

  /** {@code children} for a node, {@code mitigations} for a mitigation: the lists that link it. */
  static String link(Element element) {
    return element == Element.NODE ? "children" : "mitigations";
  }

  private static List<String> keys(String field) {
    return "gate".equals(field) ? List.of("gate", "k") : List.of(field);
  }
}
