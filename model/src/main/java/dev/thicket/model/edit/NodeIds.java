package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import java.text.Normalizer;
import java.util.Locale;

/** Fresh node ids made from titles: lower case words joined by '-', unique in the tree. */
public final class NodeIds {
  private static final int MAX_LENGTH = 32;

  private NodeIds() {}

  /** An id for a new node titled {@code title}, not used by any node of {@code tree}. */
  public static String fresh(AttackTree tree, String title) {
    String base = slug(title);
    String id = base;
    for (int n = 2; tree.nodes().containsKey(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** "Steal the API key!" → "steal-the-api-key"; "node" when nothing usable is left. */
  static String slug(String title) {
    String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "node" : slug;
  }
}
