package dev.thicket.exports;

/**
 * Columns of a terminal report, padded as {@code String.format}'s {@code %-10s} and {@code %10s}
 * pad them (in UTF-16 units, never cut), without the formatter: its first use on a cold JVM loads
 * the locale data, some 20 ms of a short {@code analyze} (decision 46).
 */
public final class Columns {
  /** The end of a line, as {@code %n} writes it. */
  public static final String LINE = System.lineSeparator();

  private Columns() {}

  /** {@code value}, then spaces up to {@code width}. */
  public static String left(Object value, int width) {
    String text = String.valueOf(value);
    return text + " ".repeat(Math.max(0, width - text.length()));
  }

  /** Spaces up to {@code width}, then {@code value}. */
  public static String right(Object value, int width) {
    String text = String.valueOf(value);
    return " ".repeat(Math.max(0, width - text.length())) + text;
  }
}
