package dev.thicket.exports.report;

import dev.thicket.exports.AttackerText;
import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.AttackerResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.RiskMatrix;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.analysis.ScenarioAttributes;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.RiskValues;
import dev.thicket.model.tree.StepAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "Attackers" section of a report as plain text, the same in every format: its sentences and
 * the cells of its tables ({@link Attackers}). Each renderer escapes them for its target; the
 * terminal's phrases come from {@link AttackerText}.
 */
public final class AttackerReportText {
  public static final String HEADING = "Attackers";
  public static final List<String> REACH_COLUMNS =
      List.of("attacker", "riskiest scenarios within reach", "risk", "cost", "time (h)",
          "attack potential");
  public static final List<String> ATTACK_COLUMNS =
      List.of("attack", "steps", "cost", "time (h)", "attack potential");
  public static final List<String> POTENTIAL_COLUMNS =
      List.of("rank", "scenario", "elapsed", "expertise", "knowledge", "window", "equipment",
          "points", "rating", "risk value");
  /** The row of the whole tree in the profile table and chart. */
  public static final String WHOLE_TREE = "any attacker (whole tree)";

  private AttackerReportText() {}

  public static String intro() {
    return "What an attack takes from the attacker: its cost and time (hours), summed over its "
        + "steps, and its attack potential (ISO/SAE 21434 Annex G): per factor the highest level "
        + "among its steps, the total of their points and the attack feasibility rating of that "
        + "total (high 0–13, medium 14–19, low 20–24, very-low 25 or more points: the fewer "
        + "points, the more feasible).";
  }

  public static List<String> profileColumns(Mode mode) {
    return List.of("attacker", "limits", mode.keyword() + " probability",
        mode.keyword() + " risk", "scenarios within reach");
  }

  public static String profilesIntro(Report report) {
    return "The goal's probability and risk (" + report.mode().keyword() + " mode) for each "
        + "attacker profile: only the steps and scenarios within the profile's reach count (each "
        + "step's levels at most the profile's, a scenario's summed cost within its budget and "
        + "its summed time within its hours). The first row is the whole tree, any attacker.";
  }

  /** The line above the list of who each described profile is (its description). */
  public static final String PROFILES_DESCRIBED = "Who the attackers are:";

  /** The profiles that have a description, in file order. */
  public static List<AttackerProfile> describedProfiles(Attackers attackers) {
    return attackers.profiles().stream().map(Attackers.Profile::profile)
        .filter(profile -> profile.description() != null && !profile.description().isBlank())
        .toList();
  }

