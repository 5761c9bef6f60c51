package dev.thicket.app.editor.viewmodel;

import java.util.Arrays;
import java.util.List;

/** References as a field shows them and takes them: one per line (a node's, a mitigation's). */
public final class ReferenceLines {
  private ReferenceLines() {}

  /** The references typed in {@code text}: each line stripped, blank lines left out. */
  public static List<String> of(String text) {
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
        .toList();
  }

  /** The text of {@code references}, one per line. */
  public static String text(List<String> references) {
    return String.join("\n", references);
  }
}
