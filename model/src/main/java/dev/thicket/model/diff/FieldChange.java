package dev.thicket.model.diff;

import java.util.Set;

/**
 * One field of a node, mitigation or tree that differs, with its values as a file writes them
 * ({@code null} when absent).
 */
public record FieldChange(String field, String before, String after) {
  private static final Set<String> FREE_TEXT = Set.of("title", "description", "rationale",
      "references", "estimates", "extensions", "scales", "analysis", "profiles",
      "potential");

  /** "likelihood 0.1 → 0.3"; free text (titles, descriptions…) only as "title changed". */
  public String summary() {
    return FREE_TEXT.contains(field) ? field + " changed"
        : field + " " + shown(before) + " → " + shown(after);
  }

  private static String shown(String value) {
    return value == null ? "(none)" : value;
  }
}
