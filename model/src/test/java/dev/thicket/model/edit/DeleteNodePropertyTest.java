package dev.thicket.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DeleteNode#removedBy} walks only the deleted node's subtree; on generated trees with
 * shared nodes it must remove exactly what the root no longer reaches once the node is gone.
 */
class DeleteNodePropertyTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void removesExactlyWhatTheRootNoLongerReaches(long seed) {
    AttackTree tree = TreeGenerator.generate(120, 0.3, seed);
    for (String id : tree.nodes().keySet()) {
      if (!id.equals(tree.root())) {
        assertThat(DeleteNode.removedBy(tree, id)).as(id)
            .containsExactlyElementsOf(unreachedWithout(tree, id));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void keepsTheOtherNodesInFileOrderWithoutTheRemovedChildren(long seed) {
    AttackTree tree = TreeGenerator.generate(120, 0.3, seed);
    for (String id : tree.nodes().keySet()) {
      if (id.equals(tree.root())) {
        continue;
      }
      Set<String> removed = unreachedWithout(tree, id);
      AttackTree after = new DeleteNode(id).apply(tree);

      assertThat(List.copyOf(after.nodes().keySet())).as(id).isEqualTo(tree.nodes().keySet()
          .stream().filter(node -> !removed.contains(node)).toList());
      for (Node node : after.nodes().values()) {
        assertThat(node.children()).as(id).isEqualTo(tree.node(node.id()).children().stream()
            .filter(child -> !removed.contains(child)).toList());
      }
    }
  }

  /** The definition: every node, in file order, not reached from the root when {@code id} is cut. */
  private static Set<String> unreachedWithout(AttackTree tree, String id) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(tree.root()));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (!next.equals(id) && reached.add(next)) {
        todo.addAll(tree.node(next).children());
      }
    }
    Set<String> unreached = new LinkedHashSet<>(tree.nodes().keySet());
    unreached.removeAll(reached);
    return unreached;
  }
}
