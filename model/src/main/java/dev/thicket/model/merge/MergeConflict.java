package dev.thicket.model.merge;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A field the two sides changed differently, or an element one side deleted while the other
 * changed it. The merged tree keeps ours for it.
 *
 * @param id the node or mitigation id; {@code null} for the tree itself
 * @param field the field ({@code likelihood}, {@code children}, an {@code x-} key,
 *     {@code analysis.budget}…); {@code null} for the element as a whole
 * @param base the base's value as the diff shows it ({@code 0.1}, {@code a, b}, {@code atleast
 *     2}); for a whole element {@code present}, {@code deleted} or {@code changed (fields)};
 *     {@code null} when absent
 * @param reason why it is a conflict when that is not plain from the values, else {@code null}
 */
public record MergeConflict(Element element, String id, String field, String base, String ours,
    String theirs, String reason) {

  /** The top-level extension key under which a merged file lists its conflicts. */
  public static final String EXTENSION = "x-merge-conflicts";

  /** What a conflict is about. */
  public enum Element {
    TREE,
    NODE,
    MITIGATION;

    public String keyword() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code node dep-vulns: likelihood: base 0.1, ours 0.3, theirs 0.2}. */
  @Override
  public String toString() {
    StringBuilder line = new StringBuilder(element.keyword());
    if (id != null) {
      line.append(' ').append(id);
    }
    line.append(": ");
    if (field != null) {
      line.append(field).append(": ");
    }
    line.append("base ").append(shown(base)).append(", ours ").append(shown(ours))
        .append(", theirs ").append(shown(theirs));
    if (reason != null) {
      line.append(" (").append(reason).append(')');
    }
    return line.toString();
  }

  /**
   * This conflict as an item of {@link #EXTENSION}: {@code node} or {@code mitigation} (the id;
   * neither for the tree), {@code field}, {@code base}, {@code ours}, {@code theirs},
   * {@code reason}; keys of absent values left out.
   */
  public Map<String, Object> toExtension() {
    Map<String, Object> item = new LinkedHashMap<>();
    if (element != Element.TREE) {
      item.put(element.keyword(), id);
    }
    putPresent(item, "field", field);
    putPresent(item, "base", base);
    putPresent(item, "ours", ours);
    putPresent(item, "theirs", theirs);
    putPresent(item, "reason", reason);
    return item;
  }

  private static void putPresent(Map<String, Object> item, String key, String value) {
    if (value != null) {
      item.put(key, value);
    }
  }

  private static String shown(String value) {
    return value == null ? "(none)" : value;
  }
}
