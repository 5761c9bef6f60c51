package dev.thicket.app.editor.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.exports.diagram.DiagramLayout;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.tree.AttackTree;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.abego.treelayout.TreeLayout;
import org.abego.treelayout.util.DefaultConfiguration;
import org.abego.treelayout.util.DefaultTreeForTreeLayout;
import org.abego.treelayout.util.FixedNodeExtentProvider;
import org.junit.jupiter.api.Test;

class TidyTreeTest {

  @Test
  void placesCardsWhereAbegoTreeLayoutDoes() {
    for (long seed = 1; seed <= 5; seed++) {
      AttackTree tree = TreeGenerator.generate(300 * (int) seed, 0.1, seed);
      Map<String, CanvasLayout.Box> boxes = CanvasLayout.of(tree).boxes();
      Map<String, Rectangle2D.Double> expected = abego(tree);
      double minX = expected.values().stream().mapToDouble(Rectangle2D::getMinX).min()
          .orElseThrow();
      assertThat(boxes.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
      expected.forEach((id, at) -> {
        assertThat(boxes.get(id).x()).isCloseTo(at.x - minX + CanvasLayout.MARGIN,
            within(1e-6));
        assertThat(boxes.get(id).y()).isCloseTo(at.y + CanvasLayout.MARGIN, within(1e-6));
      });
    }
  }

  @Test
  void centresAParentOverItsChildren() {
    int[][] children = {{1, 2, 3}, {}, {4, 5}, {}, {}, {}};
    TidyTree.Placement placement = TidyTree.of(children, 0, 10);
    assertThat(placement.centreX()[0]).isEqualTo(0);
    assertThat(placement.centreX()[1] + placement.centreX()[3]).isCloseTo(0, within(1e-9));
    assertThat(placement.centreX()[2]).isCloseTo(
        (placement.centreX()[4] + placement.centreX()[5]) / 2, within(1e-9));
    assertThat(placement.depth()).containsExactly(0, 1, 1, 1, 2, 2);
  }

  private static Map<String, Rectangle2D.Double> abego(AttackTree tree) {
    Map<String, String> firstParents = DiagramLayout.firstParents(tree);
    DefaultTreeForTreeLayout<String> spanning = new DefaultTreeForTreeLayout<>(tree.root());
    Deque<String> pending = new ArrayDeque<>(List.of(tree.root()));
    while (!pending.isEmpty()) {
      String id = pending.pop();
      for (String child : tree.node(id).children()) {
        if (id.equals(firstParents.get(child))) {
          spanning.addChild(id, child);
          pending.push(child);
        }
      }
    }
    return new TreeLayout<>(spanning,
        new FixedNodeExtentProvider<>(CanvasLayout.BOX_WIDTH, CanvasLayout.BOX_HEIGHT),
        new DefaultConfiguration<>(CanvasLayout.LEVEL_GAP, CanvasLayout.NODE_GAP))
        .getNodeBounds();
  }
}
