package dev.thicket.model.diff;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Changes applied to the old tree together: node ids (each set to its new version, added or
 * removed), mitigation ids and tree settings ({@code title}, {@code description}, {@code root},
 * {@code scales}, {@code analysis}), each set in document order; {@code descriptions} says
 * what they change, for people.
 */
public record ChangeUnit(Set<String> nodes, Set<String> mitigations, Set<String> settings,
    List<String> descriptions) {
  public ChangeUnit {
    nodes = ordered(nodes);
    mitigations = ordered(mitigations);
    settings = ordered(settings);
    descriptions = List.copyOf(descriptions);
  }

  private static Set<String> ordered(Set<String> ids) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(ids));
  }

  /** The descriptions joined by "; ". */
  public String label() {
    return String.join("; ", descriptions);
  }
}
