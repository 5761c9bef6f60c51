package dev.thicket.exports.fonts;

import dev.thicket.model.tree.VisibleText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two faces every report uses: Liberation Sans regular and bold (SIL Open Font License 1.1,
 * metric-compatible with Arial), read from the {@code com.github.librepdf:openpdf-fonts-extra}
 * jar. The PDF embeds them; the diagram layout measures text with their metrics so that a box
 * sized here fits its text in the PDF and, in Arial or Liberation Sans, in the SVG.
 *
 * <p>Text is drawn in {@linkplain #runs runs}: what Liberation Sans maps in it; what it lacks in
 * the first system font that has it ({@link FallbackFonts}: CJK and other scripts); and, where
 * no font has a character, its code ({@code [U+1F333]}). Widths are measured the same way, so
 * that layout and drawing agree.
 */
public enum ReportFont {
  REGULAR("/liberation/LiberationSans-Regular.ttf"),
  BOLD("/liberation/LiberationSans-Bold.ttf");

  /** Which face draws a run: this font, or fallback font {@code fallback}. */
  public record Run(int fallback, String text) {
    /** The run is in the report font itself (not a fallback). */
    public static final int OWN = -1;
  }

  private final String resource;
  private volatile FontFace loaded;

  ReportFont(String resource) {
    this.resource = resource;
  }

  /** The TrueType file. */
  public byte[] bytes() {
    return load().bytes().clone();
  }

  /** An input stream over the TrueType file, for embedding. */
  public InputStream open() {
    return new java.io.ByteArrayInputStream(load().bytes());
  }

  /** The bytes of fallback font {@code index}, for embedding. */
  public static InputStream openFallback(int index) {
    return new java.io.ByteArrayInputStream(FallbackFonts.face(index).bytes());
  }

  /** Whether the font itself has a glyph for {@code codePoint}. */
  public boolean covers(int codePoint) {
    return load().covers(codePoint);
  }

  /**
   * {@code text} as it is drawn, cut into runs by the face that draws them: line breaks and tabs
   * as spaces, bidirectional controls and zero-width characters spelled out ({@link
   * VisibleText#marks}), other control characters and characters no font has as their code.
   */
  public List<Run> runs(String text) {
    List<Run> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int[] face = {Run.OWN};
    VisibleText.marks(text).codePoints().forEach(codePoint -> {
      int c = codePoint == '\n' || codePoint == '\r' || codePoint == '\t' ? ' ' : codePoint;
      int drawnBy = Character.isISOControl(c) || covers(c) ? Run.OWN : FallbackFonts.covering(c);
      String piece = drawnBy == Run.OWN && (Character.isISOControl(c) || !covers(c))
          ? String.format(Locale.ROOT, "[U+%04X]", c) : new String(Character.toChars(c));
      if (drawnBy != face[0] && run.length() > 0) {
        runs.add(new Run(face[0], run.toString()));
        run.setLength(0);
      }
      face[0] = drawnBy;
      run.append(piece);
    });
    if (run.length() > 0) {
      runs.add(new Run(face[0], run.toString()));
    }
    return runs;
  }

  /** {@code text} as drawn, all runs together (what a PDF's text extraction gives back). */
  public String drawable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    runs(text).forEach(run -> out.append(run.text()));
    return out.toString();
  }

  /** The width of {@code text} at {@code size} points, as drawn ({@link #runs}). */
  public float width(String text, float size) {
    float units = 0;
    for (Run run : runs(text)) {
      FontFace face = run.fallback() == Run.OWN ? load() : FallbackFonts.face(run.fallback());
      for (int i = 0; i < run.text().length(); ) {
        int codePoint = run.text().codePointAt(i);
        i += Character.charCount(codePoint);
        units += face.covers(codePoint) ? face.width(codePoint) : 1;
      }
    }
    return units * size;
  }

  private FontFace load() {
    FontFace result = loaded;
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

  private FontFace read() {
    try (InputStream in = ReportFont.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font " + resource + " is missing from the class path");
      }
      return FontFace.read(resource, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
