package dev.thicket.app.editor.viewmodel;

/**
 * The tree's own values and the analysis settings of its file, as fields: the Tree tab shows all
 * but the budget, which the Plan tab shows beside the plans it picks from.
 */
public enum TreeField {
  TITLE("treeTitle", "title"),
  DESCRIPTION("treeDescription", "description"),
  CRITICAL_THRESHOLD("criticalThreshold", "critical threshold"),
  HIGH_RISK_THRESHOLD("highRiskThreshold", "high-risk threshold"),
  BUDGET("budget", "budget"),
  LIKELIHOOD_SCALE("likelihoodScale", "likelihood levels"),
  IMPACT_SCALE("impactScale", "impact levels"),
  /** The tree's own {@code x-} keys as YAML lines, but the merge's list of conflicts. */
  EXTENSIONS("treeExtensions", "x- keys");

  private final String key;
  private final String label;

  TreeField(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** A short name without spaces, for control ids (unlike the node panel's). */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }
}
