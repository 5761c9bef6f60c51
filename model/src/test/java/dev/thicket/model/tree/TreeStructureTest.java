package dev.thicket.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.generate.TreeGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.junit.jupiter.api.Test;

/**
 * A tree's order and parents, computed over int arrays ({@link TreeStructure}), are those of a
 * JGraphT {@link DirectedAcyclicGraph} built over the nodes in file order, as they always were:
 * generated trees (parents first) and the same trees with their nodes shuffled (children before
 * parents, where the graph reorders).
 */
class TreeStructureTest {

  @Test
  void orderAndParentsAreTheGraphsForGeneratedTrees() {
    Random random = new Random(11);
    for (int round = 0; round < 40; round++) {
      AttackTree tree = TreeGenerator.generate(2 + random.nextInt(400), round % 3 / 10.0, round);

      assertMatchesTheGraph(tree);
    }
  }

  @Test
  void orderAndParentsAreTheGraphsForShuffledFileOrders() {
    Random random = new Random(12);
    for (int round = 0; round < 200; round++) {
      AttackTree generated =
          TreeGenerator.generate(2 + random.nextInt(200), round % 4 / 10.0, round);
      List<Node> nodes = new ArrayList<>(generated.nodes().values());
      Collections.shuffle(nodes, random);
      AttackTree shuffled = new AttackTree(generated.title(), null, generated.root(), nodes,
          List.copyOf(generated.mitigations().values()), null, AnalysisSettings.NONE, Map.of());

      assertMatchesTheGraph(shuffled);
    }
  }

  @Test
  void structuralProblemsAreStillWorded() {
    List<Node> nodes = List.of(Node.gate("r", "Root", Gate.OR, 0, List.of("a", "ghost")),
        Node.gate("a", "A", Gate.AND, 0, List.of("b")),
        Node.gate("b", "B", Gate.OR, 0, List.of("a")),
        Node.leaf("lonely", "Lonely", null));

    assertThatThrownBy(() -> new AttackTree("T", null, "r", nodes, List.of(), null,
        AnalysisSettings.NONE, Map.of()))
        .isInstanceOf(InvalidTreeException.class)
        .hasMessageContaining("unknown child 'ghost'")
        .hasMessageContaining("child 'a' makes a cycle: 'a' already leads to 'b'")
        .hasMessageContaining("second root: node 'lonely'");
  }

  /** Order and parents equal those of a DAG built the old way over the tree's nodes. */
  private static void assertMatchesTheGraph(AttackTree tree) {
    DirectedAcyclicGraph<String, DefaultEdge> graph =
        new DirectedAcyclicGraph<>(DefaultEdge.class);
    tree.nodes().keySet().forEach(graph::addVertex);
    tree.nodes().values().forEach(node -> node.children()
        .forEach(child -> graph.addEdge(node.id(), child)));
    List<String> topDown = new ArrayList<>();
    graph.iterator().forEachRemaining(topDown::add);
    Collections.reverse(topDown);

    assertThat(tree.bottomUpOrder()).isEqualTo(topDown);
    for (String id : tree.nodes().keySet()) {
      assertThat(tree.parents(id)).as(id).isEqualTo(Graphs.predecessorListOf(graph, id));
    }
    assertThat(tree.graph().vertexSet()).containsExactlyElementsOf(graph.vertexSet());
    assertThat(tree.graph().edgeSet()).hasSameSizeAs(graph.edgeSet());
  }
}
