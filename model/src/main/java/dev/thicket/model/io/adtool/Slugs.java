package dev.thicket.model.io.adtool;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Readable unique ids from labels: {@code Find Note} → {@code find-note}, then {@code find-note-2}. */
final class Slugs {
  private static final int MAX_LENGTH = 64;

  private final Set<String> taken = new HashSet<>();

  String claim(String label) {
    String base = slug(label);
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  static String slug(String label) {
    String plain = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "node" : slug;
  }
}
