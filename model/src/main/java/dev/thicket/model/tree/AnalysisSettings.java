package dev.thicket.model.tree;

/**
 * Thresholds stored in a tree file; {@code null} means "use the default". The CLI may override
 * them.
 *
 * @param criticalThreshold a node is critical when its Fussell–Vesely importance is at least this
 * @param highRiskThreshold a scenario is high-risk when its risk is at least this
 */
public record AnalysisSettings(Double criticalThreshold, Double highRiskThreshold) {

  public static final double DEFAULT_CRITICAL_THRESHOLD = 0.1;
  public static final double DEFAULT_HIGH_RISK_THRESHOLD = 0.1;
  public static final AnalysisSettings NONE = new AnalysisSettings(null, null);

  public double criticalOrDefault() {
    return criticalThreshold != null ? criticalThreshold : DEFAULT_CRITICAL_THRESHOLD;
  }

  public double highRiskOrDefault() {
    return highRiskThreshold != null ? highRiskThreshold : DEFAULT_HIGH_RISK_THRESHOLD;
  }

  /** These settings with the non-null values of {@code overrides} in place. */
  public AnalysisSettings overriddenBy(AnalysisSettings overrides) {
    return new AnalysisSettings(
        overrides.criticalThreshold != null ? overrides.criticalThreshold : criticalThreshold,
        overrides.highRiskThreshold != null ? overrides.highRiskThreshold : highRiskThreshold);
  }
}
