package dev.thicket.exports;

import dev.thicket.model.tree.VisibleText;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.thicket.model.analysis.Plan;
import dev.thicket.model.analysis.PlanFront;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The cost–risk front of mitigation plans as a terminal table or as JSON (README, optimize). */
public final class PlanReport {
  private PlanReport() {}

  /** The front as a table, and with a budget the best plan within it in one sentence. */
  public static String text(PlanFront front, String title, String fileName, Double budget) {
    StringBuilder out = new StringBuilder();
    out.append(VisibleText.of(title)).append("  (").append(VisibleText.of(fileName))
        .append(")\n");
    out.append("Today: residual risk ").append(Decimals.of(front.baseline().risk()))
        .append(" (implemented mitigations only)\n");
    out.append("Candidates (not implemented, with a cost): ")
        .append(front.candidates().isEmpty() ? "none" : String.join(", ", front.candidates()))
        .append('\n');
    if (!front.uncosted().isEmpty()) {
      out.append("Without a cost, never chosen: ").append(String.join(", ", front.uncosted()))
          .append('\n');
    }
    out.append("\nWhat to fund: every plan that no cheaper or equally cheap plan beats\n");
    out.append(String.format(Locale.ROOT, "  %10s %10s %10s  %s%n", "cost", "risk",
        "reduction", "mitigations"));
    for (Plan plan : front.front()) {
      out.append(String.format(Locale.ROOT, "  %10s %10s %10s  %s%n", Decimals.of(plan.cost()),
          Decimals.of(plan.risk()), Decimals.of(reduction(front, plan)),
          plan.mitigations().isEmpty() ? "(none)" : String.join(", ", plan.mitigations())));
    }
    if (budget != null) {
      out.append('\n').append(budgetSentence(front, budget)).append('\n');
    }
    return out.toString();
  }

  /**
   * Today's risk minus the plan's; 0 when they are equal within a relative 10⁻¹², as the front
   * counts them (the empty plan and the baseline are computed apart and may differ in the last
   * bit).
   */
  public static double reduction(PlanFront front, Plan plan) {
    double reduction = front.baseline().risk() - plan.risk();
    return Math.abs(reduction) <= 1e-12 * Math.abs(front.baseline().risk()) ? 0 : reduction;
  }

  /**
   * "With a budget of 4: fund a, b (cost 3): risk 0.41 → 0.2.": the best plan within {@code
   * budget} ({@link PlanFront#best}), or that none is affordable or lowers the risk.
   */
  public static String budgetSentence(PlanFront front, double budget) {
    Optional<Plan> best = front.best(budget);
    if (best.isEmpty()) {
      return "With a budget of " + Decimals.of(budget) + " no plan is affordable.";
    }
    Plan plan = best.get();
    if (plan.mitigations().isEmpty()) {
      return "With a budget of " + Decimals.of(budget) + " no candidate lowers the risk: keep "
          + "today's risk " + Decimals.of(plan.risk()) + ".";
    }
    return "With a budget of " + Decimals.of(budget) + ": fund "
        + String.join(", ", plan.mitigations()) + " (cost " + Decimals.of(plan.cost())
        + "): risk " + Decimals.of(front.baseline().risk()) + " → " + Decimals.of(plan.risk())
        + ".";
  }

  /**
   * {@code {"baseline": plan, "candidates": [ids], "uncosted": [ids], "front": [plans],
   * "best": plan}}, a plan being {@code {"cost", "probability", "risk", "mitigations": [ids]}}
   * ({@code best} only with a budget, null when nothing is affordable).
   */
  public static String json(PlanFront front, Double budget) {
    ObjectNode json = JsonText.object();
    json.set("baseline", plan(front.baseline()));
    strings(json, "candidates", front.candidates());
    strings(json, "uncosted", front.uncosted());
    front.front().forEach(plan -> json.withArray("front").add(plan(plan)));
    if (front.front().isEmpty()) {
      json.putArray("front");
    }
    if (budget != null) {
      json.set("best", front.best(budget).map(PlanReport::plan).orElse(null));
    }
    return JsonText.write(json);
  }

  private static ObjectNode plan(Plan plan) {
    ObjectNode json = JsonText.object();
    json.put("cost", plan.cost());
    json.put("probability", plan.probability());
    json.put("risk", plan.risk());
    strings(json, "mitigations", plan.mitigations());
    return json;
  }

  private static void strings(ObjectNode json, String key, List<String> values) {
    var array = json.putArray(key);
    values.forEach(array::add);
  }
}
