package dev.thicket.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A tree as plain values and back, with the reader's rules. */
class TreeDocumentTest {

  @Test
  void fullFileComesBackByteForByte() throws Exception {
    String full = Files.readString(
        Path.of(TreeDocumentTest.class.getResource("/good/full.yaml").toURI()));
    AttackTree tree = TreeReader.read("full.yaml", full.getBytes(StandardCharsets.UTF_8));

    assertThat(TreeWriter.toYaml(TreeDocument.read(TreeDocument.of(tree)))).isEqualTo(full);
  }

  @Test
  void aGateTooWideForOneLineComesBack() throws Exception {
    List<Node> nodes = new ArrayList<>();
    List<String> children = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      children.add("leaf-number-" + i);
      nodes.add(Node.leaf("leaf-number-" + i, "Leaf " + i, Estimate.of(0.01)));
    }
    nodes.add(0, Node.gate("goal", "Goal", Gate.OR, 0, children));
    AttackTree wide = new AttackTree("Wide", null, "goal", nodes, List.of(), null,
        AnalysisSettings.NONE, Map.of());

    assertThat(TreeWriter.toYaml(TreeDocument.read(TreeDocument.of(wide))))
        .isEqualTo(TreeWriter.toYaml(wide));
  }

  @Test
  void aChangeThatBreaksARuleIsRefusedWithTheReadersMessage() {
    AttackTree tree = new AttackTree("T", null, "goal",
        List.of(Node.gate("goal", "Goal", Gate.OR, 0, List.of("a")),
            Node.leaf("a", "A", Estimate.of(0.1))),
        List.of(), null, AnalysisSettings.NONE, Map.of());
    Map<String, Object> document = TreeDocument.of(tree);
    @SuppressWarnings("unchecked")
    Map<String, Object> goal = (Map<String, Object>) ((Map<String, Object>) document.get("nodes"))
        .get("goal");
    goal.put("children", List.of("a", "b"));

    assertThatThrownBy(() -> TreeDocument.read(document)).isInstanceOf(TreeFileException.class)
        .hasMessageContaining("unknown child 'b'");
  }
}
