package dev.thicket.model.tree;

import java.util.function.IntPredicate;

/**
 * Text from a tree file made safe to print: every control character (C0, DEL, C1: escape
 * sequences, carriage returns, newlines), every bidirectional override or isolate and every
 * zero-width character is shown as {@code \}{@code uXXXX} instead of acting on the terminal or on
 * the reader's eyes. So a crafted title cannot clear a screen, rename a terminal window, fake a
 * {@code FILE:LINE:COL} line in a CI log, or read backwards.
 */
public final class VisibleText {
  private VisibleText() {}

  /** {@code text} with every invisible or acting character spelled out; null stays null. */
  public static String of(String text) {
    return spelledOut(text, VisibleText::hidden);
  }

  /**
   * {@code text} with its bidirectional controls and zero-width characters spelled out, other
   * characters (line breaks included) as they are: for reports, where a title must not read
   * backwards or hide a character, and the format handles line breaks itself.
   */
  public static String marks(String text) {
    return spelledOut(text, VisibleText::invisible);
  }

  /** {@code text} with each character {@code spelled} accepts written as a backslash-u escape. */
  private static String spelledOut(String text, IntPredicate spelled) {
    if (text == null || text.codePoints().noneMatch(spelled)) {
      return text;
    }
    StringBuilder visible = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      if (spelled.test(c)) {
        visible.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
      } else {
        visible.appendCodePoint(c);
      }
    });
    return visible.toString();
  }

  private static boolean invisible(int c) {
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF;
  }

  /** Whether {@code c} acts (controls) or hides (bidi controls, zero-width characters). */
  public static boolean hidden(int c) {
    return Character.getType(c) == Character.CONTROL || invisible(c);
  }
}
