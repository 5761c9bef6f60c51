package dev.thicket.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.edit.ChangeTreeProperties;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.RiskValues;
import dev.thicket.model.tree.Scales;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The diff sees a change of {@code scales.riskMatrix} as a change of the tree's scales. */
class RiskMatrixDiffTest {
  private static final AttackTree PLAIN = new AttackTree("T", null, "goal", List.of(
      Node.gate("goal", "Goal", Gate.OR, 0, List.of("a")),
      Node.leaf("a", "A", Estimate.of(0.1))), List.of(), null, AnalysisSettings.NONE, Map.of());

  private static AttackTree withMatrix(List<Integer> high) {
    RiskValues matrix = new RiskValues(Map.of("high", high, "medium", List.of(1, 2, 3, 4),
        "low", List.of(1, 2, 2, 3), "very-low", List.of(1, 1, 1, 2)));
    return ChangeTreeProperties.of(PLAIN, "scales").withScales(new Scales(
        Scales.DEFAULT.likelihood(), Scales.DEFAULT.impact(), matrix)).apply(PLAIN);
  }

  @Test
  void aChangedRowIsAChangeOfTheScales() {
    TreeDiff diff = TreeDiff.of(withMatrix(List.of(1, 3, 4, 5)), withMatrix(List.of(2, 3, 4, 5)));

    assertThat(diff.tree()).hasSize(1);
    FieldChange change = diff.tree().get(0);
    assertThat(change.field()).isEqualTo("scales");
    assertThat(change.before()).contains("riskMatrix: {high: [1, 3, 4, 5], medium: ");
    assertThat(change.after()).contains("riskMatrix: {high: [2, 3, 4, 5], medium: ");
    assertThat(diff.nodes()).isEmpty();
  }

  @Test
  void addingAMatrixShowsIt() {
    TreeDiff diff = TreeDiff.of(PLAIN, withMatrix(List.of(1, 3, 4, 5)));

    assertThat(diff.tree()).extracting(FieldChange::field).containsExactly("scales");
    assertThat(diff.tree().get(0).before()).doesNotContain("riskMatrix");
    assertThat(diff.tree().get(0).after()).contains("very-low: [1, 1, 1, 2]");
  }
}
