package dev.thicket.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What a diff shows of the tree's structured fields: the file's own form (not Java's map text),
 * in the summary when it fits on a short line.
 */
class FieldTextTest {
  private static final String NODES = """
      nodes:
        goal:
          title: Goal
          gate: or
          children: [a]
        a:
          title: A
          likelihood: 0.1
      """;

  @Test
  void extensionsAndScalesAreShownAsTheFileWritesThem() throws Exception {
    AttackTree tree = read("""
        format: attacktree/v1
        title: T
        root: goal
        x-owner: Ada
        x-review: {due: 2027-01, by: [Bo, "C, D"], open: true, weight: 2.5}
        scales:
          likelihood: {low: 0.1, medium: 0.3, high: 0.6}
          impact: {low: 2, high: 8}
          riskMatrix:
            high: [1, 3, 4, 5]
            medium: [1, 2, 3, 4]
            low: [1, 1, 2, 3]
            very-low: [1, 1, 1, 1]
        """ + NODES);

    assertThat(FieldText.extensions(tree.extensions())).isEqualTo(
        "x-owner: Ada, x-review: {due: \"2027-01\", by: [Bo, \"C, D\"], open: true, weight: 2.5}");
    assertThat(FieldText.scales(tree)).isEqualTo("likelihood: {low: 0.1, medium: 0.3, "
        + "high: 0.6}, impact: {low: 2, high: 8}, riskMatrix: {high: [1, 3, 4, 5], "
        + "medium: [1, 2, 3, 4], "
        + "low: [1, 1, 2, 3], very-low: [1, 1, 1, 1]}");
  }

  @Test
  void aSummaryShowsShortStructuredValuesAndHidesProseAndLongOnes() throws Exception {
    AttackTree before = read("format: attacktree/v1\ntitle: T\nroot: goal\n" + NODES);
    AttackTree after = read("format: attacktree/v1\ntitle: T2\nroot: goal\nx-owner: Ada\n"
        + "scales:\n  likelihood: {low: 0.1, medium: 0.3, high: 0.6}\n"
        + "  impact: {low: 2, high: 8}\n"
        + NODES);

    TreeDiff diff = TreeDiff.of(before, after);

    assertThat(diff.tree()).extracting(FieldChange::summary).containsExactlyInAnyOrder(
        "title changed", "extensions (none) → x-owner: Ada", "scales changed");
    FieldChange scales = diff.tree().stream().filter(f -> f.field().equals("scales"))
        .findFirst().orElseThrow();
    assertThat(scales.after())
        .isEqualTo("likelihood: {low: 0.1, medium: 0.3, high: 0.6}, impact: {low: 2, high: 8}");
    assertThat(scales.after().length()).isGreaterThan(FieldChange.SHOWN_LENGTH);
  }

  private static AttackTree read(String yaml) throws Exception {
    return TreeReader.read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }
}
