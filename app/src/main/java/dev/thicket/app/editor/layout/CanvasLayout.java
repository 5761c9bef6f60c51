package dev.thicket.app.editor.layout;

import dev.thicket.exports.diagram.DiagramLayout;
import dev.thicket.exports.diagram.SpanningTree;
import dev.thicket.exports.diagram.TidyTree;
import dev.thicket.model.tree.AttackTree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the editor's canvas draws each node: a top-down tidy tree ({@link TidyTree}, Buchheim et
 * al. 2002, as in the reports) of the {@link SpanningTree} in which each node hangs under its
 * first parent, as in the reports' {@link DiagramLayout}. A shared node is
 * placed once; its other parent edges are non-spanning edges. World coordinates, origin at the
 * top left. Cost: linear in nodes and edges.
 *
 * <p>A {@link SightIndex} built with the layout answers which cards and edges are in a part of
 * the world ({@link #cardsIn}, {@link #edgesIn}, {@link #nodeAt}), so that painting and hit-testing
 * cost what is in sight.
 */
public final class CanvasLayout {
  public static final double BOX_WIDTH = 210;
  public static final double BOX_HEIGHT = 86;
  public static final double LEVEL_GAP = 46;
  public static final double NODE_GAP = 22;
  public static final double MARGIN = 30;

  /** A card's rectangle. */
  public record Box(double x, double y, double width, double height) {
    public boolean contains(double px, double py) {
      return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    public double centreX() {
      return x + width / 2;
    }

    public double bottom() {
      return y + height;
    }
  }

  /**
   * A parent → child edge; {@code spanning} when the child is placed under this parent; {@code
   * from} and {@code to} are their cards (so that painting needs no look-up per edge).
   */
  public record Edge(String parent, String child, boolean spanning, Box from, Box to) {}

  private final Map<String, Box> boxes;
  private final List<Edge> edges;
  private final double width;
  private final double height;
  private final Map<String, Integer> hidden;
  private final String[] ids;
  private final Box[] cards;
  private final SightIndex sight;

  /**
   * @param boxes each node's card, in file order
   * @param edges every parent → child edge between cards that show
   * @param hidden for each collapsed node, how many nodes below it are hidden
   */
  public CanvasLayout(Map<String, Box> boxes, List<Edge> edges, double width, double height,
      Map<String, Integer> hidden) {
    this(new LinkedHashMap<>(boxes), List.copyOf(edges), width, height, Map.copyOf(hidden),
        true);
  }

  /** Takes the maps and list as they are: {@link #of} made them and hands them over. */
  private CanvasLayout(LinkedHashMap<String, Box> boxes, List<Edge> edges, double width,
      double height, Map<String, Integer> hidden, boolean owned) {
    this.boxes = Collections.unmodifiableMap(boxes);
    this.edges = Collections.unmodifiableList(edges);
    this.width = width;
    this.height = height;
    this.hidden = Collections.unmodifiableMap(hidden);
    this.ids = boxes.keySet().toArray(String[]::new);
    this.cards = boxes.values().toArray(Box[]::new);
    this.sight = new SightIndex(Arrays.asList(cards), this.edges, width, height);
  }

  /** Each node's card, in file order. */
  public Map<String, Box> boxes() {
    return boxes;
  }

  /** Every parent → child edge between cards that show. */
  public List<Edge> edges() {
    return edges;
  }

  public double width() {
    return width;
  }

  public double height() {
    return height;
  }

  /** For each collapsed node, how many nodes below it are hidden. */
  public Map<String, Integer> hidden() {
    return hidden;
  }

  public static CanvasLayout of(AttackTree tree) {
    return of(tree, Set.of());
  }

  /**
   * The layout with the subtrees of the {@code collapsed} gates left out: a node shows while one
   * parent that shows and is not collapsed lists it. {@link #hidden} counts, for each collapsed
   * node, the nodes below it that do not show.
   */
  public static CanvasLayout of(AttackTree tree, Set<String> collapsed) {
    SpanningTree spanning = SpanningTree.of(tree, collapsed);
    TidyTree.Placement placed =
        spanning.layOut(tree.root(), BOX_WIDTH, BOX_HEIGHT, LEVEL_GAP, NODE_GAP);
    int count = spanning.size();
    int root = spanning.indexOf(tree.root());
    double top = placed.y()[root];
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = 0;
    for (int node = 0; node < count; node++) {
      if (placed.placed(node)) {
        minX = Math.min(minX, placed.x()[node]);
        maxX = Math.max(maxX, placed.x()[node] + BOX_WIDTH);
        maxY = Math.max(maxY, placed.y()[node] - top + BOX_HEIGHT);
      }
    }
    double dx = MARGIN - minX;
    Box[] cards = new Box[count];
    LinkedHashMap<String, Box> boxes = new LinkedHashMap<>(count * 4 / 3 + 1);
    for (int node = 0; node < count; node++) {
      if (placed.placed(node)) {
        cards[node] = new Box(placed.x()[node] + dx, placed.y()[node] - top + MARGIN, BOX_WIDTH,
            BOX_HEIGHT);
        boxes.put(spanning.id(node), cards[node]);
      }
    }
    List<Edge> edges = new ArrayList<>();
    for (int node = 0; node < count; node++) {
      if (spanning.shown(node) && !spanning.collapsed(node)) {
        for (int at = spanning.childrenFrom(node); at < spanning.childrenFrom(node + 1); at++) {
          int below = spanning.child(at);
          edges.add(new Edge(spanning.id(node), spanning.id(below),
              spanning.parent(below) == node, cards[node], cards[below]));
        }
      }
    }
    return new CanvasLayout(boxes, edges, maxX - minX + 2 * MARGIN, maxY + 2 * MARGIN,
        hidden(tree, collapsed, spanning), true);
  }

  /** For each collapsed node that shows, how many nodes below it do not show. */
  private static Map<String, Integer> hidden(AttackTree tree, Set<String> collapsed,
      SpanningTree spanning) {
    Map<String, Integer> hidden = new HashMap<>();
    for (String id : collapsed) {
      int node = spanning.indexOf(id);
      if (node >= 0 && spanning.shown(node)) {
        Set<String> below = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(tree.node(id).children());
        while (!todo.isEmpty()) {
          String next = todo.pop();
          if (below.add(next)) {
            todo.addAll(tree.node(next).children());
          }
        }
        below.removeIf(child -> spanning.shown(spanning.indexOf(child)));
        hidden.put(id, below.size());
      }
    }
    return hidden;
  }

  /** The ids of the cards that reach into the world rectangle, in file order. */
  public List<String> cardsIn(double minX, double minY, double maxX, double maxY) {
    int[] found = sight.cardsIn(minX, minY, maxX, maxY);
    List<String> in = new ArrayList<>(found.length);
    for (int index : found) {
      Box box = cards[index];
      if (box.x() <= maxX && box.x() + box.width() >= minX && box.y() <= maxY
          && box.bottom() >= minY) {
        in.add(ids[index]);
      }
    }
    return in;
  }

  /**
   * The edges whose drawn lines may cross the world rectangle (every one that does), in the
   * order of {@link #edges}.
   */
  public List<Edge> edgesIn(double minX, double minY, double maxX, double maxY) {
    int[] found = sight.edgesIn(minX, minY, maxX, maxY);
    List<Edge> in = new ArrayList<>(found.length);
    for (int index : found) {
      in.add(edges.get(index));
    }
    return in;
  }

  /** The side of the sight index's cells, in world units. */
  double sightCellSide() {
    return sight.cellSide();
  }

  /** The node whose card holds the world point, if any (the first in file order). */
  public String nodeAt(double x, double y) {
    for (int index : sight.cardsNear(x, y)) {
      if (cards[index].contains(x, y)) {
        return ids[index];
      }
    }
    return null;
  }
}
