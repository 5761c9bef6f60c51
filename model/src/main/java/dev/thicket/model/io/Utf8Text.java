package dev.thicket.model.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict decoding of a tree file's bytes: UTF-8 only (an initial byte order mark is skipped), and
 * only characters YAML allows unescaped. Positions are counted the way SnakeYAML counts them, so
 * that problems found here and by the parser agree: a line ends at LF, CR, CR LF, NEL, LS or PS;
 * columns count code points.
 */
final class Utf8Text {
  private Utf8Text() {}

  /** The text of {@code content}, or {@code null} after adding a problem. */
  static String decode(byte[] content, Problems problems) {
    if (isPlainAscii(content)) {
      // the common case: nothing to check character by character
      return new String(content, StandardCharsets.ISO_8859_1);
    }
    if (isAscii(content)) {
      // decoded without a decoder's char buffer (two bytes per character)
      String text = new String(content, StandardCharsets.ISO_8859_1);
      return checkPrintable(text, problems) ? text : null;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      out.flip();
      problems.add(positionAt(out, out.length()), String.format(Locale.ROOT,
          "the file is not valid UTF-8 (byte 0x%02X at byte offset %d); save it as UTF-8",
          content[bad] & 0xFF, bad));
      return null;
    }
    out.flip();
    String text = out.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return checkPrintable(text, problems) ? text : null;
  }

  /**
   * Whether {@code content} is printable ASCII and line feeds, in lines of at most {@link
   * TreeReader#MAX_LINE_LENGTH} characters: what {@link #checkPrintable} passes without a
   * problem, found in one pass over the bytes.
   */
  private static boolean isPlainAscii(byte[] content) {
    int lineStart = 0;
    for (int i = 0; i < content.length; i++) {
      byte b = content[i];
      if (b == '\n') {
        if (i - lineStart > TreeReader.MAX_LINE_LENGTH) {
          return false;
        }
        lineStart = i + 1;
      } else if (b < 0x20 || b > 0x7E) {
        return false;
      }
    }
    return content.length - lineStart <= TreeReader.MAX_LINE_LENGTH;
  }

  private static boolean isAscii(byte[] content) {
    for (byte b : content) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every character may appear unescaped in YAML, and every line is at most {@link
   * TreeReader#MAX_LINE_LENGTH} long (SnakeYAML takes time quadratic in the length of one line
   * of a block scalar or comment, or of one word); adds a problem for each character that may
   * not appear and for the first line too long.
   */
  private static boolean checkPrintable(String text, Problems problems) {
    boolean ok = true;
    Cursor cursor = new Cursor();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!isPrintable(c)) {
        ok = false;
        problems.add(cursor.position(), String.format(Locale.ROOT,
            "control character U+%04X is not allowed; write it as \\u%04X inside double quotes",
            c, c));
      }
      i = cursor.advance(text, i);
      if (cursor.column > TreeReader.MAX_LINE_LENGTH + 1) {
        problems.add(new Position(cursor.line, 1), "line longer than "
            + TreeReader.MAX_LINE_LENGTH + " characters; tree files limit lines to that length");
        return false;
      }
    }
    return ok;
  }

  /** The position just after the first {@code length} characters of {@code text}. */
  static Position positionAt(CharSequence text, int length) {
    Cursor cursor = new Cursor();
    for (int i = 0; i < length; ) {
      i = cursor.advance(text, i);
    }
    return cursor.position();
  }

  /** Line and column counting as SnakeYAML's StreamReader does it. */
  private static final class Cursor {
    private int line = 1;
    private int column = 1;

    /** Steps over the code point at {@code i}; returns the index after it. */
    int advance(CharSequence text, int i) {
      int c = Character.codePointAt(text, i);
      int next = i + Character.charCount(c);
      boolean lone = c == '\r' && (next >= text.length() || text.charAt(next) != '\n');
      if (c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029 || lone) {
        line++;
        column = 1;
      } else if (c != 0xFEFF) {
        column++;
      }
      return next;
    }

    Position position() {
      return new Position(line, column);
    }
  }

  /** SnakeYAML's rule for characters allowed in a stream (YAML 1.1 "printable"). */
  static boolean isPrintable(int c) {
    return (c >= 0x20 && c <= 0x7E) || c == 0x9 || c == 0xA || c == 0xD || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
