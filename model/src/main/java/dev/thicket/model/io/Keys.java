package dev.thicket.model.io;

import dev.thicket.model.tree.Suggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Walks the keys of one mapping: known keys go to a handler, {@code x-} keys (where allowed) are
 * kept as extensions, other keys are reported with a did-you-mean hint. A {@code null} value of an
 * optional key counts as absent; a missing required key is reported at {@code missingAt}.
 */
final class Keys {
  private final Problems problems;
  private final Values values;

  Keys(Problems problems, Values values) {
    this.problems = problems;
    this.values = values;
  }

  /**
   * @param where words naming the mapping in messages, such as " in node 'a'"; "" at the top
   * @return the {@code x-} keys and their values, in file order
   */
  Map<String, Object> walk(
      YamlValue.Mapping mapping,
      List<String> known,
      List<String> required,
      boolean extensionsAllowed,
      String where,
      Position missingAt,
      BiConsumer<String, YamlValue> handler) {
    return walk(mapping, known, required, extensionsAllowed, () -> where, missingAt, handler);
  }

  /** {@link #walk} with the words made only for a problem (a node's, a million times). */
  Map<String, Object> walk(
      YamlValue.Mapping mapping,
      List<String> known,
      List<String> required,
      boolean extensionsAllowed,
      Supplier<String> where,
      Position missingAt,
      BiConsumer<String, YamlValue> handler) {
    Map<String, Object> extensions = null; // most mappings have none
    for (YamlValue.Entry entry : mapping.entries().values()) {
      String key = entry.key();
      YamlValue value = entry.value();
      if (known.contains(key)) {
        if (required.contains(key) || !isNull(value)) {
          handler.accept(key, value);
        }
      } else if (extensionsAllowed && key.startsWith("x-")) {
        if (extensions == null) {
          extensions = new LinkedHashMap<>();
        }
        extensions.put(key, values.extension(key, value));
      } else {
        String hint = Suggestions.didYouMean(key, known);
        if (hint.isEmpty() && extensionsAllowed) {
          hint = " (keys of your own start with 'x-')";
        }
        problems.add(entry.keyPosition(), "unknown key '" + key + "'" + where.get() + hint);
      }
    }
    for (String key : required) {
      if (mapping.entry(key) == null) {
        problems.add(missingAt, "missing required key '" + key + "'" + where.get());
      }
    }
    return extensions == null ? Map.of() : extensions;
  }

  private static boolean isNull(YamlValue value) {
    return value instanceof YamlValue.Scalar scalar && scalar.kind() == YamlValue.Kind.NULL;
  }
}
