package dev.thicket.app.bench;

import java.math.BigInteger;
import java.util.Locale;

/** Short renderings for the benchmark table. */
final class Sizes {
  private Sizes() {}

  static String bytes(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
  }

  /** Exact up to 12 digits, then as {@code 1.234e56}. */
  static String count(BigInteger count) {
    String digits = count.toString();
    if (digits.length() <= 12) {
      return digits;
    }
    return digits.charAt(0) + "." + digits.substring(1, 4) + "e" + (digits.length() - 1);
  }
}
