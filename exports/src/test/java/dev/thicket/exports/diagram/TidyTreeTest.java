package dev.thicket.exports.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.abego.treelayout.TreeLayout;
import org.abego.treelayout.util.DefaultConfiguration;
import org.abego.treelayout.util.DefaultTreeForTreeLayout;
import org.abego.treelayout.util.FixedNodeExtentProvider;
import org.junit.jupiter.api.Test;

/**
 * {@link TidyTree} places every box exactly where abego TreeLayout 1.0.3 (the reference
 * implementation of the same algorithm, kept as a test dependency) places it, on random trees of
 * every shape, and lays out a chain far deeper than any stack.
 */
class TidyTreeTest {

  @Test
  void placesEveryBoxWhereAbegoTreeLayoutDoes() {
    Random random = new Random(20261130);
    for (int trial = 0; trial < 600; trial++) {
      int count = 1 + random.nextInt(trial < 300 ? 40 : 400);
      int[] parent = randomParents(count, random);
      double width = 10 + random.nextInt(200) + (random.nextBoolean() ? 0.37 : 0);
      double height = 5 + random.nextInt(90) + (random.nextBoolean() ? 0.5 : 0);
      double levelGap = random.nextInt(60) + (random.nextBoolean() ? 0.25 : 0);
      double nodeGap = random.nextInt(40) + (random.nextBoolean() ? 0.1 : 0);

      TidyTree.Placement placed = layOut(parent, width, height, levelGap, nodeGap);
      Reference expected = abego(parent, width, height, levelGap, nodeGap);

      for (int node = 0; node < count; node++) {
        Rectangle2D.Double box = expected.boxes().get("n" + node);
        assertThat(new double[] {placed.x()[node], placed.y()[node]})
            .as("trial %d, node %d of %d", trial, node, count)
            .containsExactly(box.x, box.y);
      }
      assertThat(new double[] {placed.width(), placed.height()}).as("trial %d", trial)
          .containsExactly(expected.width(), expected.height());
    }
  }

  @Test
  void leavesNodesNotUnderTheRootUnplaced() {
    // 0 → 1, 2 → 3: only 0 and 1 hang under the root 0
    TidyTree.Placement placed = TidyTree.of(0, new int[] {0, 1, 1, 2, 2}, new int[] {1, 3},
        100, 40, 10, 5);

    assertThat(placed.placed(0)).isTrue();
    assertThat(placed.placed(1)).isTrue();
    assertThat(placed.placed(2)).isFalse();
    assertThat(placed.placed(3)).isFalse();
  }

  @Test
  void chainOfAMillionIsLaidOutOneLevelBelowTheOther() {
    int count = 1_000_000;
    int[] parent = new int[count];
    for (int node = 0; node < count; node++) {
      parent[node] = node - 1;
    }

    TidyTree.Placement placed = layOut(parent, 100, 40, 10, 5);

    assertThat(placed.x()[count - 1]).isEqualTo(placed.x()[0]);
    assertThat(placed.y()[count - 1] - placed.y()[0]).isEqualTo((count - 1) * 50.0);
  }

  /** Node 0 is the root; every other node hangs under an earlier one, often a recent one. */
  private static int[] randomParents(int count, Random random) {
    int[] parent = new int[count];
    parent[0] = -1;
    int shape = random.nextInt(3);
    for (int node = 1; node < count; node++) {
      parent[node] = switch (shape) {
        case 0 -> random.nextInt(node); // random recursive tree: bushy
        case 1 -> Math.max(0, node - 1 - random.nextInt(3)); // deep and narrow
        default -> random.nextInt(Math.min(node, 1 + random.nextInt(6))); // wide fans
      };
    }
    return parent;
  }

  /** The children lists of {@code parent}, in node order, laid out by {@link TidyTree}. */
  private static TidyTree.Placement layOut(int[] parent, double width, double height,
      double levelGap, double nodeGap) {
    int count = parent.length;
    int[] childStart = new int[count + 1];
    for (int node = 1; node < count; node++) {
      childStart[parent[node] + 1]++;
    }
    for (int node = 0; node < count; node++) {
      childStart[node + 1] += childStart[node];
    }
    int[] children = new int[Math.max(0, count - 1)];
    int[] filled = childStart.clone();
    for (int node = 1; node < count; node++) {
      children[filled[parent[node]]++] = node;
    }
    return TidyTree.of(0, childStart, children, width, height, levelGap, nodeGap);
  }

  private record Reference(Map<String, Rectangle2D.Double> boxes, double width, double height) {}

  private static Reference abego(int[] parent, double width, double height, double levelGap,
      double nodeGap) {
    List<String> ids = new ArrayList<>();
    for (int node = 0; node < parent.length; node++) {
      ids.add("n" + node);
    }
    DefaultTreeForTreeLayout<String> tree = new DefaultTreeForTreeLayout<>(ids.get(0));
    for (int node = 1; node < parent.length; node++) {
      tree.addChild(ids.get(parent[node]), ids.get(node));
    }
    TreeLayout<String> layout = new TreeLayout<>(tree,
        new FixedNodeExtentProvider<>(width, height),
        new DefaultConfiguration<>(levelGap, nodeGap));
    return new Reference(layout.getNodeBounds(), layout.getBounds().getWidth(),
        layout.getBounds().getHeight());
  }
}
