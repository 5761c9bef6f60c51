package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped Keras tree: canonical on disk, and the four scenarios of the seed document. */
class KerasTreeTest {
  private static final Path KERAS = Path.of("..", "trees", "keras.yaml");

  @Test
  void isStoredInCanonicalForm() throws Exception {
    AttackTree tree = TreeReader.read(KERAS);

    assertThat(TreeWriter.toYaml(tree))
        .isEqualTo(Files.readString(KERAS, StandardCharsets.UTF_8));
  }

  @Test
  void hasExactlyTheFourScenariosOfTheSeed() throws Exception {
    AttackTree tree = TreeReader.read(KERAS);

    AnalysisResult result = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT);

    Set<Set<String>> scenarios = new HashSet<>();
    result.cutSets().listed().forEach(s -> scenarios.add(Set.copyOf(s.leaves())));
    assertThat(result.cutSets().count().intValue()).isEqualTo(4);
    assertThat(scenarios).containsExactlyInAnyOrder(
        Set.of("cdn-compromise", "deserialization-exploit"),
        Set.of("attacker-hosted", "deserialization-exploit"),
        Set.of("crafted-input"),
        Set.of("dep-vulns"));
  }

  @Test
  void everyLeafIsEstimatedAndEveryNodeDescribed() throws Exception {
    AttackTree tree = TreeReader.read(KERAS);

    assertThat(TreeAnalysis.run(tree, AnalysisOptions.DEFAULT).unestimated()).isEmpty();
    assertThat(tree.nodes().values()).allSatisfy(node -> {
      assertThat(node.description()).isNotBlank();
      if (node.isLeaf()) {
        assertThat(node.rationale()).isNotBlank();
      }
    });
    assertThat(tree.mitigations().keySet()).hasSizeGreaterThanOrEqualTo(List.of(
        "model loading", "input validation", "dependencies").size());
  }
}
