package dev.thicket.exports.pdf;

import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper a PDF report is laid out for (portrait; diagram pages may turn to landscape). */
public enum Paper {
  /** 210 × 297 mm, the default. */
  A4(PDRectangle.A4),
  /** 8.5 × 11 in. */
  LETTER(PDRectangle.LETTER);

  private final PDRectangle size;

  Paper(PDRectangle size) {
    this.size = size;
  }

  PDRectangle portrait() {
    return new PDRectangle(size.getWidth(), size.getHeight());
  }

  PDRectangle landscape() {
    return new PDRectangle(size.getHeight(), size.getWidth());
  }

  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Paper> fromKeyword(String keyword) {
    for (Paper paper : values()) {
      if (paper.keyword().equalsIgnoreCase(keyword)) {
        return Optional.of(paper);
      }
    }
    return Optional.empty();
  }
}
