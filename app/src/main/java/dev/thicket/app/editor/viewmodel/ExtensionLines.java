package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeFileProblem;
import dev.thicket.model.io.YamlDocument;
import dev.thicket.model.io.YamlValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A node's {@code x-} keys as Edit → x- keys… shows and takes them: YAML lines as the file has
 * them ({@code x-owner: Ada}), read by the tree file's rules (docs/format.md).
 */
public final class ExtensionLines {
  private ExtensionLines() {}

  /** The text of {@code extensions}, as the file writes them; empty for none. */
  public static String text(Map<String, Object> extensions) {
    return YamlDocument.write(extensions).stripTrailing();
  }

  /**
   * The keys typed in {@code text}: a YAML mapping whose keys start with {@code x-}; none for
   * blank text.
   *
   * @throws IllegalArgumentException with the first problem ({@code line 2: …}) when the text is
   *     not such a mapping
   */
  public static Map<String, Object> of(String text) {
    if (text.isBlank()) {
      return Map.of();
    }
    try {
      return YamlDocument.map("x- keys", text.getBytes(StandardCharsets.UTF_8), document -> {
        YamlValue.Mapping mapping = document.mapping("the x- keys", document.root(),
            "lines of 'x-key: value'");
        if (mapping == null) {
          return null;
        }
        Map<String, Object> read = new LinkedHashMap<>();
        mapping.entries().forEach((key, entry) -> {
          if (key.startsWith("x-")) {
            read.put(key, document.plain(entry.value()));
          } else {
            document.problem(entry.keyPosition(), "a key of your own starts with 'x-', not '"
                + key + "'");
          }
        });
        return read;
      });
    } catch (TreeFileException refused) {
      TreeFileProblem first = refused.problems().get(0);
      int more = refused.problems().size() - 1;
      throw new IllegalArgumentException("line " + first.line() + ": " + first.message()
          + (more > 0 ? " (and " + more + " more)" : ""));
    }
  }
}
