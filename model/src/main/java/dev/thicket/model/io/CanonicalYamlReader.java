package dev.thicket.model.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
final class CanonicalYamlReader extends YamlInlineValues {
  /** Takes the entries of the top-level key {@link #streamedKey}'s block mapping, or null. */
  private final Consumer<YamlValue.Entry> sink;
  private final String streamedKey;
  /** The depth of the mapping whose entries go to the sink while it is read, else -1. */
  private int streamedDepth = -1;

  private CanonicalYamlReader(String text, String streamedKey,
      Consumer<YamlValue.Entry> sink) {
    super(text);
    this.streamedKey = streamedKey;
    this.sink = sink;
  }

  /** The document's value, or {@code null} when the full parser must read {@code text}. */
  static YamlValue read(String text) {
    return read(text, null, null);
  }

  /**
   * {@link #read(String)}, handing each entry of the top-level key {@code streamedKey}'s block
   * mapping to {@code sink} as soon as it is read instead of keeping it: that mapping comes back
   * empty (an entry is kept nowhere, so the large part of a big file does not live until the
   * end). Duplicate keys in it are not looked for. The sink may have seen entries when this
   * gives up ({@code null}).
   */
  static YamlValue read(String text, String streamedKey, Consumer<YamlValue.Entry> sink) {
    if (!plainCharacters(text)) {
      return null;
    }
    try {
      return new CanonicalYamlReader(text, streamedKey, sink).document();
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
    boolean streamed = depth == streamedDepth && !onDashLine;
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
        boolean streams = depth == 1 && sink != null && key.equals(streamedKey);
        streamedDepth = streams ? depth + 1 : streamedDepth;
        value = nestedBlock(indent, depth + 1);
        streamedDepth = streams ? -1 : streamedDepth;
      } else {
        int valueStart = skipSpaces(colon + 1);
        if (valueStart == lineEnd) {
          throw GIVE_UP; // trailing blanks
        }
        value = inlineValue(valueStart, indent, depth + 1);
      }
      if (streamed) {
        sink.accept(new YamlValue.Entry(key, keyPosition, value));
      } else if (entries.putIfAbsent(key, new YamlValue.Entry(key, keyPosition, value)) != null) {
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
}
