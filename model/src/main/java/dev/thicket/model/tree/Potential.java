package dev.thicket.model.tree;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The attack-potential rating of a step (ISO/SAE 21434 Annex G): a level name per factor; a
 * factor left out is unrated. Level names are checked by the tree's validation, not here.
 */
public record Potential(Map<PotentialFactor, String> levels) {
  public static final Potential NONE = new Potential(Map.of());

  public Potential {
    EnumMap<PotentialFactor, String> copy = new EnumMap<>(PotentialFactor.class);
    copy.putAll(levels);
    levels = Collections.unmodifiableMap(copy);
  }

  public boolean isEmpty() {
    return levels.isEmpty();
  }

  /** Whether every factor is rated (only then the step has a total). */
  public boolean rated() {
    return levels.size() == PotentialFactor.values().length;
  }

  /** The level of {@code factor}, {@code null} when unrated. */
  public String level(PotentialFactor factor) {
    return levels.get(factor);
  }

  /** The rank of {@code factor}'s level (0 = lowest), -1 when unrated. */
  public int rank(PotentialFactor factor) {
    String level = levels.get(factor);
    return level == null ? -1 : factor.rank(level);
  }

  /** The sum of the five factors' points; {@code null} unless every factor is rated. */
  public Integer total() {
    if (!rated()) {
      return null;
    }
    int total = 0;
    for (Map.Entry<PotentialFactor, String> entry : levels.entrySet()) {
      total += entry.getKey().points(entry.getValue());
    }
    return total;
  }

  /** {@code elapsed one-week, expertise layman}: the rated factors in the standard's order. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    levels.forEach((factor, level) -> text.append(text.isEmpty() ? "" : ", ")
        .append(factor.keyword()).append(' ').append(level));
    return text.toString();
  }
}
