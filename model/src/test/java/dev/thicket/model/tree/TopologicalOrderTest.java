package dev.thicket.model.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.junit.jupiter.api.Test;

class TopologicalOrderTest {

  @Test
  void parentsBeforeChildrenKeepFileOrder() {
    int[] childStart = {0, 2, 3, 3, 3};
    int[] children = {1, 2, 3};
    assertThat(TopologicalOrder.topDown(childStart, children)).containsExactly(0, 1, 2, 3);
  }

  @Test
  void childrenBeforeParentsGiveJGraphTsOrder() {
    // node 0 is a leaf listed by 2, node 1 a leaf listed by 3, node 3 the root over 2 and 1
    int[] childStart = {0, 0, 0, 1, 3};
    int[] children = {0, 2, 1};
    assertThat(TopologicalOrder.topDown(childStart, children))
        .containsExactly(jgraphtOrder(childStart, children));
  }

  @Test
  void sameOrderAsJGraphTOverRandomGraphsInRandomFileOrders() {
    Random random = new Random(20261130);
    for (int round = 0; round < 3000; round++) {
      int[][] graph = randomDag(random, 1 + random.nextInt(40), random.nextDouble() * 0.3);
      int[] expected = jgraphtOrder(graph[0], graph[1]);
      assertThat(TopologicalOrder.topDown(graph[0], graph[1]))
          .as("round %d", round).containsExactly(expected);
    }
  }

  @Test
  void refusesExactlyTheGraphsWhereJGraphTRefusesAnEdge() {
    Random random = new Random(7);
    int refused = 0;
    for (int round = 0; round < 3000; round++) {
      int count = 2 + random.nextInt(25);
      int[][] graph = randomGraph(random, count, random.nextDouble() * 0.2);
      int[] expected = jgraphtOrder(graph[0], graph[1]);
      int[] order = TopologicalOrder.topDown(graph[0], graph[1]);
      if (expected == null) {
        refused++;
        assertThat(order).as("round %d", round).isNull();
      } else {
        assertThat(order).as("round %d", round).containsExactly(expected);
      }
    }
    assertThat(refused).isBetween(300, 2700);
  }

  /** The order of a DAG built as the validator built it, or null when an edge closes a cycle. */
  private static int[] jgraphtOrder(int[] childStart, int[] children) {
    int count = childStart.length - 1;
    DirectedAcyclicGraph<Integer, DefaultEdge> graph = new DirectedAcyclicGraph<>(DefaultEdge.class);
    for (int i = 0; i < count; i++) {
      graph.addVertex(i);
    }
    for (int parent = 0; parent < count; parent++) {
      for (int e = childStart[parent]; e < childStart[parent + 1]; e++) {
        try {
          graph.addEdge(parent, children[e]);
        } catch (IllegalArgumentException cycle) {
          return null;
        }
      }
    }
    List<Integer> order = new ArrayList<>();
    graph.iterator().forEachRemaining(order::add);
    return order.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A DAG (edges follow a hidden order) whose nodes are numbered in a random file order. */
  private static int[][] randomDag(Random random, int count, double density) {
    List<Integer> hidden = shuffled(random, count);
    List<List<Integer>> lists = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lists.add(new ArrayList<>());
    }
    for (int a = 0; a < count; a++) {
      for (int b = a + 1; b < count; b++) {
        if (random.nextDouble() < density) {
          lists.get(hidden.get(a)).add(hidden.get(b));
        }
      }
    }
    return compressed(random, lists);
  }

  /** Any directed graph without repeated edges (self loops and cycles included). */
  private static int[][] randomGraph(Random random, int count, double density) {
    List<List<Integer>> lists = new ArrayList<>();
    for (int a = 0; a < count; a++) {
      List<Integer> list = new ArrayList<>();
      for (int b = 0; b < count; b++) {
        if (random.nextDouble() < density) {
          list.add(b);
        }
      }
      lists.add(list);
    }
    return compressed(random, lists);
  }

  /** {childStart, children}, each node's children in a random order. */
  private static int[][] compressed(Random random, List<List<Integer>> lists) {
    int[] childStart = new int[lists.size() + 1];
    List<Integer> children = new ArrayList<>();
    for (int i = 0; i < lists.size(); i++) {
      List<Integer> list = new ArrayList<>(lists.get(i));
      Collections.shuffle(list, random);
      children.addAll(list);
      childStart[i + 1] = children.size();
    }
    return new int[][] {childStart, children.stream().mapToInt(Integer::intValue).toArray()};
  }

  private static List<Integer> shuffled(Random random, int count) {
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(i);
    }
    Collections.shuffle(list, random);
    return list;
  }
}
