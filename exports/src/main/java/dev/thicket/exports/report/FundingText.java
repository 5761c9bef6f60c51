package dev.thicket.exports.report;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.PlanReport;
import dev.thicket.model.analysis.Plan;
import dev.thicket.model.analysis.PlanFront;
import dev.thicket.model.tree.Mitigation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The "What to fund" section as plain text, the same in every format: its sentences and the rows
 * of its table. Each renderer escapes them for its target.
 */
public final class FundingText {
  public static final String HEADING = "What to fund";
  /** The table's columns. */
  public static final List<String> COLUMNS =
      List.of("plan", "cost", "risk", "reduction", "mitigations added");
  /** The words after the number of the best plan within the budget. */
  public static final String BEST = "best within budget";

  private FundingText() {}

  /**
   * A row of the table.
   *
   * @param plan the plan's number in the front (1 = cheapest), with {@link #BEST} on its row
   * @param mitigations the plan's mitigations by id, in file order
   * @param best whether this is the best plan within the file's budget
   */
  public record Row(String plan, String cost, String risk, String reduction,
      List<String> mitigations, boolean best) {
    public Row {
      mitigations = List.copyOf(mitigations);
    }
  }

  /** The rows the table lists ({@link Funding#rows}); none without a front. */
  public static List<Row> rows(Report report) {
    Optional<PlanFront> front = report.funding().front();
    if (front.isEmpty()) {
      return List.of();
    }
    Optional<Plan> best = Optional.ofNullable(report.budget()).flatMap(front.get()::best);
    List<Row> rows = new ArrayList<>();
    for (int index : report.funding().rows(report.budget())) {
      Plan plan = front.get().front().get(index);
      boolean isBest = best.isPresent() && best.get().equals(plan);
      rows.add(new Row((index + 1) + (isBest ? " (" + BEST + ")" : ""),
          Decimals.of(plan.cost()), Decimals.of(plan.risk()),
          Decimals.of(PlanReport.reduction(front.get(), plan)), plan.mitigations(), isBest));
    }
    return rows;
  }

  /** What a candidate and a plan are, and what the table shows. */
  public static String intro(PlanFront front) {
    return "A candidate is a mitigation that is not implemented yet and has a cost (status "
        + "planned or proposed); a plan funds some candidates on top of the implemented "
        + "mitigations. The table lists every plan that no cheaper or equally cheap plan beats, "
        + "by ascending cost, with the goal's risk once the plan is in place, computed exactly "
        + "from the tree (not sampled), and how much lower it is than today's residual risk of "
        + Decimals.of(front.baseline().risk()) + ".";
  }

  /** Which plans the table leaves out, when the front is longer than it. */
  public static Optional<String> rowsNote(Report report, PlanFront front) {
    int shown = report.funding().rows(report.budget()).size();
    if (shown == front.front().size()) {
      return Optional.empty();
    }
    boolean best = report.budget() != null && front.best(report.budget()).isPresent();
    return Optional.of("The front has " + front.front().size() + " plans; the table lists "
        + shown + " of them: the first, the last, " + (best ? "the best within the budget, " : "")
        + "and others spread evenly between them.");
  }

  /** The best plan within the file's budget, when it sets one. */
  public static Optional<String> budget(Report report, PlanFront front) {
    return Optional.ofNullable(report.budget())
        .map(budget -> PlanReport.budgetSentence(front, budget));
  }

  /** Where the planned mode stands against the front, when a mitigation is planned. */
  public static Optional<String> planned(Report report, PlanFront front) {
    List<Mitigation> planned = report.plannedMitigations();
    if (planned.isEmpty()) {
      return Optional.empty();
    }
    if (report.planned().isEmpty()) {
      return Optional.of("The planned mode is not set beside the front: "
          + ids(planned.stream().filter(mitigation -> mitigation.cost() == null).toList())
          + " planned but without a cost.");
    }
    Plan plan = report.planned().get();
    String sentence = "The mitigations planned now (" + String.join(", ", plan.mitigations())
        + ") cost " + Decimals.of(plan.cost()) + " and bring the risk to "
        + Decimals.of(plan.risk()) + " (planned mode)";
    Optional<Plan> best = front.best(plan.cost());
    if (best.isPresent() && best.get().risk() < plan.risk() - 1e-12 * Math.abs(plan.risk())) {
      return Optional.of(sentence + "; for the same money, funding "
          + (best.get().mitigations().isEmpty() ? "nothing"
              : String.join(", ", best.get().mitigations())) + " (cost "
          + Decimals.of(best.get().cost()) + ") would bring it to "
          + Decimals.of(best.get().risk()) + ".");
    }
    return Optional.of(sentence + "; no plan of that cost does better.");
  }

  /** Why the section has no table when there is no candidate, and how to get some. */
  public static String noCandidates() {
    return "No mitigation is a candidate yet: give a mitigation that is not implemented a cost "
        + "and the status planned or proposed, and this section shows what each budget buys.";
  }

  /** The candidates, in file order. */
  public static List<Mitigation> candidates(Report report, PlanFront front) {
    return front.candidates().stream().map(id -> report.tree().mitigations().get(id)).toList();
  }

  /** A candidate after its id: "Sandbox model loading (cost 4, planned)". */
  public static String candidate(Mitigation mitigation) {
    return mitigation.title() + " (cost " + Decimals.of(mitigation.cost()) + ", "
        + mitigation.status().keyword() + ")";
  }

  /** The mitigations never chosen for want of a cost, when there are any. */
  public static Optional<String> uncosted(Report report, PlanFront front) {
    if (front.uncosted().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Not implemented and without a cost, so never part of a plan: "
        + front.uncosted().stream().map(id -> id + " (" + report.tree().mitigations().get(id)
            .title() + ")").collect(Collectors.joining(", ")) + ".");
  }

  /** Why there is no front ({@link Funding#unavailable}). */
  public static String unavailable(Funding funding) {
    return "No plan is listed: " + funding.unavailable() + ".";
  }

  private static String ids(List<Mitigation> mitigations) {
    return mitigations.stream().map(Mitigation::id).collect(Collectors.joining(", "))
        + (mitigations.size() == 1 ? " is" : " are");
  }
}
