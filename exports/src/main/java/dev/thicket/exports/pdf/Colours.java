package dev.thicket.exports.pdf;

import java.awt.Color;

/** {@code #rrggbb} colours as PDFBox takes them. */
final class Colours {
  private Colours() {}

  static Color of(String hex) {
    return new Color(Integer.parseInt(hex.substring(1), 16));
  }
}
