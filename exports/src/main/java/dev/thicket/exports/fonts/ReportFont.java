package dev.thicket.exports.fonts;

import dev.thicket.model.tree.VisibleText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The two faces every report uses: Liberation Sans regular and bold (SIL Open Font License 1.1,
 * metric-compatible with Arial), read from the {@code com.github.librepdf:openpdf-fonts-extra}
 * jar. The PDF embeds them; the diagram layout measures text with their metrics so that a box
 * sized here fits its text in the PDF and, in Arial or Liberation Sans, in the SVG.
 *
 * <p>Only characters of the Basic Multilingual Plane that the font maps are {@linkplain #covers
 * covered}; the rest are drawn as {@link #REPLACEMENT}.
 */
public enum ReportFont {
  REGULAR("/liberation/LiberationSans-Regular.ttf"),
  BOLD("/liberation/LiberationSans-Bold.ttf");

  /** What a character the font cannot draw is replaced with. */
  public static final char REPLACEMENT = '?';

  private final String resource;
  private volatile Loaded loaded;

  ReportFont(String resource) {
    this.resource = resource;
  }

  private record Loaded(byte[] bytes, float[] widths) {}

  /** The TrueType file. */
  public byte[] bytes() {
    return load().bytes().clone();
  }

  /** An input stream over the TrueType file, for embedding. */
  public InputStream open() {
    return new java.io.ByteArrayInputStream(load().bytes());
  }

  /** Whether the font has a glyph for {@code codePoint}. */
  public boolean covers(int codePoint) {
    return codePoint >= 0 && codePoint < 0x10000 && load().widths()[codePoint] >= 0;
  }

  /**
   * {@code text} with line breaks and tabs as spaces, bidirectional controls and zero-width
   * characters spelled out ({@link VisibleText#marks}) and uncovered characters replaced.
   */
  public String drawable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    VisibleText.marks(text).codePoints().forEach(codePoint -> {
      if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
        out.append(' ');
      } else if (Character.isISOControl(codePoint) || !covers(codePoint)) {
        out.append(REPLACEMENT);
      } else {
        out.appendCodePoint(codePoint);
      }
    });
    return out.toString();
  }

  /** The width of {@code text} at {@code size} points; a character the font lacks counts 1 em. */
  public float width(String text, float size) {
    float[] widths = load().widths();
    float units = 0;
    String drawn = VisibleText.marks(text);
    for (int i = 0; i < drawn.length(); ) {
      int codePoint = drawn.codePointAt(i);
      i += Character.charCount(codePoint);
      float width = codePoint < 0x10000 ? widths[codePoint] : -1;
      units += width >= 0 ? width : 1;
    }
    return units * size;
  }

  private Loaded load() {
    Loaded result = loaded;
    if (result == null) {
      synchronized (this) {
        result = loaded;
        if (result == null) {
          result = read();
          loaded = result;
        }
      }
    }
    return result;
  }

  /** Reads the file and the advance width (per point of size) of every covered BMP character. */
  private Loaded read() {
    try (InputStream in = ReportFont.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font " + resource + " is missing from the class path");
      }
      byte[] bytes = in.readAllBytes();
      float[] widths = new float[0x10000];
      try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        float perEm = font.getUnitsPerEm();
        for (int codePoint = 0; codePoint < widths.length; codePoint++) {
          int glyph = cmap.getGlyphId(codePoint);
          widths[codePoint] = glyph == 0 ? -1 : font.getAdvanceWidth(glyph) / perEm;
        }
      }
      return new Loaded(bytes, widths);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + resource, e);
    }
  }
}
