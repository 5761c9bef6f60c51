package dev.thicket.exports.report;

import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sentences of a report as plain text, the same in every format; each renderer escapes them
 * for its target.
 */
public final class ReportText {
  private ReportText() {}

  /** A titled paragraph of the Method section. */
  public record Paragraph(String title, String text) {}

  /** {@code AND}, {@code OR}, {@code AT LEAST 2}, {@code NOT}, {@code XOR} or {@code leaf}. */
  public static String gate(Node node) {
    return switch (node.gate()) {
      case LEAF -> "leaf";
      case ATLEAST -> "AT LEAST " + node.k();
      default -> node.gate().name();
    };
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
        .map(id -> report.node(id).title() + " (" + id + ")")
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

  /** The formulas and thresholds behind the report (docs/analysis.md, shortened). */
  public static List<Paragraph> method(Report report) {
    double threshold = report.result().highRiskThreshold();
    HeatScale heat = report.heat();
    List<Paragraph> method = new ArrayList<>();
    method.add(new Paragraph("Events", "Every leaf is an independent event with probability "
        + "p(leaf), its likelihood (unestimated leaves take the scale's medium level). Every "
        + "mitigation m is one independent event \"m fails\" of probability 1 − e(m), e its "
        + "effectiveness, shared by all the nodes it is attached to. A node is achieved when its "
        + "gate holds over its children (AND: all, OR: any, AT LEAST k, NOT, XOR: exactly one) "
        + "and every counted mitigation attached to it fails."));
    method.add(new Paragraph("Modes", "inherent counts no mitigation, residual the "
        + "implemented ones, planned the implemented and planned ones. This report lists the "
        + "scenarios in mode " + mode(report.mode()) + "."));
    method.add(new Paragraph("Probability and risk", "P(T), the probability that the root is "
        + "achieved, is exact: shared nodes and mitigations are single events, computed with "
        + "binary decision diagrams over the tree's modules. Risk = P(T) × impact of the root "
        + "(1 when it has none); here the impact is " + Decimals.of(report.result().impact())
        + "."));
    method.add(new Paragraph("Scenarios", "A scenario S is a minimal cut set of leaves. "
        + "P(S) = product of p(leaf) over S × product of (1 − e(m)) over the counted mitigations "
        + "on S's way (each once). Risk(S) = P(S) × root impact; S is high-risk when Risk(S) ≥ "
        + Decimals.of(threshold) + " (the threshold in force)."));
    method.add(new Paragraph("Importance (residual mode)", "Birnbaum = P(T | X) − P(T | not X); "
        + "Fussell–Vesely = (P(T) − P(T | not X)) / P(T); RAW = P(T | X) / P(T); RRW = P(T) / "
        + "P(T | not X); true conditional probabilities on X's outcome after its own mitigations. "
        + "A node is critical when Fussell–Vesely ≥ "
        + Decimals.of(report.result().criticalThreshold()) + ". \"-\" marks a measure whose "
        + "definition divides by zero."));
    method.add(new Paragraph("Diagram colours", "A node's colour is its risk P(X) × root "
        + "impact, P(X) its residual probability after its own mitigations, in five bands around "
        + "the high-risk threshold: " + bands(heat) + ". Thick red edges lie on a path of a "
        + "listed high-risk scenario; critical nodes have a thick blue border and a corner mark. "
        + "The layout is a tidy tree of the spanning tree (each node under its first parent in "
        + "file order); further parents of a shared node are joined by dashed curves."));
    method.add(new Paragraph("Risk matrix", "Rows are the levels of the likelihood scale, "
        + "columns those of the impact scale. A value falls in the level nearest to it (bounds "
        + "half-way between neighbouring levels). A scenario's likelihood is its probability in "
        + "mode " + report.mode().keyword() + "; its impact is the root's, so all scenarios share "
        + "one column. A cell is coloured by the band of (likelihood level × impact level)."));
    method.add(new Paragraph("Mitigation effect", "The risk reduction of each mitigation on "
        + "its own is found by re-running the whole analysis on a copy of the tree in which "
        + "only that mitigation's status is changed: for an implemented one, residual risk as "
        + "if it were only planned (without) against the residual risk (with); for a planned "
        + "one, the residual risk (without) against the residual risk as if it were "
        + "implemented (with)."));
    method.add(new Paragraph("Gaps", "A gap is a listed high-risk scenario on whose paths no "
        + "node has any mitigation attached, implemented or planned."));
    return method;
  }

  private static String bands(HeatScale heat) {
    List<String> bands = new ArrayList<>();
    for (int band = 0; band < HeatScale.NAMES.size(); band++) {
      bands.add(HeatScale.NAMES.get(band) + " " + heat.range(band));
    }
    return String.join(", ", bands).toLowerCase(Locale.ROOT);
  }
}
