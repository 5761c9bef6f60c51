package dev.thicket.model.analysis.bdd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The unique table against a plain list of the nodes made: through growth (the table doubles by
 * one pass over itself), rollbacks (entries removed by backward shifts, whatever order they went
 * in), collections, and temporary nodes kept in a table of their own (from any point, merged back
 * at any point, rolled back past or not), every node stays found under its own number and no node
 * is made twice.
 */
class NodeTableTest {
  private static final int VARIABLES = 12;

  private record Cell(int variable, int low, int high) {}

  /** What the table should hold: its nodes in order, and the number of each. */
  private static final class Expected {
    final List<Cell> nodes = new ArrayList<>();
    final Map<Cell, Integer> numbers = new HashMap<>();

    Expected() {
      nodes.add(new Cell(Integer.MAX_VALUE, 0, 0));
      nodes.add(new Cell(Integer.MAX_VALUE, 1, 1));
    }

    void add(Cell cell) {
      numbers.put(cell, nodes.size());
      nodes.add(cell);
    }

    void keepFirst(int count) {
      nodes.subList(count, nodes.size()).clear();
      numbers.clear();
      for (int node = 2; node < nodes.size(); node++) {
        numbers.put(nodes.get(node), node);
      }
    }
  }

  @Property(tries = 30)
  void everyNodeIsFoundOnceThroughGrowthRollbacksAndCollections(@ForAll long seed) {
    Random random = new Random(seed);
    NodeTable table = new NodeTable(() -> {}, Integer.MAX_VALUE);
    Expected expected = new Expected();
    Deque<Integer> marks = new ArrayDeque<>();
    for (int step = 0; step < 40; step++) {
      int action = random.nextInt(12);
      if (action == 10) {
        table.keepTemporaryApart();
      } else if (action == 11) {
        table.mergeTemporary();
      } else if (action < 6) {
        int count = 1 + random.nextInt(random.nextBoolean() ? 50 : 2000);
        for (int i = 0; i < count; i++) {
          add(table, expected, random);
        }
      } else if (action < 8) {
        marks.push(table.size);
      } else if (action == 8 && !marks.isEmpty()) {
        int mark = marks.pop();
        table.rollback(mark);
        expected.keepFirst(mark);
      } else {
        collect(table, expected, random);
        marks.clear();
      }
      assertThat(table.size).as("seed %d, step %d", seed, step).isEqualTo(expected.nodes.size());
      for (int node = 2; node < expected.nodes.size(); node++) {
        Cell cell = expected.nodes.get(node);
        assertThat(table.findOrAdd(cell.variable(), cell.low(), cell.high()))
            .as("node %d, seed %d, step %d", node, seed, step).isEqualTo(node);
      }
      assertThat(table.size).as("nothing made twice, seed %d", seed)
          .isEqualTo(expected.nodes.size());
    }
  }

  /** A random node over older ones: new, or one made already (then found, not made again). */
  private static void add(NodeTable table, Expected expected, Random random) {
    int size = expected.nodes.size();
    Cell cell = size > 2 && random.nextInt(8) == 0
        ? expected.nodes.get(2 + random.nextInt(size - 2))
        : new Cell(random.nextInt(VARIABLES), random.nextInt(size), random.nextInt(size));
    Integer known = expected.numbers.get(cell);
    int node = table.findOrAdd(cell.variable(), cell.low(), cell.high());
    if (known != null) {
      assertThat(node).isEqualTo(known);
      assertThat(table.size).isEqualTo(size);
    } else {
      assertThat(node).isEqualTo(size);
      expected.add(cell);
    }
  }

  /** Collects from a few random roots, and renumbers the expected nodes as the table should. */
  private static void collect(NodeTable table, Expected expected, Random random) {
    List<Cell> nodes = expected.nodes;
    int[] roots = new int[1 + random.nextInt(4)];
    boolean[] kept = new boolean[nodes.size()];
    for (int i = 0; i < roots.length; i++) {
      roots[i] = random.nextInt(nodes.size());
      kept[roots[i]] = true;
    }
    kept[0] = true;
    kept[1] = true;
    for (int node = nodes.size() - 1; node >= 2; node--) {
      if (kept[node]) {
        kept[nodes.get(node).low()] = true;
        kept[nodes.get(node).high()] = true;
      }
    }
    int[] renumbered = table.collect(roots);
    int[] number = new int[nodes.size()];
    List<Cell> compacted = new ArrayList<>();
    for (int node = 0; node < nodes.size(); node++) {
      number[node] = kept[node] ? compacted.size() : -1;
      if (kept[node]) {
        Cell cell = nodes.get(node);
        compacted.add(node < 2 ? cell
            : new Cell(cell.variable(), number[cell.low()], number[cell.high()]));
      }
      assertThat(renumbered[node]).as("renumbered %d", node).isEqualTo(number[node]);
    }
    nodes.clear();
    nodes.addAll(compacted);
    expected.keepFirst(compacted.size());
  }
}
