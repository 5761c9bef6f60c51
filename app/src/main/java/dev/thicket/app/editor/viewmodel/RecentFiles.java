package dev.thicket.app.editor.viewmodel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The last opened or saved files, newest first, kept in a small text file (one path a line):
 * {@code ~/.config/thicket/recent.txt}, or under the folder of the {@code thicket.prefs} system
 * property (the tests point it into {@code target/}).
 */
public final class RecentFiles {
  private static final int MAX = 8;
  private final Path store;
  private final ObservableList<Path> files = FXCollections.observableArrayList();

  /** @param store the file the list is kept in; {@code null} for a list kept nowhere */
  public RecentFiles(Path store) {
    this.store = store;
    try {
      if (store != null && Files.isRegularFile(store)) {
        for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
          if (!line.isBlank() && files.size() < MAX) {
            files.add(Path.of(line.strip()));
          }
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      files.clear();
    }
  }

  /** The store for this user (or the {@code thicket.prefs} folder). */
  public static RecentFiles forUser() {
    String folder = System.getProperty("thicket.prefs");
    Path base = folder != null ? Path.of(folder)
        : Path.of(System.getProperty("user.home"), ".config", "thicket");
    return new RecentFiles(base.resolve("recent.txt"));
  }

  /** A list kept nowhere, for screenshots and benchmarks: they leave no trace. */
  public static RecentFiles none() {
    return new RecentFiles(null);
  }

  /** The file the list is kept in; {@code null} for none. */
  public Path store() {
    return store;
  }

  public ObservableList<Path> files() {
    return FXCollections.unmodifiableObservableList(files);
  }

  /** Puts {@code file} first and writes the list; a failure to write is ignored. */
  public void add(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    List<Path> next = new ArrayList<>(files);
    next.remove(absolute);
    next.add(0, absolute);
    files.setAll(next.subList(0, Math.min(MAX, next.size())));
    if (store == null) {
      return;
    }
    try {
      Files.createDirectories(store.getParent());
      Files.write(store, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException ignored) {
      // the list is a convenience; the editor works without it
    }
  }
}
