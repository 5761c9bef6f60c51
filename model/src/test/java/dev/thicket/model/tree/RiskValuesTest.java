package dev.thicket.model.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of a risk matrix (docs/format.md, "Risk matrix"). */
class RiskValuesTest {

  private static Map<String, List<Integer>> rows(List<Integer> high, List<Integer> medium,
      List<Integer> low, List<Integer> veryLow) {
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    rows.put("very-low", veryLow);
    rows.put("low", low);
    rows.put("medium", medium);
    rows.put("high", high);
    return rows;
  }

  @Test
  void annexHExampleKeepsTheRules() {
    assertThat(RiskValues.ANNEX_H.problems()).isEmpty();
  }

  @Test
  void annexHExampleIsTheTableOfTheDocs() {
    // docs/analysis.md, "Risk value": rows severe 2 3 4 5, major 1 2 3 4, moderate 1 2 2 3,
    // negligible 1 1 1 1 over very-low, low, medium, high.
    assertThat(RiskValues.ANNEX_H.value("very-low", "severe")).isEqualTo(2);
    assertThat(RiskValues.ANNEX_H.value("low", "major")).isEqualTo(2);
    assertThat(RiskValues.ANNEX_H.value("medium", "moderate")).isEqualTo(2);
    assertThat(RiskValues.ANNEX_H.value("high", "moderate")).isEqualTo(3);
    assertThat(RiskValues.ANNEX_H.value("high", "negligible")).isEqualTo(1);
  }

  @Test
  void flatMatrixIsAllowed() {
    List<Integer> threes = List.of(3, 3, 3, 3);
    RiskValues flat = new RiskValues(rows(threes, threes, threes, threes));

    assertThat(flat.problems()).isEmpty();
    assertThat(flat.value("very-low", "negligible")).isEqualTo(3);
  }

  @Test
  void rowsAreKeptMostFeasibleFirst() {
    List<Integer> ones = List.of(1, 1, 1, 1);
    RiskValues matrix = new RiskValues(rows(List.of(1, 2, 3, 4), ones, ones, ones));

    assertThat(matrix.rows().keySet()).containsExactly("high", "medium", "low", "very-low");
  }

  @Test
  void riskFallingAsFeasibilityGrowsPointsAtTheValue() {
    List<Integer> ones = List.of(1, 1, 1, 1);
    RiskValues matrix = new RiskValues(rows(List.of(1, 2, 3, 4), List.of(1, 2, 3, 5), ones,
        ones));

    assertThat(matrix.problems()).containsExactly(new TreeProblem(TreeProblem.Section.SCALES,
        "riskMatrix", "high", 3, "riskMatrix row 'high': the risk value at severe impact (4) is "
            + "below the one of 'medium' (5); risk must not fall as feasibility grows"));
  }
}
