package dev.thicket.app.editor.viewmodel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the window's dividers were left (canvas | side panel, node panel / tabs), as fractions kept in a small text file of {@code name=fraction} lines beside
 * the recent files, so that the next window opens as the workshop arranged the last one.
 */
public final class PanelSizes {
  private final Path store;
  private final Map<String, Double> fractions = new TreeMap<>();

  /** @param store the file of the sizes; {@code null} for sizes kept nowhere */
  public PanelSizes(Path store) {
    this.store = store;
    try {
      if (store != null && Files.isRegularFile(store)) {
        for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
          int equals = line.indexOf('=');
          if (equals > 0) {
            double fraction = Double.parseDouble(line.substring(equals + 1).strip());
            if (fraction >= 0 && fraction <= 1) {
              fractions.put(line.substring(0, equals).strip(), fraction);
            }
          }
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      fractions.clear();
    }
  }

  /** The sizes kept beside {@code recent}'s file (nowhere when it is kept nowhere). */
  public static PanelSizes besides(RecentFiles recent) {
    return new PanelSizes(recent.store() == null ? null
        : recent.store().resolveSibling("panels.txt"));
  }

  /** The fraction kept for {@code name}, else {@code fallback}. */
  public double get(String name, double fallback) {
    return fractions.getOrDefault(name, fallback);
  }

  /** Keeps {@code fraction} (clamped to 0..1) for {@code name}; not written until {@link #save}. */
  public void put(String name, double fraction) {
    fractions.put(name, Math.max(0, Math.min(1, fraction)));
  }

  /** Writes the sizes; a failure to write is ignored (the editor works without them). */
  public void save() {
    if (store == null) {
      return;
    }
    List<String> lines = new ArrayList<>();
    fractions.forEach((name, fraction) -> lines.add(name + "=" + fraction));
    try {
      Files.createDirectories(store.getParent());
      Files.write(store, lines, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException ignored) {
      // a convenience, like the recent files
    }
  }
}
