package dev.thicket.exports.fonts;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines that fit a width, measured with a {@link ReportFont}. */
public final class TextWrapper {
  private static final String ELLIPSIS = "…";

  private TextWrapper() {}

  /**
   * {@code text} in lines of at most {@code width} points, breaking at spaces, and inside words
   * longer than a line; at most {@code maxLines} lines, the last ending in an ellipsis when text
   * was left out. Line breaks and tabs count as spaces, other control characters become U+FFFD;
   * widths are those of the text as a PDF draws it ({@linkplain ReportFont#runs runs} of the
   * embedded font, a system fallback font, or a character's code), so an SVG that leaves such
   * characters to the viewer's fonts gets lines of about the same length.
   */
  public static List<String> wrap(
      String text, ReportFont font, float size, float width, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : clean(text).trim().split(" +")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (font.width(candidate, size) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (font.width(rest, size) > width && rest.length() > 1) {
        int cut = fitting(rest, font, size, width);
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return truncated(lines, font, size, width, maxLines);
  }

  private static int fitting(String word, ReportFont font, float size, float width) {
    int cut = 1;
    while (cut < word.length() && font.width(word.substring(0, cut + 1), size) <= width) {
      cut++;
    }
    if (cut < word.length() && Character.isLowSurrogate(word.charAt(cut))) {
      cut = cut > 1 ? cut - 1 : cut + 1;
    }
    return cut;
  }

  /** {@code text} with line breaks and tabs as spaces and other control characters as U+FFFD. */
  public static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else {
        out.append(Character.isISOControl(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  private static List<String> truncated(
      List<String> lines, ReportFont font, float size, float width, int maxLines) {
    if (lines.size() <= maxLines) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
    String last = kept.get(maxLines - 1);
    while (!last.isEmpty() && font.width(last + ELLIPSIS, size) > width) {
      last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
    }
    kept.set(maxLines - 1, last.stripTrailing() + ELLIPSIS);
    return kept;
  }
}
