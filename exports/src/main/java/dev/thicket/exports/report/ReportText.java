package dev.thicket.exports.report;

import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.score.MitigationScore;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.Mitigation;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The sentences of a report as plain text, the same in every format; each renderer escapes them
 * for its target.
 */
public final class ReportText {
  private ReportText() {}

  /** Column header and table word for {@link NodeScore#contribution}. */
  public static final String CONTRIBUTION = "risk removed if blocked";

  /** The gate in words ({@link ScoredTree#gateLabel}: "AND", "2 of 3"), or "leaf". */
  public static String gate(NodeScore score) {
    return score.gateLabel().isEmpty() ? "leaf" : score.gateLabel();
  }

  /** "P 0.03 · if blocked −0.2932": the node's probability and the risk removed if blocked. */
  public static String probabilityAndContribution(NodeScore score) {
    return "P " + Decimals.of(score.probability()) + " · if blocked −"
        + Decimals.of(score.contribution());
  }

  /** The mode and which mitigations it counts. */
  public static String mode(Mode mode) {
    return mode.keyword() + switch (mode) {
      case INHERENT -> " (no mitigation counted)";
      case RESIDUAL -> " (implemented mitigations counted)";
      case PLANNED -> " (implemented and planned mitigations counted)";
    };
  }

  /** "4 scenarios (minimal cut sets), 4 listed, 1 high-risk (risk ≥ 0.25)." */
  public static String scenarioCounts(Report report) {
    long highRisk = report.highRiskCount();
    boolean lowerBound = !report.listsAll() && highRisk == report.scenarios().size()
        && highRisk > 0;
    return report.result().cutSets().count() + " scenarios (minimal cut sets), "
        + report.scenarios().size() + " listed, " + (lowerBound ? "at least " : "") + highRisk
        + " high-risk (risk ≥ " + Decimals.of(report.result().highRiskThreshold()) + ")"
        + (report.result().cutSets().rankingExact() ? "." : "; the ranking could not be proved "
        + "exact for so many scenarios and is a best effort.");
  }

  /** The leaves of a scenario by title and id: "Title A (a) and Title B (b)". */
  public static String leaves(Report report, Scenario scenario) {
    return scenario.leaves().stream()
        .map(id -> report.tree().node(id).title() + " (" + id + ")")
        .collect(Collectors.joining(" and "));
  }

  /** One sentence on the scenario ranked {@code rank} (1-based). */
  public static String topRisk(Report report, int rank) {
    Scenario scenario = report.scenarios().get(rank - 1);
    String mitigations = scenario.mitigations().isEmpty()
        ? "no " + report.mode().keyword() + " mitigation stands in its way"
        : "the attack must get past " + String.join(", ", scenario.mitigations());
    String verb = scenario.leaves().size() == 1 ? " succeeds" : " together succeed";
    return leaves(report, scenario) + verb + " with probability "
        + Decimals.of(scenario.probability()) + ", a risk of " + Decimals.of(scenario.risk())
        + (scenario.highRisk() ? ", high-risk" : "") + "; " + mitigations + ".";
  }

  /** The sentence above a table of mitigations: what its columns mean, in the report's mode. */
  public static String mitigationsIntro(Report report) {
    String mode = report.mode().keyword();
    return "Risk of the goal (" + mode + " mode) with each mitigation not counted (without), "
        + "counted at its effectiveness (with) and as if it stopped every attack it covers (if "
        + "perfect), the other mitigations as the mode counts them; reduction = without − with. "
        + "For a mitigation the mode does not count yet, \"with\" is the risk once it is in "
        + "place.";
  }

  /** The line above the list of what each described mitigation is (its description). */
  public static final String MITIGATIONS_DESCRIBED = "What the mitigations are:";

  /** The mitigations of the report with a description or references, in file order. */
  public static List<Mitigation> describedMitigations(Report report) {
    return report.scored().mitigations().stream().map(MitigationScore::mitigation)
        .filter(mitigation -> details(mitigation, text -> text) != null).toList();
  }

  /**
   * What is said of {@code mitigation} after its id and title, on one line: its description, then
   * "References: a; b"; each text (the description, each reference) passed through {@code each}
   * (a renderer's escaping); null when it has neither.
   */
  public static String details(Mitigation mitigation, UnaryOperator<String> each) {
    String description = mitigation.description() == null || mitigation.description().isBlank()
        ? null : each.apply(mitigation.description().strip().replace('\n', ' '));
    String references = mitigation.references().isEmpty() ? null : "References: "
        + mitigation.references().stream().map(each).collect(Collectors.joining("; "));
    if (description == null || references == null) {
      return description == null ? references : description;
    }
    return description + (description.matches(".*[.!?]$") ? " " : ". ") + references;
  }

  /** The sentence above a table of critical nodes. */
  public static String criticalNodesIntro(Report report) {
    return report.result().criticalNodes().size() + " of " + report.tree().nodes().size()
        + " nodes have a Fussell–Vesely importance ≥ "
        + Decimals.of(report.result().criticalThreshold()) + " (" + report.mode().keyword()
        + " mode); here the most risk removed if blocked first. The " + CONTRIBUTION + " is how "
        + "much the goal's risk (" + Decimals.of(report.scored().risk()) + ") falls if every "
        + "attack through the node is stopped: Fussell–Vesely × that risk.";
  }

  /** The caption of a diagram's colours. */
  public static String colourCaption(Report report) {
    return "Colour: risk removed if this node is blocked (goal's " + report.mode().keyword()
        + " risk " + Decimals.of(report.scored().risk()) + "), in bands around the high-risk "
        + "threshold " + Decimals.of(report.result().highRiskThreshold());
  }
}
