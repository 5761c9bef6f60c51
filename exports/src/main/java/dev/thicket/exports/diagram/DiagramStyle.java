package dev.thicket.exports.diagram;

/** Sizes and colours shared by every drawing of a {@link Diagram} (points and #rrggbb). */
public final class DiagramStyle {
  public static final double BOX_WIDTH = 136;
  public static final double BOX_HEIGHT = 60;
  public static final double PADDING = 5;
  public static final float TITLE_SIZE = 7.5f;
  public static final double TITLE_LEADING = 9;
  public static final int TITLE_LINES = 3;
  public static final float INFO_SIZE = 6.5f;
  public static final double INFO_LEADING = 8;
  public static final double LEVEL_GAP = 30;
  public static final double NODE_GAP = 12;
  public static final double MARGIN = 10;
  /**
   * Room left for wider fonts: text is wrapped to the box width divided by this. An SVG viewer
   * without Arial or Liberation Sans falls back to a wider sans (DejaVu Sans is ~12 % wider).
   */
  public static final double FONT_SLACK = 1.14;

  public static final String TEXT = "#1a1a1a";
  public static final String BORDER = "#555555";
  public static final double BORDER_WIDTH = 0.8;
  public static final String CRITICAL = "#1f3a93";
  public static final double CRITICAL_WIDTH = 2.4;
  /** Side of the triangle in a critical box's top right corner. */
  public static final double CRITICAL_MARK = 12;
  public static final String LINK = "#8a8a8a";
  public static final double LINK_WIDTH = 1;
  public static final String HIGH_RISK = "#b30000";
  public static final double HIGH_RISK_WIDTH = 3;

  public static final double LEGEND_SYMBOL = 14;
  public static final double LEGEND_ROW = 18;
  public static final float LEGEND_SIZE = 7.5f;

  private DiagramStyle() {}
}
