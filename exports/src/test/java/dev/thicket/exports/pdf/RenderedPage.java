package dev.thicket.exports.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF page as a reader sees it: rendered to pixels by PDFBox, with where each piece of text
 * was drawn. Tells the colour behind a line of text, as the commonest pixel colour in the box the
 * line's first characters take up (glyphs cover a minority of the box, in many antialiased tones).
 */
final class RenderedPage {
  private static final float DPI = 144;

  private record Chunk(String text, List<TextPosition> positions) {}

  private final BufferedImage image;
  private final List<Chunk> chunks;

  private RenderedPage(BufferedImage image, List<Chunk> chunks) {
    this.image = image;
    this.chunks = chunks;
  }

  /** Page {@code index} (0-based) of {@code document}. */
  static RenderedPage of(PDDocument document, int index) throws IOException {
    List<Chunk> chunks = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        chunks.add(new Chunk(text, List.copyOf(positions)));
      }
    };
    stripper.setStartPage(index + 1);
    stripper.setEndPage(index + 1);
    stripper.getText(document);
    return new RenderedPage(
        new PDFRenderer(document).renderImageWithDPI(index, DPI, ImageType.RGB), chunks);
  }

  /**
   * The commonest colour, as 0xRRGGBB, behind the first text that starts with {@code start} (at
   * the start of a line or after a space).
   */
  int colourBehind(String start) {
    for (Chunk chunk : chunks) {
      int at = (" " + chunk.text()).indexOf(" " + start); // where start begins in the text
      if (at >= 0) {
        return commonestColour(chunk.positions().get(at),
            chunk.positions().get(at + start.length() - 1));
      }
    }
    throw new AssertionError("no text starting with '" + start + "' on the page");
  }

  private int commonestColour(TextPosition first, TextPosition last) {
    double scale = DPI / 72;
    int left = (int) Math.round(first.getXDirAdj() * scale);
    int right = (int) Math.round((last.getXDirAdj() + last.getWidthDirAdj()) * scale);
    int bottom = (int) Math.round(first.getYDirAdj() * scale);
    int top = (int) Math.round((first.getYDirAdj() - first.getHeightDir()) * scale);
    Map<Integer, Integer> counts = new HashMap<>();
    for (int x = left; x < right; x++) {
      for (int y = top; y < bottom; y++) {
        counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }
}
