package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Title wrapping with a fixed-width font: 10 units a character, lines 100 units wide. */
class TitleLinesTest {
  private final AtomicInteger measured = new AtomicInteger();
  private final ToDoubleFunction<String> widthOf = text -> {
    measured.incrementAndGet();
    return 10.0 * text.codePointCount(0, text.length());
  };

  @Test
  void wordsWrapAtSpaces() {
    assertThat(TitleLines.of("Exploit the model loader now", 100, 3, widthOf))
        .containsExactly("Exploit", "the model", "loader now");
  }

  @Test
  void titleLongerThanItsLinesEndsWithAnEllipsisThatFits() {
    List<String> lines = TitleLines.of("one two three four five six seven eight nine ten", 100,
        2, widthOf);

    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).endsWith("…");
    assertThat(lines).allSatisfy(line -> assertThat(widthOf.applyAsDouble(line)).isLessThanOrEqualTo(100));
  }

  @Test
  void wordWiderThanALineIsBrokenInside() {
    assertThat(TitleLines.of("Supercalifragilistic", 100, 3, widthOf))
        .containsExactly("Supercalif", "ragilistic");
  }

  @Test
  void hostileTitleIsCutAndMeasuredAFewTimesOnly() {
    String hostile = ("A".repeat(60_000) + " ").repeat(4);

    List<String> lines = TitleLines.of(hostile, 100, 3, widthOf);

    assertThat(lines).hasSize(3).allSatisfy(line ->
        assertThat(widthOf.applyAsDouble(line)).isLessThanOrEqualTo(100));
    assertThat(lines.get(2)).endsWith("…");
    assertThat(measured.get()).as("measurements").isLessThan(100);
  }

  @Test
  void surrogatePairsStayWhole() {
    List<String> lines = TitleLines.of("🌳".repeat(25), 100, 3, widthOf);

    assertThat(String.join("", lines).replace("…", "").codePoints())
        .allMatch(codePoint -> codePoint == "🌳".codePointAt(0));
  }
}
