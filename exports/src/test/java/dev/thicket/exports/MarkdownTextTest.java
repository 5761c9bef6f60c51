package dev.thicket.exports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link MarkdownText}. */
class MarkdownTextTest {

  @Test
  void escapesInlineSyntaxAndLeavesOtherPunctuationReadable() {
    assertThat(MarkdownText.escape("a <b> | *c* [d](e:f), g; h/i."))
        .isEqualTo("a \\<b\\> \\| \\*c\\* \\[d\\](e\\:f), g; h/i.");
  }

  @Test
  void escapesWhatWouldStartABlockAtTheStartOfALine() {
    assertThat(MarkdownText.escape("- item")).isEqualTo("\\- item");
    assertThat(MarkdownText.escape("12. item")).isEqualTo("12\\. item");
    assertThat(MarkdownText.escape("2024 was")).isEqualTo("2024 was");
  }

  @Test
  void turnsLineBreaksIntoSpacesAndControlsIntoReplacements() {
    assertThat(MarkdownText.escape("a\nb\tc\u0007")).isEqualTo("a b c\uFFFD");
  }

  /** GitHub linked these by itself (its extended autolinks), even when escaped. */
  @Test
  void writesWebAndMailAddressesAsCodeSpansThatNoRendererLinks() {
    assertThat(MarkdownText.escape("see www.evil.example/login or mail admin@evil.example"))
        .isEqualTo("see `www.evil.example/login` or mail `admin@evil.example`");
    assertThat(MarkdownText.escape("https://x.example/a|b")).isEqualTo("`https://x.example/a`\\|b");
  }

  /** commonmark-java's autolink extension linked "tp\://foo" (found by the fuzz target). */
  @Test
  void writesAddressesOfAnySchemeAsCodeSpans() {
    assertThat(MarkdownText.escape("tp://foo and git+ssh://h/r"))
        .isEqualTo("`tp://foo` and `git+ssh://h/r`");
  }

  /** commonmark-java's autolink extension linked these e-mail addresses (found by fuzzing). */
  @Test
  void writesMailAddressesOfAnyCharactersAsCodeSpans() {
    assertThat(MarkdownText.escape("to a!b@c.de or \u00e9t\u00e9@\u0763n.75 now"))
        .isEqualTo("to `a!b@c.de` or `\u00e9t\u00e9@\u0763n.75` now");
    assertThat(MarkdownText.escape("x|y@z.de")).isEqualTo("x\\|`y@z.de`");
    assertThat(MarkdownText.escape("a@b\u0091c.de")).isEqualTo("`a@b\uFFFDc.de`");
  }

  @Test
  void spellsOutBidiControlsAndZeroWidthCharacters() {
    assertThat(MarkdownText.escape("a\u202Eb\u200Bc")).isEqualTo("a\\\\u202Eb\\\\u200Bc");
  }
}
