package dev.thicket.app.editor.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A card's title broken into the lines that fit its width: at spaces where it can, inside a word
 * too long for a line, and ending with "…" when the title does not fit. Bounded for hostile
 * files (a valid title can be 256 Ki characters): only the first {@link #MAX_CHARS} characters
 * are looked at, and each line costs a binary search of text measurements.
 */
final class TitleLines {
  /** More than three lines of the widest card can hold at any font size the editor uses. */
  static final int MAX_CHARS = 400;

  private TitleLines() {}

  /**
   * @param widthOf the drawn width of a text, in the units of {@code width}
   */
  static List<String> of(String title, double width, int maxLines,
      ToDoubleFunction<String> widthOf) {
    String text = capped(title).strip().replaceAll("\\s+", " ");
    boolean cut = title.length() > MAX_CHARS;
    List<String> lines = new ArrayList<>();
    int at = 0;
    while (at < text.length() && lines.size() < maxLines) {
      int end = longestFit(text, at, width, widthOf);
      if (end < text.length() && text.charAt(end) != ' ') {
        int space = text.lastIndexOf(' ', end - 1);
        if (space > at) {
          end = space; // break between words rather than inside one
        }
      }
      lines.add(text.substring(at, end).strip());
      at = end;
      while (at < text.length() && text.charAt(at) == ' ') {
        at++;
      }
    }
    if ((at < text.length() || cut) && !lines.isEmpty()) {
      int last = lines.size() - 1;
      lines.set(last, withEllipsis(lines.get(last), width, widthOf));
    }
    return lines;
  }

  private static String capped(String title) {
    if (title.length() <= MAX_CHARS) {
      return title;
    }
    int end = MAX_CHARS;
    if (Character.isLowSurrogate(title.charAt(end))) {
      end--; // keep a surrogate pair whole
    }
    return title.substring(0, end);
  }

  /** The largest end (at least one character past {@code at}) whose text from {@code at} fits. */
  private static int longestFit(String text, int at, double width,
      ToDoubleFunction<String> widthOf) {
    int low = Math.min(text.length(), at + 1);
    int high = text.length();
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (widthOf.applyAsDouble(text.substring(at, middle)) <= width) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    if (low < text.length() && low > at + 1 && Character.isLowSurrogate(text.charAt(low))) {
      low--;
    }
    return low;
  }

  private static String withEllipsis(String line, double width,
      ToDoubleFunction<String> widthOf) {
    int low = 0;
    int high = line.length();
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (widthOf.applyAsDouble(line.substring(0, middle).strip() + "…") <= width) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    if (low > 0 && low < line.length() && Character.isLowSurrogate(line.charAt(low))) {
      low--;
    }
    return line.substring(0, low).strip() + "…";
  }
}
