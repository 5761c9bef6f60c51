package dev.thicket.exports.markdown;

/**
 * Text from a tree file made literal in CommonMark with GFM tables (and GitHub's math and
 * strikethrough): the characters that start inline syntax, {@code \ ` * _ [ ] < > ! | & ~ # : $},
 * are backslash-escaped, so no emphasis, link, autolink, raw HTML, entity, heading closer or
 * table pipe can come out of it; so is the first character when it is punctuation, and the
 * {@code .} or {@code )} after leading digits, so that text at the start of a line makes no
 * block (list, quote, rule). Line breaks and tabs become spaces, other control characters
 * U+FFFD. Other punctuation stays as is, to keep the Markdown source readable.
 */
final class MarkdownText {
  private MarkdownText() {}

  private static final String INLINE_SYNTAX = "\\`*_[]<>!|&~#:$";

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int leadingDigits = 0;
    while (leadingDigits < text.length() && Character.isDigit(text.charAt(leadingDigits))) {
      leadingDigits++;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (Character.isISOControl(c)) {
        out.append('\uFFFD');
      } else {
        boolean blockStart = (i == 0 && isPunctuation(c))
            || (i == leadingDigits && i > 0 && (c == '.' || c == ')'));
        if (INLINE_SYNTAX.indexOf(c) >= 0 || blockStart) {
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
