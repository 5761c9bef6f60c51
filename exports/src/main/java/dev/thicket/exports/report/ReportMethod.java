package dev.thicket.exports.report;

import dev.thicket.exports.Decimals;
import java.util.List;

/** The Method section of a report: the formulas and thresholds behind it (docs/analysis.md). */
public final class ReportMethod {
  private ReportMethod() {}

  /** A titled paragraph. */
  public record Paragraph(String title, String text) {}

  public static List<Paragraph> of(Report report) {
    String mode = report.mode().keyword();
    List<Paragraph> paragraphs = new java.util.ArrayList<>(List.of(
        new Paragraph("Events", "Every leaf is an independent event with probability "
            + "p(leaf), its likelihood (unestimated leaves take the scale's medium level). Every "
            + "mitigation m is one independent event \"m fails\" of probability 1 − e(m), e its "
            + "effectiveness, shared by all the nodes it is attached to. A node is achieved when "
            + "its gate holds over its children (AND: all, OR: any, k of n: at least k, NOT, "
            + "XOR: exactly one) and every counted mitigation attached to it fails."),
        new Paragraph("Modes", "inherent counts no mitigation, residual the implemented ones, "
            + "planned the implemented and planned ones. This report scores everything in mode "
            + ReportText.mode(report.mode()) + ": scenarios, importance, colours and the "
            + "effect of each mitigation."),
        new Paragraph("Probability and risk", "P(T), the probability that the goal (the root) "
            + "is achieved, is exact: shared nodes and mitigations are single events, computed "
            + "with binary decision diagrams over the tree's modules. Risk = P(T) × impact of "
            + "the root (1 when it has none); here the impact is "
            + Decimals.of(report.result().impact()) + "."),
        new Paragraph("Scenarios", "A scenario S is a minimal cut set of leaves. P(S) = "
            + "product of p(leaf) over S × product of (1 − e(m)) over the counted mitigations on "
            + "S's way (each once). Risk(S) = P(S) × root impact; S is high-risk when Risk(S) ≥ "
            + Decimals.of(report.result().highRiskThreshold()) + " (the threshold in force)."),
        new Paragraph("Importance (" + mode + " mode)", "T[X:=1] and T[X:=0] are the goal "
            + "with node X's outcome (after its own mitigations) made certain or impossible "
            + "wherever X occurs. Birnbaum = P(T[X:=1]) − P(T[X:=0]); Fussell–Vesely = (P(T) − "
            + "P(T[X:=0])) / P(T); RAW = P(T[X:=1]) / P(T); RRW = P(T) / P(T[X:=0]). A node is "
            + "critical when Fussell–Vesely ≥ "
            + Decimals.of(report.result().criticalThreshold()) + ". \"-\" marks a measure whose "
            + "definition divides by zero."),
        new Paragraph("Risk removed if blocked", "(P(T) − P(T[X:=0])) × root impact, that is "
            + "Fussell–Vesely × the goal's risk: how much the risk falls if every attack "
            + "through X is stopped. Diagrams show it as \"if blocked −x\" beside P. The goal "
            + "itself removes the whole risk; a likely node that other defences already hold "
            + "back removes little."),
        new Paragraph("Diagram colours", "A node's colour is the band of its risk removed if "
            + "blocked, in five bands around the high-risk threshold (lower bounds included): "
            + report.heat().ranges() + ". The reddest nodes are where blocking pays most. "
            + "Thick red edges lie on a path of a listed high-risk scenario; critical nodes "
            + "have a thick blue border and a corner mark. The layout is a tidy tree of the "
            + "spanning tree (each node under its first parent in file order); further parents "
            + "of a shared node are joined by dashed curves."),
        new Paragraph("Risk matrix", "Rows are the levels of the likelihood scale, columns "
            + "those of the impact scale. A value falls in the level nearest to it (bounds "
            + "half-way between neighbouring levels). A scenario's likelihood is its probability "
            + "in mode " + mode + "; its impact is the root's, so all scenarios share one "
            + "column. A cell is coloured by the band of (likelihood level × impact level)."),
        new Paragraph("Mitigation effect", "Exact, in mode " + mode + ": the goal's risk "
            + "with the mitigation not counted (without), counted at its effectiveness (with) "
            + "and counted with effectiveness 1 (if perfect), every other mitigation as the "
            + "mode counts it; reduction = without − with."),
        new Paragraph("Gaps", "A gap is a listed high-risk scenario on whose paths no node has "
            + "any mitigation attached, implemented or planned."),
        new Paragraph("What to fund", "A candidate is a mitigation not implemented with a "
            + "cost (planned or proposed; proposed ones count in no mode). A plan is a set of "
            + "candidates; its cost is the sum of theirs, its risk the goal's exact risk with the "
            + "implemented mitigations and the plan's counted, every other mitigation absent. The "
            + "front is every plan that no other beats (none cheaper or as cheap with a lower "
            + "risk, none as risky and cheaper), by ascending cost; the best plan within a budget "
            + "is the front's last plan costing at most it. When every planned mitigation has a "
            + "cost, the planned mode is the plan of them all: on the front or above it."),
        new Paragraph("Uncertainty", "An estimate may be a range (low, likely, high); every "
            + "other section uses the likely value. The Uncertainty section, for trees with "
            + "ranges, draws each ranged value independently from a Beta-PERT distribution "
            + "(mode likely, mean (low + 4 likely + high) / 6), computes each sample's probability "
            + "and risk exactly, and reports their mean, standard deviation and 5th, 50th and "
            + "95th percentiles. The tornado moves one estimate to its low and high end, the "
            + "others at their likely value, and shows the residual risk at each end.")));
    if (report.attackers().isPresent()) {
      paragraphs.add(new Paragraph(AttackerReportText.HEADING, AttackerReportText.method()));
    }
    return List.copyOf(paragraphs);
  }
}
