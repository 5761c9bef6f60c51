package dev.thicket.model.merge;

import static dev.thicket.model.merge.MergeTrees.base;
import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.edit.ChangeTreeProperties;
import dev.thicket.model.merge.MergeConflict.Element;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.RiskValues;
import dev.thicket.model.tree.Scales;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merge carries {@code scales.riskMatrix} with the rest of the scales. */
class RiskMatrixMergeTest {

  private static RiskValues matrix(int highAtSevere) {
    return new RiskValues(Map.of("high", List.of(1, 3, 4, highAtSevere),
        "medium", List.of(1, 2, 3, 4), "low", List.of(1, 2, 2, 3),
        "very-low", List.of(1, 1, 1, 2)));
  }

  private static AttackTree withMatrix(AttackTree tree, RiskValues matrix) {
    return ChangeTreeProperties.of(tree, "scales").withScales(new Scales(
        Scales.DEFAULT.likelihood(), Scales.DEFAULT.impact(), matrix)).apply(tree);
  }

  @Test
  void oneSidesMatrixIsTakenWithTheOthersSettings() {
    AttackTree ours = withMatrix(base(), matrix(4));
    AttackTree theirs = base().withSettings(new AnalysisSettings(0.2, null));

    MergeResult merge = TreeMerge.of(base(), ours, theirs);

    assertThat(merge.clean()).isTrue();
    assertThat(merge.tree().scales().riskMatrix()).isEqualTo(matrix(4));
    assertThat(merge.tree().settings()).isEqualTo(new AnalysisSettings(0.2, null));
  }

  @Test
  void differentMatricesAreAConflictThatKeepsOurs() {
    AttackTree ours = withMatrix(base(), matrix(4));
    AttackTree theirs = withMatrix(base(), matrix(5));

    MergeResult merge = TreeMerge.of(base(), ours, theirs);

    assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.element()).isEqualTo(Element.TREE);
      assertThat(conflict.field()).isEqualTo("scales");
      assertThat(conflict.ours()).contains("high: [1, 3, 4, 4]");
      assertThat(conflict.theirs()).contains("high: [1, 3, 4, 5]");
    });
    assertThat(merge.tree().scales().riskMatrix()).isEqualTo(matrix(4));
  }
}
