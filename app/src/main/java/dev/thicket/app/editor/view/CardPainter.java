package dev.thicket.app.editor.view;

import dev.thicket.app.editor.layout.CanvasLayout.Box;
import dev.thicket.app.editor.viewmodel.CardChanges;
import dev.thicket.exports.report.HeatScale;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws one node card: filled in the colour of its risk band ({@link NodeScore#band}: the band
 * of its contribution, the risk removed if it is blocked), title, gate, probability and
 * contribution ({@link #figures}), badges. A leaf whose likelihood is a three-point range shows
 * it in its pill ({@link #symbols}); a node with a mitigation whose effectiveness is a range has
 * {@code ±} on its mitigations badge.
 */
final class CardPainter {
  /** The colours of the risk bands, lowest first: the reports' heat scale. */
  private static final List<Color> BANDS = HeatScale.COLOURS.stream().map(Color::web).toList();

  static final Color SELECTED = Color.web("#1565c0");
  static final Color CRITICAL = Color.web("#283593");
  static final Color HIGHLIGHT = Color.web("#c62828");
  /** The ring around a card that matches the find bar's query. */
  static final Color MATCH = Color.web("#ffb300");
  /**
   * Comparing: the outline of a card added since the other version (a green no risk band uses,
   * readable on both backgrounds) and of a changed one (an amber darker than the find ring's).
   */
  static final Color ADDED = Color.web("#1e9e45");
  static final Color CHANGED = Color.web("#e67e00");
  /** Comparing: the dashed border and tag of a removed node's ghost. */
  static final Color REMOVED = Color.web("#78909c");
  /** How opaque a removed node's ghost is. */
  static final double GHOST_ALPHA = 0.7;
  /** The cards' text. */
  private static final Color INK = Color.web("#111111");
  /** What a leaf's pill says first, when there is room. */
  private static final String STEP = "step · ";
  /** The critical border on the dark background, where indigo would not show. */
  private static final Color CRITICAL_ON_DARK = Color.web("#9fa8da");
  private static final Color NEUTRAL = Color.web("#e0e0e0");
  private static final Font TITLE = Font.font("DejaVu Sans", FontWeight.BOLD, 13);
  private static final Font INFO = Font.font("DejaVu Sans", 12);
  private static final Font BADGE = Font.font("DejaVu Sans", FontWeight.BOLD, 11);
  private static final double PAD = 8;
  private static final int MAX_WRAPPED = 20_000;
  /** How much wider the mitigations badge is with its {@code ±}. */
  private static final double WIDER = 10;

  private final Text measure = new Text();
  private final Map<String, List<String>> wrapped = new HashMap<>();
  private boolean dark;
  private double minStroke;

  /**
   * The zoom the cards are drawn at: below 1, the selection, path and match strokes widen so
   * that they stay visible (a few screen pixels) when the whole tree is in view.
   */
  void setZoom(double zoom) {
    minStroke = 3 / zoom;
  }

  /** Draws for the dark background. */
  void setDark(boolean on) {
    dark = on;
  }

  /**
   * Forgets the cached title wrapping once it has grown large. Entries are keyed by id, title and
   * badges, so an edit never makes one wrong; keeping them spares re-measuring every visible
   * title after each edit.
   */
  void trimCache() {
    if (wrapped.size() > MAX_WRAPPED) {
      wrapped.clear();
    }
  }

  /**
   * How to draw a card; {@code hidden} > 0: collapsed, with that many nodes below it; {@code
   * matched}: it matches the find bar's query.
   */
  record Look(boolean selected, boolean highlighted, boolean dimmed, boolean detailed,
      int hidden, boolean matched) {}

  /**
   * A card's colour on the overview map: the path highlight, a find match, else its fill by risk
   * removed ({@code neutral} when not scored, its importance pending, or out of the chosen
   * attacker's reach).
   */
  static Color overview(boolean highlighted, boolean matched, NodeScore score,
      boolean outOfReach, Color neutral) {
    return highlighted ? HIGHLIGHT : matched ? MATCH
        : score == null || score.pending() || outOfReach ? neutral : fill(score);
  }

  /**
   * The fill of a card with {@code score}: the colour of its risk band; neutral while its
   * importance is being computed.
   */
  static Color fill(NodeScore score) {
    return score.pending() ? NEUTRAL : BANDS.get(score.band());
  }

  /**
   * The card's numbers: P and, after ▼, the risk removed if the node is blocked (its
   * contribution), each to two significant digits as {@link dev.thicket.exports.Decimals} writes
   * four ("P 0.03  ▼0.29"), so that they read from across a room; "▼…" while the importance is
   * being computed, and "P …" while the probability is not known yet either (a large tree's
   * first result).
   */
  static String figures(NodeScore score) {
    double p = score.probability();
    return "P " + (Double.isNaN(p) ? "…" : twoDigits(p)) + "  ▼"
        + (score.pending() ? "…" : twoDigits(score.contribution()));
  }

  private static String twoDigits(double value) {
    if (value == 0) {
      return "0";
    }
    if (Math.abs(value) < 1e-6) {
      return String.format(java.util.Locale.ROOT, "%.1e", value);
    }
    return new BigDecimal(value).round(new MathContext(2)).stripTrailingZeros().toPlainString();
  }

  /** Paints {@code node}'s card; {@code score} is null before its first result. */
  void paint(GraphicsContext gc, AttackTree tree, Node node, Box box, NodeScore score,
      Look look) {
    gc.setGlobalAlpha(look.dimmed() ? 0.25 : 1);
    if (look.matched()) {
      gc.setStroke(MATCH);
      double ring = Math.max(5, minStroke);
      gc.setLineWidth(ring);
      gc.strokeRoundRect(box.x() - ring - 1, box.y() - ring - 1, box.width() + 2 * ring + 2,
          box.height() + 2 * ring + 2, 16, 16);
    }
    gc.setFill(score == null ? NEUTRAL : fill(score));
    gc.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 12, 12);
    boolean critical = score != null && score.critical();
    gc.setStroke(look.selected() ? SELECTED : look.highlighted() ? HIGHLIGHT
        : critical ? (dark ? CRITICAL_ON_DARK : CRITICAL) : Color.web("#555555"));
    gc.setLineWidth(look.selected() ? Math.max(5, minStroke)
        : look.highlighted() ? Math.max(4, minStroke) : critical ? 2.5 : 1);
    gc.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), 12, 12);
    if (look.detailed()) {
      boolean ranged = rangedMitigation(tree, node);
      paintText(gc, node, box, score, look.hidden(), ranged, INK);
      paintBadges(gc, node, box, critical, ranged);
    }
    gc.setGlobalAlpha(1);
  }

  /**
   * Comparing: a ring around the card in the colour of {@code state} and, when {@code detailed},
   * a tag above it ("new", "changed", "removed") so that the state reads without colour.
   */
  void paintOutline(GraphicsContext gc, Box box, CardChanges.State state, boolean detailed) {
    Color colour = switch (state) {
      case ADDED -> ADDED;
      case CHANGED -> CHANGED;
      case REMOVED -> REMOVED;
    };
    double ring = Math.max(4, minStroke);
    // a gap of background between card and ring keeps the ring apart from the band's fill
    double out = ring / 2 + Math.max(4, minStroke);
    if (state != CardChanges.State.REMOVED) {
      gc.setStroke(colour);
      gc.setLineWidth(ring);
      gc.strokeRoundRect(box.x() - out, box.y() - out, box.width() + 2 * out,
          box.height() + 2 * out, 18, 18);
    }
    if (detailed) {
      String label = state.name().toLowerCase(java.util.Locale.ROOT)
          .replace("added", "new");
      gc.setFont(BADGE);
      double width = measureBadge(label) + 14;
      gc.setTextAlign(TextAlignment.CENTER);
      gc.setTextBaseline(VPos.CENTER);
      badge(gc, box.x() + 6, box.y() - out - ring / 2 - 19, width, colour, label);
    }
  }

  /**
   * Comparing: a removed node's ghost at its old place, faded with a dashed border, with its old
   * title and gate or likelihood ({@code old}: the other version).
   */
  void paintGhost(GraphicsContext gc, Node node, Box box, boolean detailed) {
    gc.setGlobalAlpha(GHOST_ALPHA);
    gc.setFill(dark ? Color.web("#3c3f44") : Color.web("#eceff1"));
    gc.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 12, 12);
    gc.setStroke(dark ? Color.web("#b0bec5") : Color.web("#546e7a"));
    gc.setLineWidth(Math.max(2, minStroke / 2));
    gc.setLineDashes(8, 6);
    gc.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), 12, 12);
    gc.setLineDashes();
    if (detailed) {
      paintText(gc, node, box, null, 0, false, dark ? Color.web("#e0e0e0") : INK);
    }
    gc.setGlobalAlpha(1);
  }

  private double measureBadge(String text) {
    measure.setFont(BADGE);
    measure.setText(text);
    return measure.getLayoutBounds().getWidth();
  }

  /** Whether a mitigation of {@code node} has a range of effectiveness. */
  static boolean rangedMitigation(AttackTree tree, Node node) {
    for (String id : node.mitigations()) {
      Mitigation mitigation = tree.mitigations().get(id);
      if (mitigation != null && mitigation.effectivenessRange() != null) {
        return true;
      }
    }
    return false;
  }

  private void paintText(GraphicsContext gc, Node node, Box box, NodeScore score, int hidden,
      boolean rangedMitigation, Color ink) {
    gc.setFill(ink);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.TOP);
    gc.setFont(TITLE);
    double badges = (node.mitigations().isEmpty() ? 0 : 30 + (rangedMitigation ? WIDER : 0))
        + (score != null && score.critical() ? 30 : 0);
    String title = node.title();
    String key = node.id() + "\u0000" + badges + "\u0000" + (title.length() <= TitleLines.MAX_CHARS
        ? title : title.substring(0, TitleLines.MAX_CHARS) + "\u0000" + title.length());
    List<String> lines = wrapped.computeIfAbsent(key, unused ->
        TitleLines.of(title, box.width() - 2 * PAD - badges, 3, this::titleWidth));
    double y = box.y() + PAD;
    for (String line : lines) {
      gc.fillText(line, box.x() + PAD, y);
      y += 16;
    }
    gc.setFont(INFO);
    gc.setTextBaseline(VPos.BOTTOM);
    double bottom = box.bottom() - 6;
    String figures = score == null ? "" : figures(score);
    String symbol = pillText(node, hidden, figures, box.width());
    double pill = infoWidth(symbol) + 10;
    gc.setFill(Color.web("#ffffffcc"));
    gc.fillRoundRect(box.x() + PAD - 3, bottom - 17, pill, 17, 8, 8);
    gc.setStroke(Color.web("#333333"));
    gc.setLineWidth(1);
    gc.strokeRoundRect(box.x() + PAD - 3, bottom - 17, pill, 17, 8, 8);
    gc.setFill(INK);
    gc.fillText(symbol, box.x() + PAD + 2, bottom - 1);
    if (score != null) {
      gc.setTextAlign(TextAlignment.RIGHT);
      gc.fillText(figures, box.x() + box.width() - PAD, bottom - 1);
    }
  }

  /**
   * The pill's text on a card {@code width} wide whose figures are {@code figures}: of {@link
   * #symbols}, the widest form that leaves the figures their room (the last form when none does);
   * {@code hidden} > 0 adds the collapsed count.
   */
  String pillText(Node node, int hidden, String figures, double width) {
    String more = hidden > 0 ? "   +" + hidden : "";
    List<String> symbols = symbols(node);
    if (symbols.size() == 1) {
      return symbols.get(0) + more;
    }
    double room = width - 2 * PAD + 3 - (figures.isEmpty() ? 0 : infoWidth(figures) + 8);
    for (String form : symbols) {
      if (infoWidth(form + more) + 10 <= room) {
        return form + more;
      }
    }
    return symbols.get(symbols.size() - 1) + more;
  }

  /** Width of {@code text} in the font of the pill and the figures. */
  double infoWidth(String text) {
    measure.setFont(INFO);
    measure.setText(text);
    return measure.getLayoutBounds().getWidth();
  }

  private void paintBadges(GraphicsContext gc, Node node, Box box, boolean critical,
      boolean rangedMitigation) {
    double right = box.x() + box.width() - 4;
    gc.setFont(BADGE);
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.CENTER);
    if (!node.mitigations().isEmpty()) {
      double width = 26 + (rangedMitigation ? WIDER : 0);
      badge(gc, right - width, box.y() + 4, width, Color.web("#2e7d32"),
          "M" + node.mitigations().size() + (rangedMitigation ? "±" : ""));
      right -= width + 4;
    }
    if (critical) {
      badge(gc, right - 26, box.y() + 4, 26, CRITICAL, "C");
    }
  }

  private static void badge(GraphicsContext gc, double x, double y, double width, Color colour,
      String label) {
    gc.setFill(colour);
    gc.fillRoundRect(x, y, width, 18, 9, 9);
    gc.setFill(Color.WHITE);
    gc.fillText(label, x + width / 2, y + 9);
  }

  /**
   * The forms of the pill's text, widest first: one for a gate ({@link #symbol}); for a leaf,
   * {@code step · L very-low} and {@code L very-low}, or for a likelihood that is a range {@code
   * step · L 0.1 (0.05–0.3)}, {@code L 0.1 (0.05–0.3)}, {@code step · L 0.1 ±} and {@code L 0.1
   * ±}, of which the card shows the widest that leaves its figures room.
   */
  static List<String> symbols(Node node) {
    Estimate likelihood = node.likelihood();
    if (!node.isLeaf()) {
      return List.of(symbol(node));
    }
    if (likelihood == null || !likelihood.isRange()) { // "step · L very-low" or "L very-low"
      return List.of(symbol(node), symbol(node).substring(STEP.length()));
    }
    String likely = "L " + likelihood.likely();
    String range = " (" + likelihood.range().low() + "–" + likelihood.range().high() + ")";
    return List.of(STEP + likely + range, likely + range, STEP + likely + " ±",
        likely + " ±");
  }

  /**
   * The gate ({@link ScoredTree#gateLabel}, of the node as it is now, edited or not); a leaf
   * shows its likelihood as given.
   */
  static String symbol(Node node) {
    if (node.isLeaf()) {
      return STEP + (node.likelihood() == null ? "unestimated" : "L " + node.likelihood());
    }
    return ScoredTree.gateLabel(node);
  }

  private double titleWidth(String text) {
    measure.setFont(TITLE);
    measure.setText(text);
    return measure.getLayoutBounds().getWidth();
  }
}
