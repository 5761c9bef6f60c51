package dev.thicket.model.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {
  @Test
  void controlCharactersAreSpelledOut() {
    assertThat(VisibleText.of("a\u001B[2Jb\nc\r\u0007\u007F\u0085"))
        .isEqualTo("a\\u001B[2Jb\\u000Ac\\u000D\\u0007\\u007F\\u0085");
  }

  @Test
  void bidiControlsAndZeroWidthCharactersAreSpelledOut() {
    assertThat(VisibleText.of("\u202Eabc\u2066\u200B\uFEFF"))
        .isEqualTo("\\u202Eabc\\u2066\\u200B\\uFEFF");
  }

  @Test
  void ordinaryTextOfAnyScriptStaysAsItIs() {
    String text = "Crème brûlée, 攻撃ツリー, ключ, ¿qué? tab-free";
    assertThat(VisibleText.of(text)).isSameAs(text);
    assertThat(VisibleText.of(null)).isNull();
  }
}
