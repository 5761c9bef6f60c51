package dev.thicket.exports;

import dev.thicket.model.tree.VisibleText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from a tree file made literal in CommonMark with GFM tables (and GitHub's math and
 * strikethrough): the characters that start inline syntax, {@code \ ` * _ [ ] < > ! | & ~ # : $},
 * are backslash-escaped, so no emphasis, link, autolink, raw HTML, entity, heading closer or
 * table pipe can come out of it; so is the first character when it is punctuation, and the
 * {@code .} or {@code )} after leading digits, so that text at the start of a line makes no
 * block (list, quote, rule). Line breaks and tabs become spaces, other control characters
 * U+FFFD; bidirectional controls and zero-width characters are spelled out ({@code \u202E}).
 * Anything GitHub would turn into a link by itself (its extended autolinks: {@code www.},
 * {@code http://}, {@code https://}, {@code ftp://} addresses, e-mail addresses), and any other
 * {@code scheme://} address (commonmark-java's autolink extension links those), is written as a
 * code span, which no renderer links. Other punctuation stays as is, to keep the Markdown
 * source readable.
 */
public final class MarkdownText {
  private MarkdownText() {}

  private static final String INLINE_SYNTAX = "\\`*_[]<>!|&~#:$";

  /** A character an address in a code span may hold: no space, control, pipe, tick, angle. */
  private static final String IN_ADDRESS = "[^\\s\\p{Cntrl}|`<>";

  /**
   * What GitHub's extended autolinks would link (web and e-mail addresses), any {@code
   * scheme://} address, and e-mail addresses of any characters (punctuation, non-ASCII), which
   * commonmark-java's autolink extension links even when escaped.
   */
  private static final Pattern LINKABLE = Pattern.compile("(?i)(?:[a-z][a-z0-9+.-]*://|www\\.)"
      + IN_ADDRESS + "]+|" + IN_ADDRESS + "@]+@" + IN_ADDRESS + "@.]+(?:\\." + IN_ADDRESS
      + "@.]+)+");

  public static String escape(String text) {
    // line breaks, tabs and controls first, so that addresses are found in the very text that
    // is written (a control inside one became U+FFFD, which autolinks take as a letter)
    String visible = plain(VisibleText.marks(text));
    Matcher linkable = LINKABLE.matcher(visible);
    StringBuilder out = new StringBuilder(visible.length() + 16);
    int done = 0;
    while (linkable.find()) {
      out.append(literal(visible.substring(done, linkable.start()), done == 0));
      out.append('`').append(linkable.group().replace("|", "\\|")).append('`');
      done = linkable.end();
    }
    return out.append(literal(visible.substring(done), done == 0)).toString();
  }

  /** {@code text} with line breaks and tabs as spaces and other controls as U+FFFD. */
  private static String plain(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c == '\n' || c == '\r' || c == '\t' ? ' '
          : Character.isISOControl(c) ? '\uFFFD' : c);
    }
    return out.toString();
  }

  /** {@code text} with inline syntax escaped; {@code atStart}: it begins the whole text. */
  private static String literal(String text, boolean atStart) {
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
        boolean blockStart = atStart && ((i == 0 && isPunctuation(c))
            || (i == leadingDigits && i > 0 && (c == '.' || c == ')')));
        if (INLINE_SYNTAX.indexOf(c) >= 0 || blockStart) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** An id (letters, digits, {@code . _ -}) as a code span; anything else is escaped text. */
  public static String code(String id) {
    return id.matches("[A-Za-z0-9._-]+") ? "`" + id + "`" : escape(id);
  }

  private static boolean isPunctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }
}
