package dev.thicket.model.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ISO/SAE 21434 risk matrix (clause 15.8): for each attack feasibility rating, the risk value
 * (1–5) at each impact rating, negligible to severe. A tree's {@code scales.riskMatrix}
 * (docs/format.md); {@link #ANNEX_H} when the tree gives none. The rules ({@link #problems}) are
 * checked by the tree, so a value of this record may break them.
 *
 * @param rows feasibility rating → its risk values, one per {@link #IMPACT} rating, in file order
 */
public record RiskValues(Map<String, List<Integer>> rows) {
  /** The feasibility ratings, most feasible first (the order rows are written in). */
  public static final List<String> FEASIBILITY = List.of("high", "medium", "low", "very-low");
  /** The impact ratings, in the order of a row's values. */
  public static final List<String> IMPACT = List.of("negligible", "moderate", "major", "severe");
  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;

  /** The standard's example matrix (Annex H) as widely reproduced (docs/analysis.md). */
  public static final RiskValues ANNEX_H = new RiskValues(Map.of(
      "high", List.of(1, 3, 4, 5),
      "medium", List.of(1, 2, 3, 4),
      "low", List.of(1, 2, 2, 3),
      "very-low", List.of(1, 1, 1, 2)));

  public RiskValues {
    Map<String, List<Integer>> copy = new LinkedHashMap<>();
    for (String rating : FEASIBILITY) {
      if (rows.containsKey(rating)) {
        copy.put(rating, List.copyOf(rows.get(rating)));
      }
    }
    for (Map.Entry<String, List<Integer>> row : rows.entrySet()) {
      copy.putIfAbsent(row.getKey(), List.copyOf(row.getValue()));
    }
    rows = Collections.unmodifiableMap(copy);
  }

  /**
   * The risk value at a feasibility rating and an impact rating (keywords of {@link
   * #FEASIBILITY} and {@link #IMPACT}); only for a matrix without {@link #problems}.
   */
  public int value(String feasibility, String impact) {
    return rows.get(feasibility).get(IMPACT.indexOf(impact));
  }

  /**
   * What breaks the rules: a rating that is not one of {@link #FEASIBILITY}, a missing one, a row
   * without exactly one value per impact rating, a value outside 1..5, a value below its left
   * neighbour (risk falling as impact grows) or below the one of the next less feasible rating
   * (risk falling as feasibility grows). Each points at the row or the value.
   */
  public List<TreeProblem> problems() {
    List<TreeProblem> problems = new ArrayList<>();
    rows.keySet().stream().filter(rating -> !FEASIBILITY.contains(rating)).forEach(rating ->
        problems.add(problem(rating, -1, "unknown feasibility rating '" + rating
            + "' in riskMatrix (known: " + String.join(", ", FEASIBILITY) + ")")));
    List<String> missing = FEASIBILITY.stream().filter(r -> !rows.containsKey(r)).toList();
    if (!missing.isEmpty()) {
      problems.add(problem(null, -1, "riskMatrix needs a row for every feasibility rating ("
          + String.join(", ", FEASIBILITY) + "); missing: " + String.join(", ", missing)));
    }
    for (String rating : FEASIBILITY) {
      List<Integer> row = rows.get(rating);
      if (row == null) {
        continue;
      }
      if (row.size() != IMPACT.size()) {
        problems.add(problem(rating, -1, "riskMatrix row '" + rating + "' needs " + IMPACT.size()
            + " risk values, one per impact rating (" + String.join(", ", IMPACT) + "), not "
            + row.size()));
        continue;
      }
      checkValues(rating, row, problems);
    }
    return problems;
  }

  private void checkValues(String rating, List<Integer> row, List<TreeProblem> problems) {
    int rank = FEASIBILITY.indexOf(rating);
    List<Integer> lessFeasible = rank + 1 < FEASIBILITY.size()
        ? rows.get(FEASIBILITY.get(rank + 1)) : null;
    for (int i = 0; i < row.size(); i++) {
      int value = row.get(i);
      if (!inRange(value)) {
        problems.add(problem(rating, i, "a risk value is a whole number from " + LOWEST + " to "
            + HIGHEST + ", not " + value));
      } else if (i > 0 && inRange(row.get(i - 1)) && value < row.get(i - 1)) {
        problems.add(problem(rating, i, "riskMatrix row '" + rating + "': the risk value at "
            + IMPACT.get(i) + " impact (" + value + ") is below the one at " + IMPACT.get(i - 1)
            + " (" + row.get(i - 1) + "); risk must not fall as impact grows"));
      } else if (lessFeasible != null && lessFeasible.size() == row.size()
          && inRange(lessFeasible.get(i)) && value < lessFeasible.get(i)) {
        problems.add(problem(rating, i, "riskMatrix row '" + rating + "': the risk value at "
            + IMPACT.get(i) + " impact (" + value + ") is below the one of '"
            + FEASIBILITY.get(rank + 1) + "' (" + lessFeasible.get(i)
            + "); risk must not fall as feasibility grows"));
      }
    }
  }

  private static boolean inRange(int value) {
    return value >= LOWEST && value <= HIGHEST;
  }

  private static TreeProblem problem(String rating, int index, String message) {
    return new TreeProblem(TreeProblem.Section.SCALES, "riskMatrix", rating, index, message);
  }
}