  /** The whole tree, then every profile in file order. */
  public static List<List<String>> profileRows(Report report, Attackers attackers) {
    Mode mode = report.mode();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(WHOLE_TREE, "none", Decimals.of(report.result().probability().get(mode)),
        Decimals.of(report.result().risk().get(mode)),
        report.result().cutSets().count().toString()));
    for (Attackers.Profile profile : attackers.profiles()) {
      rows.add(List.of(name(profile.profile()), limits(profile.profile()),
          Decimals.of(profile.result().probability().get(mode)),
          Decimals.of(profile.result().risk().get(mode)),
          profile.result().scenarios().toString()));
    }
    return rows;
  }

  /** "Organised crime (organised-crime)". */
  public static String name(AttackerProfile profile) {
    return profile.title() + " (" + profile.id() + ")";
  }

  /** "budget 5000, 80 h, expertise ≤ proficient, …", or "none". */
  public static String limits(AttackerProfile profile) {
    List<String> limits = new ArrayList<>();
    if (profile.budget() != null) {
      limits.add("budget " + Decimals.of(profile.budget()));
    }
    if (profile.time() != null) {
      limits.add(Decimals.of(profile.time()) + " h");
    }
    for (Map.Entry<PotentialFactor, String> limit : profile.limits().entrySet()) {
      limits.add(limit.getKey().keyword() + " ≤ " + limit.getValue());
    }
    return limits.isEmpty() ? "none" : String.join(", ", limits);
  }

  public static String reachIntro(Report report) {
    return "The riskiest scenarios (" + report.mode().keyword() + " mode) within each "
        + "profile's reach, at most " + Attackers.RISKIEST_PER_PROFILE + " per profile.";
  }

  /** Per profile its riskiest scenarios within reach, or one row saying there is none. */
  public static List<List<String>> reachRows(Report report, Attackers attackers) {
    List<List<String>> rows = new ArrayList<>();
    for (Attackers.Profile profile : attackers.profiles()) {
      if (profile.riskiest().isEmpty()) {
        rows.add(List.of(name(profile.profile()), "none within reach", "-", "-", "-", "-"));
      }
      for (Scenario scenario : profile.riskiest()) {
        ScenarioAttributes attributes = scenario.attributes();
        rows.add(List.of(name(profile.profile()), ReportText.leaves(report, scenario),
            Decimals.of(scenario.risk()), Decimals.of(attributes.cost()),
            Decimals.of(attributes.time()), AttackerText.potential(attributes)));
      }
    }
    return rows;
  }

  public static String attacksIntro() {
    return "The cheapest, fastest and easiest scenario of the whole tree: least summed cost, "
        + "least summed time and fewest attack-potential points, among the scenarios whose "
        + "steps all give that value; exact over every scenario, not only the listed ones.";
  }

  /** Cheapest, fastest, easiest: those that exist. */
  public static List<List<String>> attackRows(Report report, AttackerResult attackers) {
    List<List<String>> rows = new ArrayList<>();
    attack(rows, report, "cheapest", attackers.cheapest());
    attack(rows, report, "fastest", attackers.fastest());
    attack(rows, report, "easiest", attackers.easiest());
    return rows;
  }

  private static void attack(List<List<String>> rows, Report report, String which,
      Scenario scenario) {
    if (scenario != null) {
      ScenarioAttributes attributes = scenario.attributes();
      rows.add(List.of(which, ReportText.leaves(report, scenario),
          Decimals.of(attributes.cost()), Decimals.of(attributes.time()),
          AttackerText.potential(attributes)));
    }
  }

  /**
   * "The tree's attack feasibility: high, ISO/SAE 21434 risk value 5 of 5 (…)"; {@code null}
   * when no scenario is rated.
   */
  public static String feasibility(Report report, AttackerResult attackers) {
    String feasibility = AttackerText.feasibility(attackers);
    double impact = report.result().impact();
    return feasibility == null ? null : "The tree's " + feasibility + ": the rating of its "
        + "easiest scenario, at the goal's impact " + Decimals.of(impact) + " ("
        + RiskMatrix.Impact.of(impact).keyword() + ")." + ownRiskMatrix(report);
  }

  /**
   * " Risk values by the tree's own risk matrix (…): high 1, 3, 4, 5; …" when the tree has one
   * ({@code scales.riskMatrix}); empty for the Annex H example.
   */
  static String ownRiskMatrix(Report report) {
    RiskValues matrix = report.tree().scales().riskMatrix();
    if (matrix == null) {
      return "";
    }
    List<String> rows = new ArrayList<>();
    matrix.rows().forEach((rating, row) -> rows.add(rating + " " + row.stream()
        .map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
    return " Risk values by the tree's own risk matrix instead of the Annex H example (per "
        + "feasibility rating, at " + String.join(", ", RiskValues.IMPACT) + " impact): "
        + String.join("; ", rows) + ".";
  }

  public static String potentialIntro(Report report) {
    double impact = report.result().impact();
    return "Attack potential of the listed scenarios (ranks as in High-risk paths), ISO/SAE "
        + "21434 style: per factor the highest level among the scenario's steps with its "
        + "points, the total points, the attack feasibility rating and the risk value (1–5) of "
        + "that rating at the goal's impact " + Decimals.of(impact) + " ("
        + RiskMatrix.Impact.of(impact).keyword() + ")"
        + (report.tree().scales().riskMatrix() == null ? "" : " by the tree's own risk matrix")
        + ". A scenario with a step that does not rate every factor is unrated.";
  }

  /** The listed scenarios with at least one rated factor, by rank; empty when none has one. */
  public static List<List<String>> potentialRows(Report report) {
    List<List<String>> rows = new ArrayList<>();
    List<Scenario> scenarios = report.scenarios();
    for (int i = 0; i < scenarios.size(); i++) {
      ScenarioAttributes attributes = scenarios.get(i).attributes();
      if (attributes.levels().isEmpty()) {
        continue;
      }
      List<String> row = new ArrayList<>(List.of(String.valueOf(i + 1),
          ReportText.leaves(report, scenarios.get(i))));
      for (PotentialFactor factor : PotentialFactor.values()) {
        String level = attributes.levels().get(factor);
        row.add(level == null ? "-" : level + " (" + factor.points(level) + ")");
      }
      row.add(attributes.potential() == null ? "unrated" : attributes.potential().toString());
      row.add(attributes.rating() == null ? "-" : attributes.rating().keyword());
      row.add(attributes.riskValue() == null ? "-" : attributes.riskValue().toString());
      rows.add(row);
    }
    return rows;
  }

  /**
   * What a step takes, for the node catalogue: "cost 500, 8 h; elapsed one-day, …, equipment
   * standard (4 points)"; {@code null} when the step gives none of it.
   */
  public static String step(StepAttributes step) {
    if (step.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (step.cost() != null) {
      parts.add("cost " + Decimals.of(step.cost()));
    }
    if (step.time() != null) {
      parts.add(Decimals.of(step.time()) + " h");
    }
    String amounts = String.join(", ", parts);
    if (step.potential().isEmpty()) {
      return amounts;
    }
    Integer total = step.potential().total();
    return (amounts.isEmpty() ? "" : amounts + "; ") + step.potential()
        + (total == null ? "" : " (" + total + " points)");
  }

  /** The Method paragraph of the section. */
  public static String method() {
    return "A step may carry the attacker's cost, time (hours) and attack potential: a level of "
        + "each ISO/SAE 21434 (Annex G) factor with its points (elapsed time one-day 0, "
        + "one-week 1, one-month 4, six-months 17, more 19; expertise layman 0, proficient 3, "
        + "expert 6, multiple-experts 8; knowledge public 0, restricted 3, confidential 7, "
        + "strictly-confidential 11; window of opportunity unlimited 0, easy 1, moderate 4, "
        + "difficult 10; equipment standard 0, specialized 4, bespoke 7, multiple-bespoke 9). A "
        + "scenario's cost and time are the sums over its steps, each factor the highest level "
        + "among them, its total the sum of the five factors' points. The cheapest, fastest and "
        + "easiest scenarios are exact on shared steps (each paid once). A profile reaches a "
        + "step whose rated levels are at most its own, and a set of steps it reaches whose "
        + "summed cost and time fit its budget and hours; its probability is the exact "
        + "probability that some such set of the succeeding steps achieves the goal on its "
        + "own. The risk value is the ISO/SAE 21434 example matrix (Annex H) of the attack "
        + "feasibility rating and the goal's impact rated negligible (below 3.5), moderate "
        + "(below 6.5), major (below 9) or severe.";
  }
}
