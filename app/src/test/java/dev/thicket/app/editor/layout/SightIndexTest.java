package dev.thicket.app.editor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.layout.CanvasLayout.Box;
import dev.thicket.app.editor.layout.CanvasLayout.Edge;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The layout's sight index against a scan of every card and edge: the cards in a rectangle and
 * the card at a point are exactly those the scan finds (in file order), and every edge whose
 * drawn lines cross a rectangle is listed, with nothing listed far from it.
 */
class SightIndexTest {
  @Test
  void randomGeometryAnswersAsAScanDoes() {
    Random random = new Random(7);
    for (int trial = 0; trial < 40; trial++) {
      double width = 200 + random.nextDouble() * (trial % 2 == 0 ? 5_000 : 3_000_000);
      double height = 200 + random.nextDouble() * (trial % 3 == 0 ? 2_000_000 : 6_000);
      Map<String, Box> boxes = new LinkedHashMap<>();
      int count = 1 + random.nextInt(400);
      // cards may overlap (the first in file order wins); an elbow below a card stays in the world
      for (int i = 0; i < count; i++) {
        boxes.put("n" + i, new Box(random.nextDouble() * (width - 210),
            random.nextDouble() * (height - 86 - CanvasLayout.LEVEL_GAP), 210, 86));
      }
      List<Box> placed = List.copyOf(boxes.values());
      List<Edge> edges = new ArrayList<>();
      for (int i = 0; i < count * 2; i++) {
        int from = random.nextInt(count);
        int to = random.nextInt(count);
        edges.add(new Edge("n" + from, "n" + to, random.nextBoolean(), placed.get(from),
            placed.get(to)));
      }
      CanvasLayout layout = new CanvasLayout(boxes, edges, width, height, Map.of());
      checkAgainstScan(layout, random, 60);
    }
  }

  @Test
  void generatedTreesAnswerAsAScanDoes() {
    Random random = new Random(11);
    for (int size : new int[] {2, 40, 700, 6_000}) {
      for (double shared : new double[] {0, 0.2}) {
        AttackTree tree = TreeGenerator.generate(size, shared, size + (long) (shared * 10));
        Set<String> collapsed = new HashSet<>();
        for (Node node : tree.nodes().values()) {
          if (!node.children().isEmpty() && random.nextInt(20) == 0) {
            collapsed.add(node.id());
          }
        }
        checkAgainstScan(CanvasLayout.of(tree), random, 80);
        checkAgainstScan(CanvasLayout.of(tree, collapsed), random, 40);
      }
    }
  }

