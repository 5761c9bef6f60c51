package dev.thicket.model.io.otm;

import static dev.thicket.model.io.otm.OtmVocabulary.EXTENSION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plain maps and lists an OTM document is built from, and the tree's kept OTM content. */
final class OtmMaps {
  private OtmMaps() {}

  /** {@code extensions} without the kept OTM content ({@code x-otm}). */
  static Map<String, Object> withoutOtm(Map<String, Object> extensions) {
    Map<String, Object> others = new LinkedHashMap<>(extensions);
    others.remove(EXTENSION);
    return others;
  }

  static void putText(Map<String, Object> map, String key, String text) {
    if (text != null) {
      map.put(key, text);
    }
  }

  static void putList(Map<String, Object> map, String key, List<Object> list) {
    if (!list.isEmpty()) {
      map.put(key, list);
    }
  }
}
