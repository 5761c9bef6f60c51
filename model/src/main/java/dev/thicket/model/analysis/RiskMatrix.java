package dev.thicket.model.analysis;

import dev.thicket.model.tree.RiskValues;

/**
 * The risk value of ISO/SAE 21434 (clause 15.8): an attack feasibility rating and an impact
 * rating give a value from 1 (lowest) to 5 by a risk matrix, the tree's {@code
 * scales.riskMatrix} or else the standard's example matrix of Annex H ({@link
 * RiskValues#ANNEX_H}):
 *
 * <pre>
 *               very-low  low  medium  high
 *   severe          2      3      4      5
 *   major           1      2      3      4
 *   moderate        1      2      2      3
 *   negligible      1      1      1      1
 * </pre>
 *
 * The tree's impact (0–10) is rated by the default impact scale's levels, the boundaries halfway
 * between them: low (2) negligible below 3.5, medium (5) moderate below 6.5, high (8) major below
 * 9, critical (10) severe from 9.
 */
public final class RiskMatrix {
  private RiskMatrix() {}

  /** The impact rating of ISO/SAE 21434 for an impact in [0, 10]. */
  public enum Impact {
    NEGLIGIBLE("negligible"),
    MODERATE("moderate"),
    MAJOR("major"),
    SEVERE("severe");

    private final String keyword;

    Impact(String keyword) {
      this.keyword = keyword;
    }

    public String keyword() {
      return keyword;
    }

    public static Impact of(double impact) {
      return impact < 3.5 ? NEGLIGIBLE : impact < 6.5 ? MODERATE : impact < 9 ? MAJOR : SEVERE;
    }
  }

  /** The risk value (1–5) of {@code feasibility} at {@code impact} (0–10) by Annex H. */
  public static int value(Rating feasibility, double impact) {
    return value(feasibility, impact, RiskValues.ANNEX_H);
  }

  /** The risk value (1–5) of {@code feasibility} at {@code impact} (0–10) by {@code matrix}. */
  public static int value(Rating feasibility, double impact, RiskValues matrix) {
    return matrix.value(feasibility.keyword(), Impact.of(impact).keyword());
  }
}
