package dev.thicket.model.io;

import dev.thicket.model.tree.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of {@link CanonicalYamlReader} that sit on one line: plain and double-quoted
 * scalars, flow lists and mappings.
 */
abstract class YamlInlineValues extends YamlLineCursor {
  YamlInlineValues(String text) {
    super(text);
  }

  /** The plain scalar between {@code start} and {@code end}, which ends no other way. */
  YamlValue.Scalar plain(int start, int end, boolean flow) {
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

  /** A double-quoted scalar on one line at {@code cursor[0]}; moves the cursor past it. */
  YamlValue.Scalar quoted(int[] cursor) {
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
  int escape(int at, StringBuilder value) {
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

  YamlValue flowValue(int[] cursor, int depth) {
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

  YamlValue.Sequence flowSequence(int[] cursor, int depth) {
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

  YamlValue.Mapping flowMapping(int[] cursor, int depth) {
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
  boolean afterFlowItem(int[] cursor, char close) {
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

  char peek(int[] cursor) {
    if (cursor[0] >= lineEnd) {
      throw GIVE_UP; // a flow collection over several lines
    }
    return text.charAt(cursor[0]);
  }
}
