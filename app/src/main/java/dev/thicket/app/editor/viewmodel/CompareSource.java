package dev.thicket.app.editor.viewmodel;

import dev.thicket.app.git.GitRevisions;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Path;
import java.util.List;

/**
 * The other version File → Compare with… reads: a file of any format, or a git revision of the
 * open file, read with {@code git show REV:./NAME} in the file's folder as {@code thicket diff
 * REV:PATH} reads it ({@link GitRevisions}).
 */
public sealed interface CompareSource {
  /** How the window and the tooltips call it: "older.yaml", "HEAD~1:keras.yaml". */
  String name();

  /** Reads the tree; called off the UI thread. */
  AttackTree read() throws TreeFileException;

  static CompareSource file(Path file) {
    return new File(file);
  }

  /** {@code revision} (HEAD, HEAD~1, a branch…) of {@code openFile}. */
  static CompareSource revision(String revision, Path openFile) {
    return new Revision(revision.strip(), openFile);
  }

  /** A file of any format {@link TreeFiles} reads. */
  record File(Path file) implements CompareSource {
    @Override
    public String name() {
      return String.valueOf(file.getFileName());
    }

    @Override
    public AttackTree read() throws TreeFileException {
      return TreeFiles.read(List.of(file));
    }
  }

  /** A git revision of the open file. */
  record Revision(String revision, Path openFile) implements CompareSource {
    @Override
    public String name() {
      return revision + ":" + openFile.getFileName();
    }

    @Override
    public AttackTree read() throws TreeFileException {
      Path absolute = openFile.toAbsolutePath();
      String argument = revision + ":./" + absolute.getFileName();
      return TreeFiles.read(name(), GitRevisions.read(argument, absolute.getParent()));
    }
  }
}
