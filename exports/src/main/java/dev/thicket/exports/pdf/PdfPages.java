package dev.thicket.exports.pdf;

import dev.thicket.exports.fonts.ReportFont;
import dev.thicket.exports.fonts.TextWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The pages of a PDF being written, top to bottom: a cursor {@link #y()} on the current page,
 * new pages when content does not fit, and at the end a header and "Page i of n" on every page.
 * Text is made {@linkplain ReportFont#drawable drawable} before it is shown, so no character of
 * a tree file can make the embedded font fail.
 */
final class PdfPages implements AutoCloseable {
  static final float MARGIN = 48;
  static final float HEADER = 22;
  private static final float HEADER_SIZE = 7.5f;

  private final PDDocument document;
  private final Paper paper;
  private final PDType0Font regular;
  private final PDType0Font bold;
  private final java.util.Map<Integer, PDType0Font> fallbacks = new java.util.HashMap<>();
  private PDPageContentStream content;
  private PDRectangle page;
  private float y;

  PdfPages(PDDocument document, Paper paper) throws IOException {
    this.document = document;
    this.paper = paper;
    this.regular = load(document, ReportFont.REGULAR);
    this.bold = load(document, ReportFont.BOLD);
  }

  /**
   * The font, subset-embedded. Glyph substitution (GSUB) is turned off: PDFBox applies it by
   * compiling regular expressions on every text shown, which made a small report take seconds,
   * and the Latin, Greek and Cyrillic text Liberation Sans draws needs none. The document closes
   * the parsed font when it is closed.
   */
  private static PDType0Font load(PDDocument document, ReportFont font) throws IOException {
    TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font.open()));
    parsed.setEnableGsub(false);
    document.registerTrueTypeFontForClosing(parsed);
    return PDType0Font.load(document, parsed, true);
  }

  /** Fallback font {@code index}, subset-embedded on first use in this document. */
  private PDType0Font fallback(int index) throws IOException {
    PDType0Font loaded = fallbacks.get(index);
    if (loaded == null) {
      TrueTypeFont parsed =
          new TTFParser().parse(new RandomAccessReadBuffer(ReportFont.openFallback(index)));
      parsed.setEnableGsub(false);
      document.registerTrueTypeFontForClosing(parsed);
      loaded = PDType0Font.load(document, parsed, true);
      fallbacks.put(index, loaded);
    }
    return loaded;
  }

  PDType0Font font(ReportFont font) {
    return font == ReportFont.BOLD ? bold : regular;
  }

  /** Starts a page, portrait or landscape, with the cursor under the header. */
  void newPage(boolean landscape) {
    closeContent();
    page = landscape ? paper.landscape() : paper.portrait();
    PDPage next = new PDPage(page);
    document.addPage(next);
    try {
      content = new PDPageContentStream(document, next);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y = top();
  }

  /** The width of the paper, turned or not. */
  float paperWidth(boolean landscape) {
    return (landscape ? paper.landscape() : paper.portrait()).getWidth();
  }

  PDPageContentStream content() {
    return content;
  }

  float y() {
    return y;
  }

  void moveDown(float height) {
    y -= height;
  }

  float left() {
    return MARGIN;
  }

  float width() {
    return page.getWidth() - 2 * MARGIN;
  }

  float top() {
    return page.getHeight() - MARGIN - HEADER;
  }

  float bottom() {
    return MARGIN;
  }

  /** Starts a new portrait page unless {@code height} still fits under the cursor. */
  void ensure(float height) {
    if (page == null || y - height < bottom()) {
      newPage(false);
    }
  }

  /**
   * Draws {@code text} with its baseline at ({@code x}, {@code baseline}), run by run in the face
   * that has its characters ({@link ReportFont#runs}).
   */
  void text(String text, ReportFont font, float size, float x, float baseline) {
    try {
      content.beginText();
      content.newLineAtOffset(x, baseline);
      for (ReportFont.Run run : font.runs(text)) {
        content.setFont(run.fallback() == ReportFont.Run.OWN ? font(font)
            : fallback(run.fallback()), size);
        content.showText(run.text());
      }
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A wrapped paragraph at the cursor, moving it down; breaks pages between lines. */
  void paragraph(String text, ReportFont font, float size) {
    float leading = size * 1.35f;
    for (String line : TextWrapper.wrap(text, font, size, width(), Integer.MAX_VALUE)) {
      ensure(leading);
      text(line, font, size, left(), y - size);
      y -= leading;
    }
    y -= size * 0.5f;
  }

  /** A section heading, kept with at least {@code keep} points of what follows. */
  void heading(String text, float size, float keep) {
    ensure(size * 2 + keep);
    y -= size * 0.6f;
    text(text, ReportFont.BOLD, size, left(), y - size);
    y -= size * 1.6f;
  }

  void fill(String colour) {
    try {
      content.setNonStrokingColor(Colours.of(colour));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void stroke(String colour, float lineWidth) {
    try {
      content.setStrokingColor(Colours.of(colour));
      content.setLineWidth(lineWidth);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the header ({@code left}, {@code right}) and the page number on every page. */
  void finish(String left, String right) throws IOException {
    closeContent();
    int count = document.getNumberOfPages();
    int i = 0;
    // the page tree's iterator: getPage(i) walks the tree from its root every time
    Map<Float, String> shortenedLeft = new HashMap<>();
    for (PDPage each : document.getPages()) {
      PDRectangle box = each.getMediaBox();
      try (PDPageContentStream stamp = new PDPageContentStream(document, each,
          PDPageContentStream.AppendMode.APPEND, true, true)) {
        content = stamp;
        float headerY = box.getHeight() - MARGIN;
        float rightWidth = ReportFont.REGULAR.width(right, HEADER_SIZE);
        float leftWidth = box.getWidth() - 2 * MARGIN - rightWidth - 12;
        String shortened = shortenedLeft.computeIfAbsent(leftWidth, width -> TextWrapper.wrap(
            left, ReportFont.BOLD, HEADER_SIZE, width, 1).get(0));
        text(shortened, ReportFont.BOLD, HEADER_SIZE, MARGIN, headerY);
        text(right, ReportFont.REGULAR, HEADER_SIZE, box.getWidth() - MARGIN - rightWidth,
            headerY);
        stroke("#999999", 0.5f);
        stamp.moveTo(MARGIN, headerY - 4);
        stamp.lineTo(box.getWidth() - MARGIN, headerY - 4);
        stamp.stroke();
        String number = "Page " + ++i + " of " + count;
        text(number, ReportFont.REGULAR, HEADER_SIZE,
            (box.getWidth() - ReportFont.REGULAR.width(number, HEADER_SIZE)) / 2, MARGIN / 2);
      }
    }
    content = null;
  }

  private void closeContent() {
    if (content != null) {
      try {
        content.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      content = null;
    }
  }

  @Override
  public void close() {
    closeContent();
  }
}
