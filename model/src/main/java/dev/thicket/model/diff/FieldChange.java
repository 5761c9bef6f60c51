package dev.thicket.model.diff;

import java.util.Set;

/**
 * One field of a node, mitigation or tree that differs, with its values as a file writes them
 * ({@code null} when absent).
 */
public record FieldChange(String field, String before, String after) {
  /** Prose: a summary says only that it changed. */
  private static final Set<String> FREE_TEXT = Set.of("title", "description", "rationale",
      "references", "estimates");
  /** Values a summary shows when both fit on a short line. */
  private static final Set<String> STRUCTURED = Set.of("extensions", "scales", "analysis",
      "profiles", "potential");
  /** The longest structured value a summary shows. */
  static final int SHOWN_LENGTH = 60;

  /**
   * "likelihood 0.1 → 0.3", "extensions (none) → x-owner: Ada"; free text (titles,
   * descriptions…), and structured values (scales, {@code x-} keys…) longer than {@value
   * #SHOWN_LENGTH} characters, only as "title changed".
   */
  public String summary() {
    boolean hidden = FREE_TEXT.contains(field) || STRUCTURED.contains(field)
        && (length(before) > SHOWN_LENGTH || length(after) > SHOWN_LENGTH);
    return hidden ? field + " changed" : field + " " + shown(before) + " → " + shown(after);
  }

  private static int length(String value) {
    return value == null ? 0 : value.length();
  }

  private static String shown(String value) {
    return value == null ? "(none)" : value;
  }
}
