package dev.thicket.exports.markdown;

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
}
