package dev.thicket.model.io;

/**
 * The line cursor of {@link CanonicalYamlReader}: the current line of the text, keys, and the
 * signal to give up (then the full parser reads the file).
 */
abstract class YamlLineCursor {
  /** Thrown to give up; carries no stack trace. */
  static final class GiveUp extends RuntimeException {
    GiveUp() {
      super(null, null, false, false);
    }
  }

  static final GiveUp GIVE_UP = new GiveUp();
  /** SnakeYAML refuses longer simple keys; this stays clear of its limit (1,024). */
  static final int MAX_KEY_LENGTH = 1000;

  final String text;
  /** The current line: its start, its end (the index of its line feed or the text's end). */
  int lineStart;
  int lineEnd;
  int lineNumber = 1;

  private final String[] recentKeys = new String[64];

  YamlLineCursor(String text) {
    this.text = text;
    lineEnd = endOfLine(0);
  }

  /**
   * The key between {@code start} and {@code end}, unless some YAML reads it as a word. The
   * same few keys ({@code title}, {@code likelihood}, …) come back on every node, so recent keys
   * are kept and returned again instead of a new string each time.
   */
  String key(int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int slot = (hash ^ (hash >>> 7)) & (recentKeys.length - 1);
    String recent = recentKeys[slot];
    if (recent != null && recent.length() == end - start
        && text.regionMatches(start, recent, 0, end - start)) {
      return recent;
    }
    String key = text.substring(start, end);
    if (isSpecialWord(key)) {
      throw GIVE_UP;
    }
    recentKeys[slot] = key;
    return key;
  }

  /** Whether a key ("name:" then a blank or the line's end) starts at {@code at}. */
  boolean isKey(int at) {
    int end = at;
    while (end < lineEnd && isKeyCharacter(text.charAt(end))) {
      end++;
    }
    return end > at && end < lineEnd && text.charAt(end) == ':'
        && (end + 1 == lineEnd || text.charAt(end + 1) == ' ');
  }

  /** The index of the ':' that ends the key starting at {@code at}; gives up if none does. */
  int keyEnd(int at, int limit) {
    if (at >= limit || !isKeyStart(text.charAt(at))) {
      throw GIVE_UP;
    }
    int end = at;
    while (end < limit && isKeyCharacter(text.charAt(end))) {
      end++;
    }
    if (end - at > MAX_KEY_LENGTH || end >= limit || text.charAt(end) != ':'
        || end + 1 < limit && text.charAt(end + 1) != ' ') {
      throw GIVE_UP;
    }
    return end;
  }

  /** Whether some YAML version reads the plain word {@code word} as a boolean, null or number. */
  static boolean isSpecialWord(String word) {
    return switch (word.length()) {
      case 1 -> "yYnN".indexOf(word.charAt(0)) >= 0;
      case 2 -> word.equalsIgnoreCase("no") || word.equalsIgnoreCase("on");
      case 3 -> word.equalsIgnoreCase("yes") || word.equalsIgnoreCase("off")
          || word.equalsIgnoreCase("nan") || word.equalsIgnoreCase("inf");
      case 4 -> word.equalsIgnoreCase("true") || word.equalsIgnoreCase("null");
      case 5 -> word.equalsIgnoreCase("false");
      case 8 -> word.equalsIgnoreCase("infinity");
      default -> false;
    };
  }

  static boolean isKeyStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  static boolean isKeyCharacter(char c) {
    return isKeyStart(c) || c == '-' || c == '.';
  }

  void checkDepth(int depth) {
    if (depth > TreeReader.MAX_DEPTH) {
      throw GIVE_UP;
    }
  }

  /** Where {@code index} of the current line is; columns count code points, as SnakeYAML's. */
  Position at(int index) {
    return new Position(lineNumber, text.codePointCount(lineStart, index) + 1);
  }

  boolean atEnd() {
    return lineStart >= text.length();
  }

  int indent() {
    int i = lineStart;
    while (i < lineEnd && text.charAt(i) == ' ') {
      i++;
    }
    return i - lineStart;
  }

  int skipSpaces(int i) {
    while (i < lineEnd && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** Skips empty lines, lines of blanks and comment lines. */
  void skipBlankLines() {
    while (!atEnd()) {
      int first = lineStart + indent();
      if (first < lineEnd && text.charAt(first) != '#') {
        return;
      }
      nextLine();
    }
  }

  void nextLine() {
    lineStart = lineEnd + 1;
    lineNumber++;
    lineEnd = endOfLine(Math.min(lineStart, text.length()));
  }

  int endOfLine(int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }
}
