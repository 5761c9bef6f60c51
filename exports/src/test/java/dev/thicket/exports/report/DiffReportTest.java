package dev.thicket.exports.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.diff.TreeDiff;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiffReportTest {

  private static AttackTree orOf(double a) {
    return new AttackTree("T", null, "goal", List.of(
        Node.gate("goal", "Goal", Gate.OR, 0, List.of("a", "b")),
        Node.leaf("a", "A", Estimate.of(a)), Node.leaf("b", "B", Estimate.of(0.2))), List.of(),
        null, AnalysisSettings.NONE, Map.of());
  }

  private static final TreeDiff DIFF = TreeDiff.of(orOf(0.1), orOf(0.2));

  @Test
  void textSpellsOutControlCharactersOfNames() {
    String text = new DiffReport("old\u001b[2J\u202E.yaml", "new.yaml", DIFF).text();

    assertThat(text).startsWith("Diff old\\u001B[2J\\u202E.yaml → new.yaml\n")
        .contains("  ~ node a: likelihood 0.1 → 0.2\n", "  +0.08: likelihood of a 0.1 → 0.2\n");
  }

  @Test
  void markdownEscapesNames() {
    String markdown = new DiffReport("[x](https://evil.example)", "*new*", DIFF).markdown();

    assertThat(markdown).startsWith(
        "## Threat model: \\[x\\](`https://evil.example)` → \\*new\\*\n")
        .contains("- **+0.08**: likelihood of a 0.1 → 0.2\n");
  }

  @Test
  void jsonCarriesTheNumbers() {
    String json = new DiffReport("old.yaml", "new.yaml", DIFF).json();

    assertThat(json).contains("\"method\" : \"shapley\"", "\"field\" : \"likelihood\"",
        "\"before\" : \"0.1\"", "\"after\" : \"0.2\"");
  }
}
