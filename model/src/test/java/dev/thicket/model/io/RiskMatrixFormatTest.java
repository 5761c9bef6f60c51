package dev.thicket.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.RiskValues;
import dev.thicket.model.tree.Scales;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code scales.riskMatrix} in the file format. */
class RiskMatrixFormatTest {
  private static final String CANONICAL = """
      format: attacktree/v1
      title: Own matrix
      root: goal
      nodes:
        goal:
          title: Goal
          impact: 9
      scales:
        likelihood:
          low: 0.1
          medium: 0.3
        impact:
          low: 2
          high: 8
        riskMatrix:
          high: [1, 3, 4, 4]
          medium: [1, 2, 3, 4]
          low: [1, 2, 2, 3]
          very-low: [1, 1, 2, 3]
      analysis:
        highRiskThreshold: 0.2
      """;

  private static AttackTree read(String text) throws TreeFileException {
    return TreeReader.read("t.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsOneRowPerFeasibilityRating() throws Exception {
    AttackTree tree = read(CANONICAL);

    assertThat(tree.scales().riskMatrix()).isEqualTo(new RiskValues(Map.of(
        "high", List.of(1, 3, 4, 4), "medium", List.of(1, 2, 3, 4),
        "low", List.of(1, 2, 2, 3), "very-low", List.of(1, 1, 2, 3))));
    assertThat(tree.scales().riskMatrixInUse().value("very-low", "severe")).isEqualTo(3);
  }

  @Test
  void writesTheMatrixAfterTheLevelsByteIdentical() throws Exception {
    assertThat(TreeWriter.toYaml(read(CANONICAL))).isEqualTo(CANONICAL);
  }

  @Test
  void aMatrixAloneGetsTheDefaultLevelsAndItsRowsInCanonicalOrder() throws Exception {
    String matrixOnly = """
        format: attacktree/v1
        title: T
        root: goal
        nodes:
          goal: {title: Goal}
        scales:
          riskMatrix:
            very-low: [1, 1, 1, 2]
            low: [1, 2, 2, 3]
            medium: [1, 2, 3, 4]
            high: [2, 3, 4, 5]
        """;

    AttackTree tree = read(matrixOnly);
    String written = TreeWriter.toYaml(tree);

    assertThat(tree.scales().likelihood()).isEqualTo(Scales.DEFAULT.likelihood());
    assertThat(written).endsWith("""
          critical: 10
          riskMatrix:
            high: [2, 3, 4, 5]
            medium: [1, 2, 3, 4]
            low: [1, 2, 2, 3]
            very-low: [1, 1, 1, 2]
        """);
    assertThat(read(written).scales()).isEqualTo(tree.scales());
  }

  @Test
  void aTreeWithoutTheKeyUsesTheAnnexHExample() throws Exception {
    AttackTree tree = read(CANONICAL.replaceAll("(?s)  riskMatrix:.*very-low: \\[1, 1, 2, 3\\]\n",
        ""));

    assertThat(tree.scales().riskMatrix()).isNull();
    assertThat(tree.scales().riskMatrixInUse()).isEqualTo(RiskValues.ANNEX_H);
    assertThat(TreeWriter.toYaml(tree)).doesNotContain("riskMatrix");
  }
}
