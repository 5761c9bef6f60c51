package dev.thicket.app.editor.layout;

import dev.thicket.exports.diagram.DiagramLayout;
import dev.thicket.exports.diagram.TidyLayout;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abego.treelayout.util.DefaultTreeForTreeLayout;

/**
 * Where the editor's canvas draws each node: a top-down tidy tree ({@link TidyLayout}: abego
 * TreeLayout, Buchheim et al. 2002, as in the reports) of the spanning tree in which each node
 * hangs under its first parent, as in the reports' {@link DiagramLayout}. A shared node is
 * placed once; its other parent edges are non-spanning edges. World coordinates, origin at the top left. Cost: linear in nodes and edges.
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
    this.boxes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(boxes));
    this.edges = List.copyOf(edges);
    this.width = width;
    this.height = height;
    this.hidden = Map.copyOf(hidden);
    this.ids = this.boxes.keySet().toArray(String[]::new);
    this.cards = this.boxes.values().toArray(Box[]::new);
    this.sight = new SightIndex(List.of(cards), this.edges, width, height);
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
    Set<String> visible = new HashSet<>();
    Deque<String> walk = new ArrayDeque<>(List.of(tree.root()));
    while (!walk.isEmpty()) {
      String id = walk.pop();
      if (visible.add(id) && !collapsed.contains(id)) {
        walk.addAll(tree.node(id).children());
      }
    }
    Map<String, String> firstParents = new HashMap<>(DiagramLayout.firstParents(tree));
    if (!collapsed.isEmpty()) {
      for (String child : visible) {
        String first = firstParents.get(child);
        if (first != null && (!visible.contains(first) || collapsed.contains(first))) {
          tree.parents(child).stream()
              .filter(parent -> visible.contains(parent) && !collapsed.contains(parent))
              .findFirst().ifPresent(parent -> firstParents.put(child, parent));
        }
      }
    }
    Map<String, Integer> hidden = new HashMap<>();
    for (String id : collapsed) {
      if (visible.contains(id)) {
        Set<String> below = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(tree.node(id).children());
        while (!todo.isEmpty()) {
          String next = todo.pop();
          if (below.add(next)) {
            todo.addAll(tree.node(next).children());
          }
        }
        below.removeAll(visible);
        hidden.put(id, below.size());
      }
    }
    Map<String, Box> boxes = place(tree, collapsed, firstParents);
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = 0;
    for (Box box : boxes.values()) {
      minX = Math.min(minX, box.x());
      maxX = Math.max(maxX, box.x() + box.width());
      maxY = Math.max(maxY, box.bottom());
    }
    double dx = MARGIN - minX;
    for (Map.Entry<String, Box> entry : boxes.entrySet()) {
      Box box = entry.getValue();
      entry.setValue(new Box(box.x() + dx, box.y() + MARGIN, box.width(), box.height()));
    }
    List<Edge> edges = new ArrayList<>();
    for (Node node : tree.nodes().values()) {
      if (!visible.contains(node.id()) || collapsed.contains(node.id())) {
        continue;
      }
      for (String child : node.children()) {
        edges.add(new Edge(node.id(), child, node.id().equals(firstParents.get(child)),
            boxes.get(node.id()), boxes.get(child)));
      }
    }
    return new CanvasLayout(boxes, edges, maxX - minX + 2 * MARGIN, maxY + 2 * MARGIN, hidden);
  }

  /**
   * The cards of the spanning tree (each node under its first parent that shows) laid out as a
   * tidy tree by abego TreeLayout, in file order; y from the top of the root's card.
   */
  private static Map<String, Box> place(AttackTree tree, Set<String> collapsed,
      Map<String, String> firstParents) {
    DefaultTreeForTreeLayout<String> spanning = new DefaultTreeForTreeLayout<>(tree.root());
    Deque<String> pending = new ArrayDeque<>(List.of(tree.root()));
    while (!pending.isEmpty()) {
      String id = pending.pop();
      if (collapsed.contains(id)) {
        continue;
      }
      for (String child : tree.node(id).children()) {
        if (id.equals(firstParents.get(child))) {
          spanning.addChild(id, child);
          pending.push(child);
        }
      }
    }
    Map<String, Rectangle2D.Double> placed =
        TidyLayout.of(spanning, BOX_WIDTH, BOX_HEIGHT, LEVEL_GAP, NODE_GAP).nodes();
    double top = placed.get(tree.root()).y;
    Map<String, Box> boxes = new LinkedHashMap<>();
    for (String id : tree.nodes().keySet()) {
      Rectangle2D.Double at = placed.get(id);
      if (at != null) {
        boxes.put(id, new Box(at.x, at.y - top, at.width, at.height));
      }
    }
    return boxes;
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
