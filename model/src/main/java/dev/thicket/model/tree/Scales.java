package dev.thicket.model.tree;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named levels for likelihood (probabilities in [0,1]) and impact (0..10), and the risk matrix of
 * the attacker's view. The likelihood scale must have a {@code medium} level: unestimated leaves
 * are computed with it.
 *
 * @param riskMatrix the tree's own ISO/SAE 21434 risk matrix; {@code null}: {@link
 *     RiskValues#ANNEX_H}, not written
 */
public record Scales(Map<String, Double> likelihood, Map<String, Double> impact,
    RiskValues riskMatrix) {

  public static final String MEDIUM = "medium";

  /** very-low 0.05, low 0.1, medium 0.3, high 0.6, very-high 0.9; impact low 2 … critical 10. */
  public static final Scales DEFAULT =
      new Scales(
          ordered("very-low", 0.05, "low", 0.1, MEDIUM, 0.3, "high", 0.6, "very-high", 0.9),
          ordered("low", 2.0, MEDIUM, 5.0, "high", 8.0, "critical", 10.0));

  public Scales {
    likelihood = Collections.unmodifiableMap(new LinkedHashMap<>(likelihood));
    impact = Collections.unmodifiableMap(new LinkedHashMap<>(impact));
  }

  /** Without a risk matrix of its own. */
  public Scales(Map<String, Double> likelihood, Map<String, Double> impact) {
    this(likelihood, impact, null);
  }

  /** The risk matrix the analysis uses: the tree's own, else the Annex H example. */
  public RiskValues riskMatrixInUse() {
    return riskMatrix != null ? riskMatrix : RiskValues.ANNEX_H;
  }

  /** The probability an unestimated leaf is computed with. */
  public double defaultLikelihood() {
    Double medium = likelihood.get(MEDIUM);
    return medium != null ? medium : DEFAULT.likelihood.get(MEDIUM);
  }

  private static Map<String, Double> ordered(Object... namesAndValues) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], (Double) namesAndValues[i + 1]);
    }
    return map;
  }
}
