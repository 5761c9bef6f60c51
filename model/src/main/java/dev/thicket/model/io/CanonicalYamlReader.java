package dev.thicket.model.io;

import dev.thicket.model.tree.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fast reader for the plain, block-style YAML that {@link TreeWriter} writes (and people write
 * by hand): block mappings and sequences, one-line flow lists and mappings, plain and one-line
 * double-quoted scalars, literal blocks. It gives up ({@code null}) at anything else — comments
 * after a value, multi-line scalars, tabs, CR line ends, anchors, tags, duplicate keys, a
 * scalar whose type is not obvious — and then the full parser ({@link YamlTreeParser}) reads the
 * file. When it returns a value, it is exactly the one the full parser builds, positions
 * included, and the full parser would report no problem: {@code CanonicalYamlReaderPropertyTest}
 * checks this on random trees, every test file and random damage to them; decision 18.
 */
final class CanonicalYamlReader {
  /** Thrown to give up; carries no stack trace. */
  private static final class GiveUp extends RuntimeException {
    GiveUp() {
      super(null, null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();
  /** SnakeYAML refuses longer simple keys; this stays clear of its limit (1,024). */
  private static final int MAX_KEY_LENGTH = 1000;

  private final String text;
  /** The current line: its start, its end (the index of its line feed or the text's end). */
  private int lineStart;
  private int lineEnd;
  private int lineNumber = 1;

  private CanonicalYamlReader(String text) {
    this.text = text;
    lineEnd = endOfLine(0);
  }

  /** The document's value, or {@code null} when the full parser must read {@code text}. */
  static YamlValue read(String text) {
    if (!plainCharacters(text)) {
      return null;
    }
    try {
      return new CanonicalYamlReader(text).document();
    } catch (GiveUp giveUp) {
      return null;
    }
  }

  /**
   * Whether every character is printable and no line break but LF appears (SnakeYAML counts the
   * others differently); no tab, no byte order mark, no unpaired surrogate.
   */
  private static boolean plainCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F || c == '\n') {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (!Utf8Text.isPrintable(c) || c < 0x20 || c == '\u0085' || c == '\u2028'
          || c == '\u2029' || c == '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  private YamlValue document() {
    skipBlankLines();
    if (atEnd() || indent() != 0) {
      throw GIVE_UP;
    }
    YamlValue root = blockMapping(0, 1, false);
    skipBlankLines();
    if (!atEnd()) {
      throw GIVE_UP;
    }
    return root;
  }

  // ---- block collections

  /**
   * The mapping whose keys start at column {@code indent} (0-based); with {@code onDashLine} its
   * first key follows a sequence's "- " on the current line.
   */
  private YamlValue.Mapping blockMapping(int indent, int depth, boolean onDashLine) {
    checkDepth(depth);
    Map<String, YamlValue.Entry> entries = new LinkedHashMap<>();
    Position position = null;
    boolean first = true;
    while (true) {
      if (!first || !onDashLine) {
        skipBlankLines();
        if (atEnd() || indent() < indent) {
          break;
        }
        if (indent() > indent) {
          throw GIVE_UP;
        }
        if (isDashLine(indent)) {
          break; // the caller decides
        }
      }
      first = false;
      int keyStart = lineStart + indent;
      int colon = keyEnd(keyStart, lineEnd);
      String key = key(keyStart, colon);
      Position keyPosition = new Position(lineNumber, indent + 1);
      if (position == null) {
        position = keyPosition;
      }
      YamlValue value;
      if (colon + 1 == lineEnd) {
        value = nestedBlock(indent, depth + 1);
      } else {
        int valueStart = skipSpaces(colon + 1);
        if (valueStart == lineEnd) {
          throw GIVE_UP; // trailing blanks
        }
        value = inlineValue(valueStart, indent, depth + 1);
      }
      if (entries.putIfAbsent(key, new YamlValue.Entry(key, keyPosition, value)) != null) {
        throw GIVE_UP; // the full parser reports the duplicate
      }
    }
    return new YamlValue.Mapping(entries, position);
  }

  /** The value of a key written alone on its line: a block mapping or sequence below it. */
  private YamlValue nestedBlock(int keyIndent, int depth) {
    nextLine();
    skipBlankLines();
    if (atEnd()) {
      throw GIVE_UP;
    }
    int indent = indent();
    boolean dash = isDashLine(indent);
    if (dash && indent >= keyIndent) {
      return blockSequence(indent, depth);
    }
    if (indent > keyIndent) {
      return blockMapping(indent, depth, false);
    }
    throw GIVE_UP; // a null value
  }

  private boolean isDashLine(int indent) {
    int at = lineStart + indent;
    return at < lineEnd && text.charAt(at) == '-'
        && (at + 1 == lineEnd || text.charAt(at + 1) == ' ');
  }

  /** The sequence whose dashes are at column {@code indent}; the current line is its first. */
  private YamlValue.Sequence blockSequence(int indent, int depth) {
    checkDepth(depth);
    Position position = new Position(lineNumber, indent + 1);
    List<YamlValue> items = new ArrayList<>();
    while (true) {
      int dash = lineStart + indent;
      if (dash + 2 >= lineEnd || text.charAt(dash + 2) == ' ') {
        throw GIVE_UP; // an item on the next line, or extra blanks
      }
      int itemStart = dash + 2;
      if (isKey(itemStart)) {
        items.add(blockMapping(indent + 2, depth + 1, true));
      } else {
        items.add(inlineValue(itemStart, indent, depth + 1));
        skipBlankLines();
      }
      if (atEnd() || indent() < indent) {
        break;
      }
      if (indent() > indent) {
        throw GIVE_UP;
      }
      if (!isDashLine(indent)) {
        break; // an indentless sequence ends at its parent's next key
      }
    }
    return new YamlValue.Sequence(items, position);
  }

  /** The key between {@code start} and {@code end}, unless a YAML version could read it as a word. */
  private String key(int start, int end) {
    String key = text.substring(start, end);
    if (isSpecialWord(key)) {
      throw GIVE_UP;
    }
    return key;
  }

  /** Whether a key ("name:" then a blank or the line's end) starts at {@code at}. */
  private boolean isKey(int at) {
    int end = at;
    while (end < lineEnd && isKeyCharacter(text.charAt(end))) {
      end++;
    }
    return end > at && end < lineEnd && text.charAt(end) == ':'
        && (end + 1 == lineEnd || text.charAt(end + 1) == ' ');
  }

  /** The index of the ':' that ends the key starting at {@code at}; gives up if none does. */
  private int keyEnd(int at, int limit) {
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

  /**
   * A value that starts on the current line at {@code start} after a key or a dash at column
   * {@code parentIndent}; leaves the current line on the value's last line, moved past it.
   */
  private YamlValue inlineValue(int start, int parentIndent, int depth) {
    char c = text.charAt(start);
    YamlValue value;
    int end;
    if (c == '|') {
      return literalBlock(start, parentIndent);
    }
    if (c == '[' || c == '{') {
      int[] cursor = {start};
      value = flowValue(cursor, depth);
      end = cursor[0];
    } else if (c == '"') {
      int[] cursor = {start};
      value = quoted(cursor);
      end = cursor[0];
    } else {
      value = plain(start, lineEnd, false);
      end = lineEnd;
    }
    if (end != lineEnd) {
      throw GIVE_UP; // a comment or more after the value
    }
    nextLine();
    skipBlankLines();
    if (!atEnd() && indent() > parentIndent && !(value instanceof YamlValue.Mapping)
        && !(value instanceof YamlValue.Sequence)) {
      throw GIVE_UP; // a plain scalar continued on the next line
    }
    return value;
  }

  // ---- scalars

  /** The plain scalar between {@code start} and {@code end}, which ends no other way. */
  private YamlValue.Scalar plain(int start, int end, boolean flow) {
    String value = text.substring(start, end);
    char first = value.charAt(0);
    if (value.endsWith(" ") || value.endsWith(":") || value.contains(": ")
        || value.contains(" #")) {
      throw GIVE_UP;
    }
    if (flow) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (!(isKeyCharacter(c) || c == '/' || c == ' ')) {
          throw GIVE_UP;
        }
      }
    }
    Position position = at(start);
    if (first >= '0' && first <= '9') {
      if (!Numbers.isUnsignedDecimal(value)) {
        throw GIVE_UP;
      }
      return new YamlValue.Scalar(YamlValue.Kind.NUMBER, value, position);
    }
    if (!(Character.isLetter(first) || first == '_' || first == '(' || first == '/')
        || isSpecialWord(value)) {
      throw GIVE_UP;
    }
    return new YamlValue.Scalar(YamlValue.Kind.STRING, value, position);
  }

  /** Whether some YAML version reads the plain word {@code word} as a boolean, null or number. */
  private static boolean isSpecialWord(String word) {
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

  /** A double-quoted scalar on one line at {@code cursor[0]}; moves the cursor past it. */
  private YamlValue.Scalar quoted(int[] cursor) {
    int start = cursor[0];
    StringBuilder value = new StringBuilder();
    int i = start + 1;
    while (true) {
      if (i >= lineEnd) {
        throw GIVE_UP; // continued on the next line
      }
      char c = text.charAt(i);
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        i = escape(i + 1, value);
      } else {
        value.append(c);
        i++;
      }
    }
    cursor[0] = i + 1;
    return new YamlValue.Scalar(YamlValue.Kind.STRING, value.toString(), at(start));
  }

  /** Appends the escape after a backslash at {@code at}; returns the index after it. */
  private int escape(int at, StringBuilder value) {
    if (at >= lineEnd) {
      throw GIVE_UP;
    }
    switch (text.charAt(at)) {
      case '"' -> value.append('"');
      case '\\' -> value.append('\\');
      case 'n' -> value.append('\n');
      case 't' -> value.append('\t');
      case 'r' -> value.append('\r');
      case 'u' -> {
        if (at + 5 > lineEnd) {
          throw GIVE_UP;
        }
        int code = 0;
        for (int i = at + 1; i <= at + 4; i++) {
          int digit = Character.digit(text.charAt(i), 16);
          if (digit < 0) {
            throw GIVE_UP;
          }
          code = code * 16 + digit;
        }
        if (Character.isSurrogate((char) code)) {
          throw GIVE_UP;
        }
        value.append((char) code);
        return at + 5;
      }
      default -> throw GIVE_UP;
    }
    return at + 1;
  }

  /**
   * A literal block ({@code |} or {@code |-}) whose indicator is at {@code start}: lines all
   * indented alike, more than {@code parentIndent}; the value ends with the last line's break
   * ({@code |}) or without it ({@code |-}). Leaves the current line after the block.
   */
  private YamlValue.Scalar literalBlock(int start, int parentIndent) {
    boolean strip = start + 2 == lineEnd && text.charAt(start + 1) == '-';
    if (!strip && start + 1 != lineEnd) {
      throw GIVE_UP;
    }
    Position position = at(start);
    nextLine();
    StringBuilder value = new StringBuilder();
    int blockIndent = -1;
    int pendingBreaks = 0;
    boolean lastLineBroken = false;
    while (!atEnd()) {
      if (lineStart == lineEnd) {
        pendingBreaks++;
        nextLine();
        continue;
      }
      int indent = indent();
      if (indent == lineEnd - lineStart) {
        throw GIVE_UP; // a line of blanks only
      }
      if (blockIndent < 0) {
        if (indent <= parentIndent || pendingBreaks > 0) {
          throw GIVE_UP; // an empty block, or leading empty lines
        }
        blockIndent = indent;
      } else if (indent < blockIndent) {
        break;
      } else if (indent > blockIndent) {
        throw GIVE_UP;
      }
      if (value.length() > 0 || pendingBreaks > 0) {
        value.append("\n".repeat(pendingBreaks + (value.length() > 0 ? 1 : 0)));
      }
      pendingBreaks = 0;
      value.append(text, lineStart + indent, lineEnd);
      lastLineBroken = lineEnd < text.length();
      nextLine();
    }
    if (blockIndent < 0) {
      throw GIVE_UP;
    }
    if (!strip && lastLineBroken) {
      value.append('\n'); // the last line's break, unless the file ends on that line
    }
    return new YamlValue.Scalar(YamlValue.Kind.STRING, value.toString(), position);
  }

  // ---- flow collections, on one line

  private YamlValue flowValue(int[] cursor, int depth) {
    char c = peek(cursor);
    if (c == '[') {
      return flowSequence(cursor, depth);
    }
    if (c == '{') {
      return flowMapping(cursor, depth);
    }
    if (c == '"') {
      return quoted(cursor);
    }
    int end = cursor[0];
    while (end < lineEnd && text.charAt(end) != ',' && text.charAt(end) != ']'
        && text.charAt(end) != '}') {
      end++;
    }
    int trimmed = end;
    while (trimmed > cursor[0] && text.charAt(trimmed - 1) == ' ') {
      trimmed--;
    }
    if (trimmed == cursor[0]) {
      throw GIVE_UP;
    }
    YamlValue.Scalar value = plain(cursor[0], trimmed, true);
    cursor[0] = end;
    return value;
  }

  private YamlValue.Sequence flowSequence(int[] cursor, int depth) {
    checkDepth(depth);
    Position position = at(cursor[0]);
    List<YamlValue> items = new ArrayList<>();
    cursor[0] = skipSpaces(cursor[0] + 1);
    if (peek(cursor) == ']') {
      cursor[0]++;
      return new YamlValue.Sequence(items, position);
    }
    while (true) {
      items.add(flowValue(cursor, depth + 1));
      if (afterFlowItem(cursor, ']')) {
        return new YamlValue.Sequence(items, position);
      }
    }
  }

  private YamlValue.Mapping flowMapping(int[] cursor, int depth) {
    checkDepth(depth);
    Position position = at(cursor[0]);
    Map<String, YamlValue.Entry> entries = new LinkedHashMap<>();
    cursor[0] = skipSpaces(cursor[0] + 1);
    if (peek(cursor) == '}') {
      cursor[0]++;
      return new YamlValue.Mapping(entries, position);
    }
    while (true) {
      int keyStart = cursor[0];
      int colon = keyEnd(keyStart, lineEnd);
      if (colon + 1 >= lineEnd) {
        throw GIVE_UP;
      }
      String key = key(keyStart, colon);
      cursor[0] = skipSpaces(colon + 1);
      YamlValue value = flowValue(cursor, depth + 1);
      if (entries.putIfAbsent(key, new YamlValue.Entry(key, at(keyStart), value)) != null) {
        throw GIVE_UP;
      }
      if (afterFlowItem(cursor, '}')) {
        return new YamlValue.Mapping(entries, position);
      }
    }
  }

  /** After an item: true past the closing bracket, false past a comma before the next item. */
  private boolean afterFlowItem(int[] cursor, char close) {
    cursor[0] = skipSpaces(cursor[0]);
    char c = peek(cursor);
    if (c == close) {
      cursor[0]++;
      return true;
    }
    if (c != ',') {
      throw GIVE_UP;
    }
    cursor[0] = skipSpaces(cursor[0] + 1);
    char next = peek(cursor);
    if (next == ']' || next == '}' || next == ',') {
      throw GIVE_UP;
    }
    return false;
  }

  private char peek(int[] cursor) {
    if (cursor[0] >= lineEnd) {
      throw GIVE_UP; // a flow collection over several lines
    }
    return text.charAt(cursor[0]);
  }

  // ---- lines

  private static boolean isKeyStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  private static boolean isKeyCharacter(char c) {
    return isKeyStart(c) || c == '-' || c == '.';
  }

  private void checkDepth(int depth) {
    if (depth > TreeReader.MAX_DEPTH) {
      throw GIVE_UP;
    }
  }

  /** Where {@code index} of the current line is; columns count code points, as SnakeYAML's. */
  private Position at(int index) {
    return new Position(lineNumber, text.codePointCount(lineStart, index) + 1);
  }

  private boolean atEnd() {
    return lineStart >= text.length();
  }

  private int indent() {
    int i = lineStart;
    while (i < lineEnd && text.charAt(i) == ' ') {
      i++;
    }
    return i - lineStart;
  }

  private int skipSpaces(int i) {
    while (i < lineEnd && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** Skips empty lines, lines of blanks and comment lines. */
  private void skipBlankLines() {
    while (!atEnd()) {
      int first = lineStart + indent();
      if (first < lineEnd && text.charAt(first) != '#') {
        return;
      }
      nextLine();
    }
  }

  private void nextLine() {
    lineStart = lineEnd + 1;
    lineNumber++;
    lineEnd = endOfLine(Math.min(lineStart, text.length()));
  }

  private int endOfLine(int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }
}
