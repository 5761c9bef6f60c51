package dev.thicket.model.io.adtool;

import dev.thicket.model.tree.Ids;
import java.util.HashSet;
import java.util.Set;

/** Readable unique ids from labels: {@code Find Note} → {@code find-note}, then {@code find-note-2}. */
final class Slugs {
  private static final int MAX_LENGTH = 64;

  private final Set<String> taken = new HashSet<>();

  String claim(String label) {
    String id = Ids.unique(slug(label), taken::contains);
    taken.add(id);
    return id;
  }

  static String slug(String label) {
    return Ids.slug(label, MAX_LENGTH);
  }
}
