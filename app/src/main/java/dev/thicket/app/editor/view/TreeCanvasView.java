package dev.thicket.app.editor.view;

import dev.thicket.app.editor.layout.CanvasLayout;
import dev.thicket.app.editor.layout.CanvasLayout.Box;
import dev.thicket.app.editor.viewmodel.CanvasLayoutViewModel;
import dev.thicket.app.editor.viewmodel.CardChanges;
import dev.thicket.app.editor.viewmodel.CollapsedNodes;
import dev.thicket.app.editor.viewmodel.DocumentViewModel;
import dev.thicket.app.editor.viewmodel.ResultsViewModel;
import dev.thicket.model.score.Edge;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The tree drawn on a canvas the size of the view: only the cards and edges in sight are painted,
 * so a large tree pans smoothly; the mouse as {@link CanvasMouse} says (a move that would make a
 * cycle is refused). Binds to the document and results view models; holds only view state (zoom,
 * pan). While comparing ({@link #comparisonProperty}) it outlines the changed cards, shows each
 * one's change in a tooltip and draws the removed nodes as ghosts at their old places ({@link
 * CardChanges#layoutTree}), which can be neither selected nor dragged. A large tree is laid out
 * in the background ({@link CanvasLayoutViewModel}): until its layout lands the older one is
 * painted and hit-tested (nodes gone from the tree are skipped), and a card that is not placed
 * yet is revealed once it is.
 */
public final class TreeCanvasView extends Pane {
  private final DocumentViewModel document;
  private final CollapsedNodes collapsed;
  private final ResultsViewModel results;
  private final Canvas canvas = new Canvas();
  private final CardPainter painter = new CardPainter();
  private final CanvasLayoutViewModel layouts =
      new CanvasLayoutViewModel(javafx.application.Platform::runLater);
  private final BooleanProperty dark = new SimpleBooleanProperty();
  private final ObjectProperty<Set<String>> marked = new SimpleObjectProperty<>(Set.of());
  private final CanvasComparison comparison = new CanvasComparison(canvas, this::openTree);
  private final BooleanProperty overview = new SimpleBooleanProperty(true);
  private final Minimap minimap = new Minimap(this::centreOn);
  private CanvasLayout layout;
  private final CanvasViewport viewport = new CanvasViewport();
  private final CanvasMouse mouse;
  private boolean fitted;
  /** The view to take once the pending layout lands (fit, the opening view), or null. */
  private Runnable viewWhenLaidOut;
  /** The node to reveal once the pending layout lands (null: none). */
  private String revealWhenLaidOut;
  private int paintedCards;

  public TreeCanvasView(DocumentViewModel document, ResultsViewModel results,
      CollapsedNodes collapsed) {
    this.document = document;
    this.collapsed = collapsed;
    collapsed.ids().addListener((javafx.collections.SetChangeListener<String>) change -> {
      relayout();
      reveal(document.selectedProperty().get());
      paint();
    });
    this.results = results;
    getStyleClass().add("tree-canvas");
    setId("canvas");
    getChildren().addAll(canvas, minimap);
    minimap.setManaged(false);
    canvas.setFocusTraversable(true);
    setMinSize(200, 200);
    document.treeProperty().addListener((observable, before, after) -> relayout());
    document.openingsProperty().addListener((observable, before, after) -> showOpening());
    document.selectedProperty().addListener((observable, before, after) -> {
      reveal(after);
      paint();
    });
    results.shownProperty().addListener((observable, before, after) -> repaintAll());
    results.highlightedProperty().addListener((observable, before, after) -> repaintAll());
    results.stepsToRevealProperty().addListener((observable, before, after) -> {
      viewport.revealAll(after.leaves(), layout == null ? Map.of() : layout.boxes(),
          getWidth(), getHeight()); // a chosen scenario's steps into sight
      paint();
    });
    dark.addListener((observable, before, after) -> {
      painter.setDark(after);
      repaintAll();
    });
    marked.addListener((observable, before, after) -> repaintAll());
    comparison.shownProperty().addListener((observable, before, after) -> {
      relayout();
      repaintAll();
      comparison.tipFor(null);
    });
    canvas.addEventHandler(MouseEvent.MOUSE_MOVED,
        event -> comparison.tipFor(cardAt(event.getX(), event.getY())));
    overview.addListener((observable, before, after) -> paint());
    widthProperty().addListener((observable, before, after) -> paint());
    heightProperty().addListener((observable, before, after) -> paint());
    mouse = CanvasMouse.install(this, document);
    layouts.layoutProperty().addListener((observable, before, after) -> landed(after));
    relayout();
  }

  /** The canvas node, which takes the keyboard focus for the editing keys. */
  public Canvas canvas() {
    return canvas;
  }

  public BooleanProperty darkProperty() {
    return dark;
  }

  /** The nodes marked with a ring (the find bar's matches). */
  public ObjectProperty<Set<String>> markedProperty() {
    return marked;
  }

  /**
   * The comparison the canvas shows (null: none); applied only while the open tree has the
   * structure it was made for ({@link CanvasComparison#applied}).
   */
  public ObjectProperty<CardChanges> comparisonProperty() {
    return comparison.shownProperty();
  }

  private AttackTree openTree() {
    return document.tree();
  }

  /** The cards the last paint outlined or drew as ghosts, with their state, in layout order. */
  public Map<String, CardChanges.State> outlinedCards() {
    return comparison.outlined();
  }

  /** The tooltip with the change of the card under the mouse while comparing. */
  Tooltip changeTip() {
    return comparison.tip();
  }

  /** Whether the overview map shows when the tree is larger than the view. */
  public BooleanProperty overviewProperty() {
    return overview;
  }

  /** The overview map (hidden while the whole tree is in view). */
  Minimap minimap() {
    return minimap;
  }

  /** Moves the view so that the world point is at its centre (the overview map's clicks). */
  public void centreOn(double worldX, double worldY) {
    viewport.centreOn(worldX, worldY, getWidth(), getHeight());
    paint();
  }

  /** The world point at the centre of the view. */
  public Point2D worldCentre() {
    return viewport.toWorld(getWidth() / 2, getHeight() / 2);
  }

  /** Called on double-click of a card (after selecting it). */
  public void setOnRename(Runnable action) {
    mouse.setOnRename(action);
  }

  /** The layout painted now (an older tree's while {@link #layouts()} is pending), or null. */
  public CanvasLayout layoutOfTree() {
    return layout;
  }

  /** Where the layouts come from, and whether a newer one is pending. */
  public CanvasLayoutViewModel layouts() {
    return layouts;
  }

  public double zoom() {
    return viewport.zoom();
  }

  /** How many cards the last paint drew (the visible ones). */
  public int paintedCards() {
    return paintedCards;
  }

  /** The screen position (in this view) of the card of {@code id}, or null. */
  public Point2D screenPositionOf(String id) {
    Box box = layout == null ? null : layout.boxes().get(id);
    return box == null ? null
        : viewport.toView(box.x(), box.y());
  }

  /** The centre of {@code id}'s card in this view's coordinates, or null. */
  public Point2D centreOf(String id) {
    Box box = layout == null ? null : layout.boxes().get(id);
    return box == null ? null
        : viewport.toView(box.x() + box.width() / 2, box.y() + box.height() / 2);
  }

  public void zoomBy(double factor) {
    zoomAround(factor, getWidth() / 2, getHeight() / 2);
  }

  /** Shows the whole tree, at most at 160 % (readable from across a room). */
  public void fit() {
    if (layout == null) {
      viewWhenLaidOut = this::fit;
      return;
    }
    viewport.fit(layout.width(), layout.height(), Math.max(getWidth(), 1),
        Math.max(getHeight(), 1));
    paint();
  }

  /**
   * The view a tree opens with: the whole tree when its cards can be read so, else its goal at
   * the top centre at a readable zoom, the overview map showing the rest ({@link
   * CanvasViewport#open}). Waits for the layout of a tree being opened.
   */
  public void showOpening() {
    if (layout == null || layouts.pending()) {
      viewWhenLaidOut = this::showOpening;
      return;
    }
    viewport.open(layout.width(), layout.height(), layout.boxes().get(document.tree().root()),
        Math.max(getWidth(), 1), Math.max(getHeight(), 1));
    paint();
  }

  void zoomAround(double factor, double x, double y) {
    viewport.zoomAround(factor, x, y);
    paint();
  }

  /** Asks for the layout of the tree shown; a kept or small one lands at once. */
  private void relayout() {
    CardChanges changes = comparison.applied();
    layouts.request(changes == null ? document.tree() : changes.layoutTree(), collapsed.ids());
    if (!layouts.pending() && revealWhenLaidOut != null) { // back to the structure shown
      String id = revealWhenLaidOut;
      revealWhenLaidOut = null;
      reveal(id);
    }
    paint();
  }

  /** Takes over a layout that landed: the view keeps its zoom and offset. */
  private void landed(CanvasLayout next) {
    boolean first = layout == null;
    minimap.markStale();
    layout = next;
    painter.trimCache();
    if (first) {
      viewport.moveTo(20, 10);
    }
    if (viewWhenLaidOut != null && !layouts.pending()) {
      Runnable view = viewWhenLaidOut;
      viewWhenLaidOut = null;
      view.run();
    }
    if (revealWhenLaidOut != null && !layouts.pending()) {
      String id = revealWhenLaidOut;
      revealWhenLaidOut = null;
      reveal(id);
    }
    paint();
  }

  /** Pans so that the selected card is in sight. */
  public void revealSelected() {
    reveal(document.selectedProperty().get());
    paint();
  }

  /** Pans so that {@code id}'s card (or a removed node's ghost) is in sight. */
  public void revealNode(String id) {
    reveal(id);
    paint();
  }

  /**
   * Pans so that {@code id}'s card is in sight; while a layout is pending, again once it lands
   * (the card may move, or not be placed yet).
   */
  private void reveal(String id) {
    if (id != null && layouts.pending()) {
      revealWhenLaidOut = id;
    }
    Box box = id == null || layout == null ? null : layout.boxes().get(id);
    if (box == null || getWidth() <= 0) {
      return;
    }
    viewport.reveal(box, getWidth(), getHeight());
  }

  @Override
  protected void layoutChildren() {
    if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
      canvas.setWidth(getWidth());
      canvas.setHeight(getHeight());
      if (!fitted && getWidth() > 0 && getHeight() > 0) {
        fitted = true;
        fit();
      }
      paint();
    }
  }

  /** Paints what is in sight. */
  public void paint() {
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.setTransform(1, 0, 0, 1, 0, 0);
    gc.setFill(dark.get() ? Color.web("#1e1f22") : Color.web("#fafafa"));
    gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    if (layout == null) {
      paintedCards = 0;
      return;
    }
    viewport.applyTo(gc);
    javafx.geometry.Rectangle2D sight = viewport.inSight(canvas.getWidth(), canvas.getHeight());
    AttackTree tree = document.tree();
    Set<String> highlighted = results.highlightedProperty().get();
    Set<Edge> highlightedEdges = results.highlightedEdgesProperty().get();
    Set<String> outOfReach = results.outOfReachProperty().get();
    CardChanges changes = comparison.applied();
    EdgePainter.paint(gc, layout, layouts.pending()
        ? id -> CanvasComparison.shows(tree, changes, id) : id -> true,
        dark.get(), highlighted, highlightedEdges, changes == null ? Set.of() : changes.ghosts(),
        new javafx.geometry.BoundingBox(sight.getMinX(), sight.getMinY(), sight.getWidth(),
            sight.getHeight()));
    comparison.startPaint();
    double zoom = viewport.zoom();
    boolean detailed = zoom >= 0.35;
    painter.setZoom(zoom);
    int painted = 0;
    for (String id : layout.cardsIn(sight.getMinX(), sight.getMinY(), sight.getMaxX(),
        sight.getMaxY())) {
      Box box = layout.boxes().get(id);
      Node node = tree.nodes().get(id);
      if (node == null && !CanvasComparison.shows(tree, changes, id)) {
        continue; // gone from the tree while its new layout is pending
      }
      if (node == null) { // a removed node's ghost
        painter.paintGhost(gc, changes.old().node(id), box, detailed);
        comparison.outline(gc, painter, changes, id, box, detailed);
        painted++;
        continue;
      }
      boolean lit = highlighted.contains(id);
      // out of the chosen attacker's reach: dimmed as the nodes off a selected scenario are
      boolean dimmed = !highlighted.isEmpty() && !lit || outOfReach.contains(id);
      painter.paint(gc, tree, node, box, results.score(id), new CardPainter.Look(
              id.equals(document.selectedProperty().get()), lit, dimmed, detailed,
              layout.hidden().getOrDefault(id, 0), marked.get().contains(id)));
      comparison.outline(gc, painter, changes, id, box, detailed);
      painted++;
    }
    paintedCards = painted;
    paintMinimap(highlighted);
    mouse.paintDrop(gc);
  }

  /** Repaints after a change of colours or marks, which the overview map shows too. */
  private void repaintAll() {
    minimap.markStale();
    paint();
  }

  private void paintMinimap(Set<String> highlighted) {
    Color neutral = dark.get() ? Color.web("#8a8d91") : Color.web("#9e9e9e");
    minimap.show(overview.get(), layout, id -> CardPainter.overview(highlighted.contains(id),
        marked.get().contains(id), results.score(id),
        results.outOfReachProperty().get().contains(id), neutral),
        dark.get(), viewport.inSight(getWidth(), getHeight()),
        layout.boxes().get(document.selectedProperty().get()), getWidth(), getHeight());
  }

  /** The open tree's node whose card is at the view point (never a ghost), or null. */
  String nodeAt(double x, double y) {
    String id = cardAt(x, y);
    return id != null && document.tree().nodes().containsKey(id) ? id : null;
  }

  /** The card (or ghost) at the view point, or null. */
  private String cardAt(double x, double y) {
    Point2D world = viewport.toWorld(x, y);
    return layout == null ? null : layout.nodeAt(world.getX(), world.getY());
  }

  /** Moves the view by screen pixels (a drag of the background, the wheel). */
  void panBy(double dx, double dy) {
    viewport.panBy(dx, dy);
    paint();
  }
}
