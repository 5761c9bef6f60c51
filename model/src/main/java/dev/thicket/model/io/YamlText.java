package dev.thicket.model.io;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * How the writer spells strings. A string is written plain only when no YAML reader could take
 * it for anything else; otherwise in double quotes with escapes, on one line. The rules:
 *
 * <ul>
 *   <li>plain: starts with a letter, digit, '_', '(' or '/'; holds only letters, digits, single
 *       inner spaces and {@code -_./()'+;=@!&%$~*<>\^"}, and outside flow lists {@code :,#?}
 *       (but no {@code ": "}, {@code " #"} or final {@code :}); and is not a word or number
 *       any YAML version reads as something else ({@code yes}, {@code null}, {@code 1e5},
 *       {@code 0x1F}, {@code 2024-01-01}, …).
 *   <li>double-quoted: everything else; {@code \} and {@code "} are escaped, as are line breaks,
 *       tabs, and every character YAML does not allow raw, written {@code \}{@code uXXXX}.
 *   <li>literal block ({@code |} or {@code |-}): multi-line mapping values whose lines need no
 *       escape, have no leading or trailing spaces, and end with at most one line break.
 * </ul>
 */
final class YamlText {
  private YamlText() {}

  private static final Resolver RESOLVER = new Resolver();
  private static final Pattern NUMBER_LIKE = Pattern.compile("[-+.]?[0-9][0-9a-fA-FxXoObB_.:+-]*");
  private static final Set<String> SPECIAL_WORDS = Set.of("y", "n", "yes", "no", "on", "off",
      "true", "false", "null", "~", ".inf", ".nan");
  private static final String PUNCTUATION = "-_./()'+;=@!&%$~*<>\\^\"";

  /** A mapping key or a string inside a flow list. */
  static String scalar(String text, boolean flow) {
    return isPlain(text, flow) ? text : quoted(text);
  }

  /**
   * A mapping value written after {@code "key:"} at {@code indent}: " plain", " \"quoted\"" or a
   * literal block with its lines indented by {@code indent + 2}. Ends with a line break.
   */
  static String blockValue(String text, int indent) {
    if (text.length() > LONG) {
      return " " + quotedLines(text, indent + 2) + "\n";
    }
    if (isLiteralSafe(text)) {
      StringBuilder block = new StringBuilder(text.endsWith("\n") ? " |\n" : " |-\n");
      String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
      String margin = " ".repeat(indent + 2);
      for (String line : body.split("\n", -1)) {
        block.append(line.isEmpty() ? "" : margin + line).append('\n');
      }
      return block.toString();
    }
    return " " + scalar(text, false) + "\n";
  }

  static boolean isPlain(String text, boolean flow) {
    if (text.isEmpty()) {
      return false;
    }
    int first = text.codePointAt(0);
    if (!(Character.isLetterOrDigit(first) || first == '_' || first == '(' || first == '/')) {
      return false;
    }
    if (text.endsWith(" ") || text.contains("  ") || text.endsWith(":")
        || text.contains(": ") || text.contains(" #")) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean allowed = Character.isLetterOrDigit(c) || c == ' '
          || PUNCTUATION.indexOf(c) >= 0
          || (!flow && (c == ':' || c == ',' || c == '#' || c == '?'));
      if (!allowed) {
        return false;
      }
      i += Character.charCount(c);
    }
    return !SPECIAL_WORDS.contains(text.toLowerCase(Locale.ROOT))
        && !NUMBER_LIKE.matcher(text).matches()
        && RESOLVER.resolve(NodeId.scalar, text, true) == Tag.STR;
  }

  private static boolean isLiteralSafe(String text) {
    if (text.indexOf('\n') < 0 || text.endsWith("\n\n") || text.startsWith("\n")
        || text.startsWith(" ")) {
      return false;
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    for (String line : body.split("\n", -1)) {
      if (line.startsWith(" ") || line.endsWith(" ")) {
        return false;
      }
    }
    for (int i = 0; i < body.length(); ) {
      int c = body.codePointAt(i);
      if (c != '\n' && (needsEscape(c) || c == '\t')) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** Texts longer than this are written over several lines ({@link #quotedLines}). */
  private static final int LONG = 4096;
  /** Characters of a text per line when it is written over several lines. */
  private static final int CHUNK = 1024;

  /**
   * {@code text} double-quoted over several lines of about {@value #CHUNK} characters, each
   * ending in an escaped line break ({@code \}) that joins the lines back without a space; a
   * line that would start with a blank starts with {@code \x20} instead (leading blanks of a
   * continued line are dropped). So a title of ten million characters without a space still
   * reads back exactly, within the reader's line limit.
   */
  static String quotedLines(String text, int indent) {
    String quoted = quoted(text);
    String body = quoted.substring(1, quoted.length() - 1);
    String margin = " ".repeat(indent);
    StringBuilder out = new StringBuilder(body.length() + body.length() / CHUNK * (indent + 3));
    out.append('"');
    int start = 0;
    while (start < body.length()) {
      int end = Math.min(body.length(), start + CHUNK);
      while (end < body.length() && !safeBreak(body, end)) {
        end++;
      }
      if (start > 0) {
        out.append("\\\n").append(margin);
        if (body.charAt(start) == ' ' || body.charAt(start) == '\t') {
          out.append(body.charAt(start) == ' ' ? "\\x20" : "\\t");
          start++;
        }
      }
      out.append(body, start, end);
      start = end;
    }
    return out.append('"').toString();
  }

  /**
   * Whether an escaped text may be cut before index {@code i}: not inside an escape sequence
   * (a backslash and what it escapes, or the four hex digits after a backslash-u) nor between the
   * halves of a surrogate pair.
   */
  private static boolean safeBreak(String escaped, int i) {
    if (Character.isLowSurrogate(escaped.charAt(i))) {
      return false;
    }
    int backslashes = 0;
    for (int j = i - 1; j >= 0 && escaped.charAt(j) == '\\'; j--) {
      backslashes++;
    }
    if (backslashes % 2 == 1) {
      return false;
    }
    for (int back = 1; back <= 5 && i - back >= 0; back++) {
      if (escaped.charAt(i - back) == 'u' && i - back - 1 >= 0
          && escaped.charAt(i - back - 1) == '\\' && oddRun(escaped, i - back - 1)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the backslash at {@code at} starts an escape (an odd run of backslashes ends at it). */
  private static boolean oddRun(String text, int at) {
    int run = 0;
    for (int j = at; j >= 0 && text.charAt(j) == '\\'; j--) {
      run++;
    }
    return run % 2 == 1;
  }

  /** {@code text} in double quotes, escaped so that it reads back exactly. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
          if (pair) {
            out.append(c).append(text.charAt(++i));
          } else if (needsEscape(c)) {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Characters written as escapes: those YAML does not allow raw, line breaks of any kind, the
   * byte order mark, and unpaired surrogates (which UTF-8 cannot encode).
   */
  private static boolean needsEscape(int c) {
    return !Utf8Text.isPrintable(c) || c < 0x20 || c == 0x85 || c == 0x2028 || c == 0x2029
        || c == 0xFEFF;
  }
}
