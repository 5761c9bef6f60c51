package dev.thicket.exports;

import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.AttackerResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.ProfileResult;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.analysis.ScenarioAttributes;
import dev.thicket.model.tree.VisibleText;

/**
 * The attacker's view in the terminal summary (cheapest, fastest, easiest and the profiles), and
 * the phrases the reports' "Attackers" section shares with it.
 */
public final class AttackerText {
  private AttackerText() {}

  /** Whether the tree has anything to say about attackers: attributes or profiles. */
  public static boolean applies(AttackerResult attackers) {
    return attackers.cheapest() != null || attackers.fastest() != null
        || attackers.easiest() != null || !attackers.profiles().isEmpty();
  }

  /** "8 points (high)", or "unrated". */
  public static String potential(ScenarioAttributes attributes) {
    return attributes.potential() == null ? "unrated"
        : attributes.potential() + " points (" + attributes.rating().keyword() + ")";
  }

  /**
   * "attack feasibility: high, ISO/SAE 21434 risk value 5 of 5"; {@code null} when no scenario
   * is rated.
   */
  public static String feasibility(AttackerResult attackers) {
    return attackers.feasibility() == null ? null : "attack feasibility: "
        + attackers.feasibility().keyword() + ", ISO/SAE 21434 risk value "
        + attackers.easiest().attributes().riskValue() + " of 5";
  }

  /** Appends the section, or nothing when the tree has neither attributes nor profiles. */
  static void append(StringBuilder out, AnalysisResult result) {
    AttackerResult attackers = result.attackers();
    if (!applies(attackers)) {
      return;
    }
    out.append("\nAttackers:\n");
    line(out, "cheapest", attackers.cheapest());
    line(out, "fastest", attackers.fastest());
    line(out, "easiest", attackers.easiest());
    if (attackers.feasibility() != null) {
      out.append("  ").append(feasibility(attackers)).append('\n');
    }
    if (!attackers.profiles().isEmpty()) {
      Mode mode = result.mode();
      out.append(profileRow("profile (" + mode.keyword() + ")", "probability", "risk",
          "scenarios"));
      for (ProfileResult profile : attackers.profiles()) {
        out.append(profileRow(VisibleText.of(profile.id()),
            Decimals.of(profile.probability().get(mode)), Decimals.of(profile.risk().get(mode)),
            profile.scenarios()));
      }
    }
  }

  private static void line(StringBuilder out, String which, Scenario scenario) {
    if (scenario == null) {
      return;
    }
    ScenarioAttributes attributes = scenario.attributes();
    out.append("  ").append(Columns.left(which, 9)).append(' ')
        .append(VisibleText.of(String.join(" + ", scenario.leaves()))).append(": cost ")
        .append(Decimals.of(attributes.cost())).append(", ").append(Decimals.of(attributes.time()))
        .append(" h, ").append(potential(attributes)).append(Columns.LINE);
  }

  private static String profileRow(String profile, String probability, String risk,
      Object scenarios) {
    return "  " + Columns.left(profile, 28) + " " + Columns.right(probability, 12) + " "
        + Columns.right(risk, 10) + " " + Columns.right(scenarios, 10) + Columns.LINE;
  }
}
