package dev.thicket.exports.diagram;

/** Text made safe for XML 1.0 content and attribute values. */
final class XmlText {
  private XmlText() {}

  /**
   * {@code text} with {@code & < > " '} as entities and every character XML 1.0 forbids
   * (control characters other than tab and line breaks, unpaired surrogates, U+FFFE, U+FFFF) as
   * U+FFFD, so that it stays visible as a replacement.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (allowed(c)) {
            out.append(c);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean allowed(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800)
        || (c >= 0xE000 && c < 0xFFFE);
  }
}
