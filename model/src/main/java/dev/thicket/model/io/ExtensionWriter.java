package dev.thicket.model.io;

import dev.thicket.model.tree.Numbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the generic values of {@code x-} keys: scalars inline, lists of scalars in flow style
 * {@code [a, 1]} (one item a line when that line would be too long to read), other lists and
 * mappings as indented blocks, empty ones as {@code []} and {@code {}}.
 */
final class ExtensionWriter {
  private ExtensionWriter() {}

  static void write(StringBuilder out, int indent, Map<String, Object> extensions) {
    extensions.forEach((key, value) -> entry(out, indent, key, value));
  }

  private static void entry(StringBuilder out, int indent, String key, Object value) {
    out.append(" ".repeat(indent)).append(YamlText.scalar(key, false)).append(':');
    value(out, indent, value);
  }

  /** Writes {@code value} after a key or a dash at {@code indent}, ending the line. */
  private static void value(StringBuilder out, int indent, Object value) {
    if (value instanceof String text) {
      out.append(YamlText.blockValue(text, indent));
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append(" {}\n");
        return;
      }
      out.append('\n');
      map.forEach((key, item) -> entry(out, indent + 2, String.valueOf(key), item));
    } else if (value instanceof List<?> list) {
      if (list.stream().noneMatch(item -> item instanceof List || item instanceof Map)) {
        String flow = flow(list);
        // one item a line when the flow list would be longer than a reader accepts
        if (out.length() - (out.lastIndexOf("\n") + 1) + 1 + flow.length()
            <= TreeReader.MAX_LINE_LENGTH || list.isEmpty()) {
          out.append(' ').append(flow).append('\n');
          return;
        }
      }
      out.append('\n');
      for (Object item : list) {
        listItem(out, indent + 2, item);
      }
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  /**
   * A block list item at {@code indent}. A non-empty mapping starts on the dash's line ({@code -
   * name: Ada}) with its other keys aligned below; anything else follows the dash.
   */
  private static void listItem(StringBuilder out, int indent, Object item) {
    if (item instanceof Map<?, ?> map && !map.isEmpty()) {
      StringBuilder entries = new StringBuilder();
      map.forEach((key, value) -> entry(entries, indent + 2, String.valueOf(key), value));
      out.append(" ".repeat(indent)).append("- ").append(entries, indent + 2, entries.length());
      return;
    }
    out.append(" ".repeat(indent)).append('-');
    value(out, indent, item);
  }

  /**
   * A value on one line in flow style: {@code [a, "b, c", 1]}, {@code {due: 2027-01, by: [Bo]}},
   * scalars as in a block.
   */
  static String flow(Object value) {
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(entry -> YamlText.scalar(String.valueOf(entry.getKey()), true) + ": "
              + flow(entry.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ExtensionWriter::flow).collect(Collectors.joining(", ", "[", "]"));
    }
    return scalar(value);
  }

  private static String scalar(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Boolean || value instanceof Long || value instanceof Integer
        || value instanceof Short || value instanceof Byte || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof BigDecimal decimal) {
      String text = decimal.stripTrailingZeros().toPlainString();
      return text.contains(".") ? text : text + ".0";
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (!Double.isFinite(number)) {
        throw new IllegalArgumentException("cannot write the number " + value
            + ": tree files hold finite numbers only");
      }
      String text = Numbers.format(number);
      return text.contains(".") ? text : text + ".0";
    }
    if (value instanceof String text) {
      return YamlText.scalar(text, true);
    }
    throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName()
        + " in an x- key: use text, numbers, booleans, null, lists and maps");
  }
}
