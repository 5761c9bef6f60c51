package dev.thicket.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The terminal report's columns and tiny numbers are written as {@code String.format} writes
 * them, checked against it on edge cases and on 200,000 random values (decision 46).
 */
class ColumnsAndDecimalsTest {
  private static final String[] TEXTS = {"", "a", "mode", "probability", "0.0001017",
      "ünïcödé ✓", "a rather long node identifier that is wider than its column", "\t"};

  @Test
  void columnsPadAsTheFormatterDoes() {
    SplittableRandom random = new SplittableRandom(46);
    for (int i = 0; i < 100_000; i++) {
      String text = i < TEXTS.length * 40 ? TEXTS[i % TEXTS.length] : randomText(random);
      int width = i < TEXTS.length * 40 ? 1 + i / TEXTS.length : random.nextInt(1, 50);
      assertThat(Columns.left(text, width)).as("%%-%ds of '%s'", width, text)
          .isEqualTo(String.format(Locale.ROOT, "%-" + width + "s", text));
      assertThat(Columns.right(text, width)).as("%%%ds of '%s'", width, text)
          .isEqualTo(String.format(Locale.ROOT, "%" + width + "s", text));
    }
    assertThat(Columns.right(7, 2)).isEqualTo(String.format(Locale.ROOT, "%2d", 7));
    assertThat(Columns.LINE).isEqualTo(String.format("%n"));
  }

  @ParameterizedTest
  @ValueSource(doubles = {1e-7, -1e-7, 1.2345e-7, 1.2355e-7, 9.9995e-7, 9.99949e-7, 5e-324,
      4.9e-324, 1e-300, 2.2250738585072014E-308, 1.0000000000000002e-10, 9.99999999999999e-7,
      -3.4567e-12, 1.5e-100})
  void tinyNumbersAreWrittenAsTheFormattersScientificForm(double value) {
    assertThat(Decimals.of(value)).isEqualTo(String.format(Locale.ROOT, "%.3e", value));
  }

  @Test
  void randomTinyNumbersAreWrittenAsTheFormattersScientificForm() {
    SplittableRandom random = new SplittableRandom(1_000_003);
    for (int i = 0; i < 100_000; i++) {
      double value = (random.nextBoolean() ? 1 : -1) * random.nextDouble(1, 10)
          * Math.pow(10, -random.nextInt(7, 320));
      if (value != 0 && Math.abs(value) < 1e-6) {
        assertThat(Decimals.of(value)).as("%s", value)
            .isEqualTo(String.format(Locale.ROOT, "%.3e", value));
      }
      double bits = Double.longBitsToDouble(random.nextLong() & 0x3E9F_FFFF_FFFF_FFFFL);
      if (bits != 0 && bits < 1e-6) {
        assertThat(Decimals.of(bits)).as("%s", bits)
            .isEqualTo(String.format(Locale.ROOT, "%.3e", bits));
      }
    }
  }

  private static String randomText(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(0, 40); i > 0; i--) {
      text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0xA0, 0x2FFF)
          : random.nextInt(0x20, 0x7F));
    }
    return text.toString();
  }
}
