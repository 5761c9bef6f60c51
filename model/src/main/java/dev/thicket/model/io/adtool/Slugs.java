package dev.thicket.model.io.adtool;

import dev.thicket.model.tree.Ids;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Readable unique ids from labels: {@code Find Note} → {@code find-note}, then {@code find-note-2}. */
final class Slugs {
  private static final int MAX_LENGTH = 64;

  private final Set<String> taken;
  /** The next suffix to try for each slug, so that 100,000 equal labels stay linear. */
  private final Map<String, Integer> nextSuffix = new HashMap<>();

  Slugs() {
    this(new HashSet<>());
  }

  /** With {@code taken} as the set of ids claimed so far (tests count its look-ups). */
  Slugs(Set<String> taken) {
    this.taken = taken;
  }

  String claim(String label) {
    String base = slug(label);
    int n = nextSuffix.getOrDefault(base, 1);
    String id = n == 1 ? base : base + "-" + n;
    while (taken.contains(id)) {
      id = base + "-" + ++n;
    }
    nextSuffix.put(base, n + 1);
    taken.add(id);
    return id;
  }

  static String slug(String label) {
    return Ids.slug(label, MAX_LENGTH);
  }
}
