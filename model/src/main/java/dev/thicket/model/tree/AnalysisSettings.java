package dev.thicket.model.tree;

/**
 * The {@code analysis} section of a tree file; {@code null} means "use the default" (no budget).
 * The CLI may override the thresholds.
 *
 * @param criticalThreshold a node is critical when its Fussell–Vesely importance is at least this
 * @param highRiskThreshold a scenario is high-risk when its risk is at least this
 * @param budget what the team can spend on mitigations (in their cost unit): reports name the
 *     best plan within it
 */
public record AnalysisSettings(Double criticalThreshold, Double highRiskThreshold,
    Double budget) {

  public static final double DEFAULT_CRITICAL_THRESHOLD = 0.1;
  public static final double DEFAULT_HIGH_RISK_THRESHOLD = 0.1;
  public static final AnalysisSettings NONE = new AnalysisSettings(null, null, null);

  /** Thresholds without a budget. */
  public AnalysisSettings(Double criticalThreshold, Double highRiskThreshold) {
    this(criticalThreshold, highRiskThreshold, null);
  }

  /** These settings with {@code newBudget} (null for none). */
  public AnalysisSettings withBudget(Double newBudget) {
    return new AnalysisSettings(criticalThreshold, highRiskThreshold, newBudget);
  }

  /** Whether the file gives any of them (the writer then writes the section). */
  public boolean given() {
    return criticalThreshold != null || highRiskThreshold != null || budget != null;
  }

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
        overrides.highRiskThreshold != null ? overrides.highRiskThreshold : highRiskThreshold,
        overrides.budget != null ? overrides.budget : budget);
  }
}
