package dev.thicket.exports.diagram;

import dev.thicket.model.io.xml.XmlText;
import dev.thicket.model.tree.VisibleText;

/**
 * Text from a tree in an SVG report: XML-escaped, its bidirectional controls and zero-width
 * characters spelled out ({@link VisibleText#marks}) so that no title reads backwards or hides.
 */
final class SvgText {
  private SvgText() {}

  static String of(String text) {
    return XmlText.escape(VisibleText.marks(text));
  }
}
