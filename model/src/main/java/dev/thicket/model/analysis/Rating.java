package dev.thicket.model.analysis;

/**
 * The ISO/SAE 21434 (Annex G) attack feasibility rating of an attack-potential total: the fewer
 * points an attack needs, the more feasible it is.
 */
public enum Rating {
  /** 0–13 points. */
  HIGH("high"),
  /** 14–19 points. */
  MEDIUM("medium"),
  /** 20–24 points. */
  LOW("low"),
  /** 25 points or more. */
  VERY_LOW("very-low");

  private final String keyword;

  Rating(String keyword) {
    this.keyword = keyword;
  }

  public String keyword() {
    return keyword;
  }

  public static Rating of(int points) {
    return points <= 13 ? HIGH : points <= 19 ? MEDIUM : points <= 24 ? LOW : VERY_LOW;
  }
}
