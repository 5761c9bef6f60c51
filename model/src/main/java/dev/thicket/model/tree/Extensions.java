package dev.thicket.model.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of {@code x-} keys: strings, numbers, booleans, {@code null}, lists and maps of them.
 * Copied deeply into unmodifiable, order-preserving collections.
 */
public final class Extensions {
  private Extensions() {}

  public static Map<String, Object> copyOf(Map<String, Object> extensions) {
    if (extensions == null || extensions.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    extensions.forEach(
        (key, value) -> {
          if (!key.startsWith("x-")) {
            throw new IllegalArgumentException("extension keys start with 'x-': " + key);
          }
          copy.put(key, copyValue(value));
        });
    return Collections.unmodifiableMap(copy);
  }

  private static Object copyValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, item) -> copy.put(String.valueOf(key), copyValue(item)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(copyValue(item)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
