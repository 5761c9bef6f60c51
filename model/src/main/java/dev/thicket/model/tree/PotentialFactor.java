package dev.thicket.model.tree;

import java.util.List;
import java.util.Optional;

/**
 * The five attack-potential factors of ISO/SAE 21434 (Annex G), each with its named levels in
 * ascending order and their standard points.
 */
public enum PotentialFactor {
  ELAPSED("elapsed", List.of("one-day", "one-week", "one-month", "six-months", "more"),
      new int[] {0, 1, 4, 17, 19}),
  EXPERTISE("expertise", List.of("layman", "proficient", "expert", "multiple-experts"),
      new int[] {0, 3, 6, 8}),
  KNOWLEDGE("knowledge", List.of("public", "restricted", "confidential", "strictly-confidential"),
      new int[] {0, 3, 7, 11}),
  WINDOW("window", List.of("unlimited", "easy", "moderate", "difficult"), new int[] {0, 1, 4, 10}),
  EQUIPMENT("equipment", List.of("standard", "specialized", "bespoke", "multiple-bespoke"),
      new int[] {0, 4, 7, 9});

  /** The factors a profile limits (the elapsed time is bounded by its {@code time} instead). */
  public static final List<PotentialFactor> PROFILE_LIMITS =
      List.of(EXPERTISE, KNOWLEDGE, WINDOW, EQUIPMENT);

  private final String keyword;
  private final List<String> levels;
  private final int[] points;

  PotentialFactor(String keyword, List<String> levels, int[] points) {
    this.keyword = keyword;
    this.levels = levels;
    this.points = points;
  }

  /** The key in a file. */
  public String keyword() {
    return keyword;
  }

  /** The level names, lowest first. */
  public List<String> levels() {
    return levels;
  }

  /** The rank of {@code level} (0 = lowest), or -1 when it is no level of this factor. */
  public int rank(String level) {
    return levels.indexOf(level);
  }

  /** The standard points of a known {@code level}. */
  public int points(String level) {
    return points[rank(level)];
  }

  /** The points of the level of rank {@code rank}. */
  public int pointsOfRank(int rank) {
    return points[rank];
  }

  public static Optional<PotentialFactor> fromKeyword(String keyword) {
    for (PotentialFactor factor : values()) {
      if (factor.keyword.equals(keyword)) {
        return Optional.of(factor);
      }
    }
    return Optional.empty();
  }
}
