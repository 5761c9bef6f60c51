package dev.thicket.model.tree;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Readable ids made from titles and labels, and made unique with a numeric suffix. */
public final class Ids {
  private Ids() {}

  /**
   * "Steal the API key!" → "steal-the-api-key": accents dropped, lower case, runs of other
   * characters as one '-', at most {@code maxLength} characters; "node" when nothing is left.
   */
  public static String slug(String text, int maxLength) {
    String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > maxLength) {
      slug = slug.substring(0, maxLength).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "node" : slug;
  }

  /** {@code base}, or the first of {@code base-2}, {@code base-3}, ... that is not taken. */
  public static String unique(String base, Predicate<String> taken) {
    String id = base;
    for (int n = 2; taken.test(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }
}
