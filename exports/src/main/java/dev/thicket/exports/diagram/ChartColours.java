package dev.thicket.exports.diagram;

/** The colours every report chart shares (what to fund, uncertainty, attackers). */
final class ChartColours {
  static final String GRID = "#dddddd";
  static final String AXIS = "#555555";
  /** The high-risk threshold's dashed line and label. */
  static final String THRESHOLD = "#d73027";
  /** A plain bar. */
  static final String BAR = "#7a9cc6";

  private ChartColours() {}
}
