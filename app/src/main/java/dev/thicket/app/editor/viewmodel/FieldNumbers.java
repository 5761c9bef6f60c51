package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.tree.Numbers;

/** A number typed in a field, read exactly as a file's number ({@link Numbers#parse}). */
final class FieldNumbers {
  private FieldNumbers() {}

  /**
   * The number {@code text} spells; anything else is refused with "WHAT is RANGE, not 'TEXT'".
   *
   * @throws IllegalArgumentException when {@code text} is not a number as files write them
   */
  static double parse(String text, String what, String range) {
    return Numbers.parse(text).orElseThrow(() ->
        new IllegalArgumentException(what + " is " + range + ", not '" + text + "'"));
  }
}