  private static void checkAgainstScan(CanvasLayout layout, Random random, int queries) {
    Map<Edge, Integer> places = new IdentityHashMap<>();
    for (Edge edge : layout.edges()) {
      places.put(edge, places.size());
    }
    for (int q = 0; q < queries; q++) {
      double span = random.nextBoolean() ? 3_000 : 40_000; // a view at full and at least zoom
      double minX = random.nextDouble() * layout.width() - span / 4;
      double minY = random.nextDouble() * layout.height() - span / 4;
      double maxX = minX + random.nextDouble() * span;
      double maxY = minY + random.nextDouble() * span;
      List<String> cards = new ArrayList<>();
      layout.boxes().forEach((id, box) -> {
        if (box.x() <= maxX && box.x() + box.width() >= minX && box.y() <= maxY
            && box.bottom() >= minY) {
          cards.add(id);
        }
      });
      assertThat(layout.cardsIn(minX, minY, maxX, maxY)).isEqualTo(cards);

      List<Edge> listed = layout.edgesIn(minX, minY, maxX, maxY);
      assertThat(listed).isSortedAccordingTo((a, b) ->
          Integer.compare(places.get(a), places.get(b)));
      Set<Edge> listedOnce = Collections.newSetFromMap(
          new IdentityHashMap<>());
      listedOnce.addAll(listed);
      assertThat(listedOnce).hasSameSizeAs(listed);
      for (Edge edge : layout.edges()) {
        if (crosses(edge, minX, minY, maxX, maxY)) {
          assertThat(listedOnce).as("edge %s → %s crosses the view", edge.parent(), edge.child())
              .contains(edge);
        }
      }
      if (!layout.edges().isEmpty()) { // a small view on a random point of an edge's lines
        Edge edge = layout.edges().get(random.nextInt(layout.edges().size()));
        double[] at = pointOn(edge, random.nextInt(3), random.nextDouble());
        assertThat(layout.edgesIn(at[0] - 2, at[1] - 2, at[0] + 2, at[1] + 2))
            .as("edge %s → %s at %s", edge.parent(), edge.child(), List.of(at[0], at[1]))
            .contains(edge);
      }
      double near = 2 * layout.sightCellSide(); // a listed edge crosses a cell meeting the view
      for (Edge edge : listed) {
        assertThat(crosses(edge, minX - near, minY - near, maxX + near, maxY + near))
            .as("edge %s → %s is listed far from the view", edge.parent(), edge.child())
            .isTrue();
      }

      double x = random.nextDouble() * layout.width();
      double y = random.nextDouble() * layout.height();
      String first = layout.boxes().entrySet().stream()
          .filter(entry -> entry.getValue().contains(x, y)).map(Map.Entry::getKey)
          .findFirst().orElse(null);
      assertThat(layout.nodeAt(x, y)).isEqualTo(first);
      if (!cards.isEmpty()) { // a point on a card, not only the empty space around cards
        Box box = layout.boxes().get(cards.get(0));
        double onX = box.x() + random.nextDouble() * box.width();
        double onY = box.y() + random.nextDouble() * box.height();
        String under = layout.boxes().entrySet().stream()
            .filter(entry -> entry.getValue().contains(onX, onY)).map(Map.Entry::getKey)
            .findFirst().orElseThrow();
        assertThat(layout.nodeAt(onX, onY)).isEqualTo(under);
      }
    }
  }

  /**
   * A point at {@code t} (0 to 1) along a line the painter draws for the edge: for an elbow its
   * {@code segment}-th part, for a further parent edge the straight line.
   */
  private static double[] pointOn(Edge edge, int segment, double t) {
    Box from = edge.from();
    Box to = edge.to();
    double middle = from.bottom() + CanvasLayout.LEVEL_GAP / 2;
    double[] line = !edge.spanning()
        ? new double[] {from.centreX(), from.bottom(), to.centreX(), to.y()}
        : segment == 0 ? new double[] {from.centreX(), from.bottom(), from.centreX(), middle}
        : segment == 1 ? new double[] {from.centreX(), middle, to.centreX(), middle}
        : new double[] {to.centreX(), middle, to.centreX(), to.y()};
    return new double[] {line[0] + t * (line[2] - line[0]), line[1] + t * (line[3] - line[1])};
  }

  /** Whether a line the painter draws for the edge meets the rectangle. */
  private static boolean crosses(Edge edge, double minX, double minY, double maxX,
      double maxY) {
    Box from = edge.from();
    Box to = edge.to();
    if (!edge.spanning()) {
      return segmentMeets(from.centreX(), from.bottom(), to.centreX(), to.y(),
          minX, minY, maxX, maxY);
    }
    double middle = from.bottom() + CanvasLayout.LEVEL_GAP / 2;
    return segmentMeets(from.centreX(), from.bottom(), from.centreX(), middle,
        minX, minY, maxX, maxY)
        || segmentMeets(from.centreX(), middle, to.centreX(), middle, minX, minY, maxX, maxY)
        || segmentMeets(to.centreX(), middle, to.centreX(), to.y(), minX, minY, maxX, maxY);
  }

  /** Liang–Barsky: whether the segment has a point inside the closed rectangle. */
  private static boolean segmentMeets(double x0, double y0, double x1, double y1, double minX,
      double minY, double maxX, double maxY) {
    double dx = x1 - x0;
    double dy = y1 - y0;
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {x0 - minX, maxX - x0, y0 - minY, maxY - y0};
    double enter = 0;
    double leave = 1;
    for (int i = 0; i < 4; i++) {
      if (p[i] == 0) {
        if (q[i] < 0) {
          return false;
        }
      } else {
        double t = q[i] / p[i];
        if (p[i] < 0) {
          enter = Math.max(enter, t);
        } else {
          leave = Math.min(leave, t);
        }
      }
    }
    return enter <= leave;
  }
}
