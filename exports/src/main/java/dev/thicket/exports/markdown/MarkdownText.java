package dev.thicket.exports.markdown;

/**
 * Text from a tree file made literal in CommonMark with GFM tables: every ASCII punctuation
 * character is backslash-escaped (so no emphasis, link, autolink, raw HTML, entity or table
 * pipe can come out of it), line breaks and tabs become spaces, and other control characters
 * become U+FFFD.
 */
final class MarkdownText {
  private MarkdownText() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (Character.isISOControl(c)) {
        out.append('\uFFFD');
      } else {
        if (c < 128 && isPunctuation(c)) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** An id (letters, digits, {@code . _ -}) as a code span; anything else is escaped text. */
  static String code(String id) {
    return id.matches("[A-Za-z0-9._-]+") ? "`" + id + "`" : escape(id);
  }

  private static boolean isPunctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }
}
