package dev.thicket.exports.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType font read once: its bytes (for embedding) and the advance width, per point of size,
 * of every character of the Basic Multilingual Plane it maps (-1 where it maps none).
 */
record FontFace(String name, byte[] bytes, float[] widths) {
  /** Reads a TrueType font (glyph outlines, not CFF); throws for anything else. */
  static FontFace read(String name, byte[] bytes) {
    float[] widths = new float[0x10000];
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
      if (font.getGlyph() == null) {
        throw new IOException(name + " has no TrueType outlines");
      }
      CmapLookup cmap = font.getUnicodeCmapLookup();
      float perEm = font.getUnitsPerEm();
      for (int codePoint = 0; codePoint < widths.length; codePoint++) {
        int glyph = cmap.getGlyphId(codePoint);
        widths[codePoint] = glyph == 0 ? -1 : font.getAdvanceWidth(glyph) / perEm;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the font " + name, e);
    }
    return new FontFace(name, bytes, widths);
  }

  boolean covers(int codePoint) {
    return codePoint >= 0 && codePoint < 0x10000 && widths[codePoint] >= 0;
  }

  /** The advance width of a covered character, per point of size. */
  float width(int codePoint) {
    return widths[codePoint];
  }
}
