package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The autosave copy of the open tree: {@code .NAME.thicket-autosave} beside the user's file,
 * written atomically (never over the user's file) on each {@link #tick} while there are unsaved
 * changes, and removed once the changes are saved, undone or discarded. A tree without a file
 * has no copy. The view calls {@link #tick} every {@link #interval}.
 */
public final class Autosave {
  /** How often the window writes the copy. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
  private static final String SUFFIX = ".thicket-autosave";

  private final DocumentViewModel document;
  private final Duration interval;
  private Path written;
  private AttackTree writtenTree;

  public Autosave(DocumentViewModel document, Duration interval) {
    this.document = document;
    this.interval = interval;
    document.dirtyProperty().addListener((observable, before, dirty) -> {
      if (!dirty) {
        discard();
      }
    });
  }

  public Duration interval() {
    return interval;
  }

  /** Where the autosave copy of {@code file} goes: {@code .NAME.thicket-autosave} beside it. */
  public static Path copyOf(Path file) {
    return file.resolveSibling("." + file.getFileName() + SUFFIX);
  }

  /** The autosave copy of {@code file} when there is one newer than the file itself. */
  public static Optional<Path> newerCopy(Path file) {
    Path copy = copyOf(file);
    try {
      return Files.isRegularFile(copy)
          && Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(file)) > 0
          ? Optional.of(copy) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes the copy when the tree has unsaved changes not yet in it; removes it when there are
   * none. Returns whether a copy was written (false also when it cannot be written).
   */
  public boolean tick() {
    Path file = document.fileProperty().get();
    if (!document.dirtyProperty().get() || file == null) {
      discard();
      return false;
    }
    Path copy = copyOf(file);
    if (copy.equals(written) && document.tree() == writtenTree) {
      return false;
    }
    try {
      if (written != null && !written.equals(copy)) {
        discard();
      }
      TreeWriter.save(document.tree(), copy);
    } catch (IOException e) {
      return false; // tried again at the next tick; the user's file is untouched
    }
    written = copy;
    writtenTree = document.tree();
    return true;
  }

  /** Removes the copy this session wrote, if any (after a save or a discard). */
  public void discard() {
    if (written != null) {
      delete(written);
      written = null;
      writtenTree = null;
    }
  }

  /** Removes the autosave copy of {@code file} (the user declined to recover it). */
  public static void delete(Path copy) {
    try {
      Files.deleteIfExists(copy);
    } catch (IOException e) {
      // a copy left behind is offered again next time: nothing is lost
    }
  }
}
