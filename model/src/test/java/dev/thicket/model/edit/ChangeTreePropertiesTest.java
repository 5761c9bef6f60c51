package dev.thicket.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.RiskValues;
import dev.thicket.model.tree.Scales;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeTreePropertiesTest {
  private final AttackTree tree = SmallTrees.sample();

  @Test
  void titleDescriptionAndThresholdsChangeAndTheNodesStay() {
    AttackTree after = ChangeTreeProperties.of(tree, "properties").withTitle("Other")
        .withDescription("Why").withSettings(new AnalysisSettings(0.2, 0.5)).apply(tree);

    assertThat(after.title()).isEqualTo("Other");
    assertThat(after.description()).isEqualTo("Why");
    assertThat(after.settings()).isEqualTo(new AnalysisSettings(0.2, 0.5));
    assertThat(after.nodes()).isEqualTo(tree.nodes());
    assertThat(after.scalesGiven()).isFalse();
  }

  @Test
  void criticalThresholdAboveOneIsRefused() {
    assertThatThrownBy(() -> ChangeTreeProperties.of(tree, "threshold")
        .withSettings(new AnalysisSettings(1.5, null)).apply(tree))
        .isInstanceOf(EditRefusedException.class)
        .hasMessage("criticalThreshold must be in [0,1], not 1.5");
  }

  @Test
  void blankTitleIsRefused() {
    assertThatThrownBy(() -> ChangeTreeProperties.of(tree, "title").withTitle(" ").apply(tree))
        .isInstanceOf(EditRefusedException.class).hasMessage("a tree needs a title");
  }

  @Test
  void scaleWithoutALevelANodeUsesIsRefused() {
    Scales noHigh = new Scales(Map.of("low", 0.1, "medium", 0.3), Scales.DEFAULT.impact());

    assertThatThrownBy(() -> ChangeTreeProperties.of(tree, "scales").withScales(noHigh)
        .apply(tree)).isInstanceOf(EditRefusedException.class).hasMessageContaining("high");
  }

  @Test
  void givenScalesAreKeptAsGiven() {
    Scales scales = new Scales(Map.of("low", 0.1, "medium", 0.3, "high", 0.7),
        Scales.DEFAULT.impact());

    AttackTree after = ChangeTreeProperties.of(tree, "scales").withScales(scales).apply(tree);

    assertThat(after.scalesGiven()).isTrue();
    assertThat(after.scales()).isEqualTo(scales);
  }

  @Test
  void extensionKeysOfTheTreeAreKept() {
    AttackTree extended = new AttackTree(tree.title(), null, tree.root(),
        List.copyOf(tree.nodes().values()), List.of(), null, AnalysisSettings.NONE,
        Map.of("x-owner", "Ada"));

    AttackTree after = ChangeTreeProperties.of(extended, "title").withTitle("Other")
        .apply(extended);

    assertThat(after.extensions()).isEqualTo(Map.of("x-owner", "Ada"));
  }

  @Test
  void newScaleLevelsKeepTheTreesRiskMatrix() {
    RiskValues matrix = new RiskValues(Map.of("high", List.of(2, 3, 4, 5),
        "medium", List.of(1, 2, 3, 4), "low", List.of(1, 2, 2, 3),
        "very-low", List.of(1, 1, 1, 2)));
    AttackTree withMatrix = ChangeTreeProperties.of(tree, "scales").withScales(new Scales(
        Scales.DEFAULT.likelihood(), Scales.DEFAULT.impact(), matrix)).apply(tree);
    Scales levels = new Scales(Map.of("low", 0.1, "medium", 0.3, "high", 0.7),
        Scales.DEFAULT.impact());

    AttackTree relevelled = ChangeTreeProperties.of(withMatrix, "scales")
        .withScaleLevels(levels).apply(withMatrix);
    AttackTree cleared = ChangeTreeProperties.of(withMatrix, "scales")
        .withScaleLevels(null).apply(withMatrix);

    assertThat(relevelled.scales()).isEqualTo(new Scales(levels.likelihood(), levels.impact(),
        matrix));
    assertThat(cleared.scales()).isEqualTo(new Scales(Scales.DEFAULT.likelihood(),
        Scales.DEFAULT.impact(), matrix));
  }

  @Test
  void newScaleLevelsWithoutAMatrixAreTakenAsGiven() {
    AttackTree cleared = ChangeTreeProperties.of(tree, "scales").withScaleLevels(null)
        .apply(tree);

    assertThat(cleared.scalesGiven()).isFalse();
  }
}
