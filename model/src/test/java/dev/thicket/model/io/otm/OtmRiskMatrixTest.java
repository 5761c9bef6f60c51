package dev.thicket.model.io.otm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code scales.riskMatrix} travels in the project attribute {@code thicket-scales}. */
class OtmRiskMatrixTest {
  private static final String TREE = """
      format: attacktree/v1
      title: Shop
      root: goal
      nodes:
        goal:
          title: Goal
          gate: or
          children: [a]
        a:
          title: A
          likelihood: 0.2
      scales:
        likelihood:
          low: 0.1
          medium: 0.3
        impact:
          high: 8
        riskMatrix:
          high: [2, 3, 4, 5]
          medium: [1, 2, 3, 4]
          low: [1, 2, 2, 3]
          very-low: [1, 1, 2, 2]
      """;

  private static AttackTree read(String text) throws TreeFileException {
    return TreeReader.read("t.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theMatrixIsAKeyOfThicketScalesAndComesBack() throws Exception {
    String otm = OtmWriter.toYaml(read(TREE));

    Object scales = ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) OtmDocuments.plain(
        otm.getBytes(StandardCharsets.UTF_8))).get("project")).get("attributes"))
        .get("thicket-scales"));
    assertThat(((Map<?, ?>) scales).get("riskMatrix")).isEqualTo(Map.of(
        "high", List.of(2L, 3L, 4L, 5L), "medium", List.of(1L, 2L, 3L, 4L),
        "low", List.of(1L, 2L, 2L, 3L), "very-low", List.of(1L, 1L, 2L, 2L)));
    AttackTree back = OtmReader.read("shop.otm.yaml", otm.getBytes(StandardCharsets.UTF_8));
    assertThat(back.scales()).isEqualTo(read(TREE).scales());
  }

  @Test
  void anUnknownKeyOfThicketScalesIsReported() {
    String otm = """
        otmVersion: 0.2.0
        project:
          name: Shop
          id: shop
          attributes:
            thicket-scales: {impact: {high: 8}, riskmatrix: {}}
        threats:
          - id: xss
            name: Inject a script
            risk: {likelihood: 20, impact: 50}
        """;

    TreeFileException thrown = catchThrowableOfType(TreeFileException.class,
        () -> OtmReader.read("shop.otm.yaml", otm.getBytes(StandardCharsets.UTF_8)));

    assertThat(thrown.getMessage()).isEqualTo("shop.otm.yaml:6:41: unknown key 'riskmatrix' in"
        + " thicket-scales (did you mean 'riskMatrix'?)");
  }
}
