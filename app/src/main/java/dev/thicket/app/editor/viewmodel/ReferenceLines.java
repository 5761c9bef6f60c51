package dev.thicket.app.editor.viewmodel;

import java.util.Arrays;
import java.util.List;

/**
 * References as the fields show them and take them: one per line in the node panel's text area,
 * separated by semicolons in the Mitigations tab's one-line field (as the reports list them).
 */
public final class ReferenceLines {
  /** Between two references on one line. */
  private static final String ON_ONE_LINE = "; ";

  private ReferenceLines() {}

  /** The references typed in {@code text}, one per line: each stripped, blank ones left out. */
  public static List<String> of(String text) {
    return split(text, "\\R");
  }

  /** The text of {@code references}, one per line. */
  public static String text(List<String> references) {
    return String.join("\n", references);
  }

  /** The references typed on one line, separated by semicolons (line breaks also separate). */
  public static List<String> ofOneLine(String text) {
    return split(text, "[;\\n\\r]");
  }

  /** The text of {@code references} on one line, separated by semicolons. */
  public static String oneLine(List<String> references) {
    return String.join(ON_ONE_LINE, references);
  }

  private static List<String> split(String text, String separator) {
    return Arrays.stream(text.split(separator)).map(String::strip)
        .filter(reference -> !reference.isEmpty()).toList();
  }
}
