package dev.thicket.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link NodeMap} behaves as the linked hash map of the same nodes, read-only. */
class NodeMapTest {

  @Test
  void behavesAsALinkedHashMapOfTheNodes() {
    Random random = new Random(3);
    for (int round = 0; round < 50; round++) {
      List<Node> nodes = new ArrayList<>();
      Map<String, Node> expected = new LinkedHashMap<>();
      for (int i = 0; i < random.nextInt(300); i++) {
        String id = Integer.toString(random.nextInt(1_000_000), 36) + "-" + i;
        Node node = Node.leaf(id, "Step " + i, null);
        nodes.add(node);
        expected.put(id, node);
      }

      NodeMap map = NodeMap.of(nodes);

      assertThat(map).isEqualTo(expected);
      assertThat(expected).isEqualTo(map);
      assertThat(map.hashCode()).isEqualTo(expected.hashCode());
      assertThat(List.copyOf(map.keySet())).isEqualTo(List.copyOf(expected.keySet()));
      assertThat(List.copyOf(map.values())).isEqualTo(List.copyOf(expected.values()));
      assertThat(List.copyOf(map.entrySet())).isEqualTo(List.copyOf(expected.entrySet()));
      assertThat(map.keySet().toArray(new String[0])).containsExactly(
          expected.keySet().toArray(new String[0]));
      for (String id : expected.keySet()) {
        assertThat(map.get(id)).isSameAs(expected.get(id));
        assertThat(map.containsKey(id)).isTrue();
        assertThat(map.keySet().contains(id)).isTrue();
      }
      assertThat(map.get("absent")).isNull();
      assertThat(map.containsKey(42)).isFalse();
    }
  }

  @Test
  void isReadOnly() {
    NodeMap map = NodeMap.of(List.of(Node.leaf("a", "A", null)));

    assertThatThrownBy(() -> map.put("b", Node.leaf("b", "B", null)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(null))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.values().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesARepeatedIdNamingIt() {
    List<Node> nodes = List.of(Node.leaf("a", "A", null), Node.leaf("b", "B", null),
        Node.leaf("a", "A again", null));

    assertThatThrownBy(() -> NodeMap.of(nodes)).isInstanceOf(InvalidTreeException.class)
        .hasMessageContaining("duplicate node id 'a'");
  }

  @Test
  void extendingThePreviousIndexFindsWhatAFreshIndexFinds() {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      List<Node> nodes = new ArrayList<>();
      int size = 1 + random.nextInt(60);
      for (int i = 0; i < size; i++) {
        // few distinct ids ("Aa" and "BB" share a hash code), so repeats and collisions happen
        nodes.add(Node.leaf(random.nextBoolean() ? "Aa" + i : "BB" + i, "Step " + i, null));
      }
      NodeMap previous = NodeMap.of(nodes);
      List<Node> longer = new ArrayList<>(nodes);
      for (int i = random.nextInt(4); i >= 0; i--) {
        String id = random.nextInt(3) == 0 ? nodes.get(random.nextInt(size)).id()
            : (random.nextBoolean() ? "Aa" : "BB") + (size + random.nextInt(200));
        longer.add(Node.leaf(id, "New", null));
      }

      Object fresh = mapOrProblem(longer, null);
      Object extended = mapOrProblem(longer, previous);

      assertThat(extended).isEqualTo(fresh);
      if (fresh instanceof NodeMap map) {
        for (Node node : longer) {
          assertThat(((NodeMap) extended).get(node.id())).isSameAs(map.get(node.id()));
        }
        assertThat(((NodeMap) extended).get("absent")).isNull();
      }
    }
  }

  private static Object mapOrProblem(List<Node> nodes, NodeMap previous) {
    try {
      return previous == null ? NodeMap.of(nodes) : NodeMap.of(nodes, previous);
    } catch (InvalidTreeException invalid) {
      return invalid.getMessage();
    }
  }

  @Test
  void replacingKeepsPlacesAndRefusesNewIds() {
    NodeMap map = NodeMap.of(List.of(Node.leaf("a", "A", null), Node.leaf("b", "B", null)));
    Node renamed = Node.leaf("a", "New A", null);

    assertThat(List.copyOf(map.replacing(List.of(renamed)).values()))
        .containsExactly(renamed, map.get("b"));
    assertThat(map.get("a").title()).isEqualTo("A");
    assertThat(map.replacing(List.of(Node.leaf("c", "C", null)))).isNull();
  }
}
