package dev.thicket.model.library;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The attack patterns shipped inside the jar: the files of {@code trees/library}, copied by the
 * build next to this class under {@code patterns/} with an {@code index.txt} of their names
 * (model/pom.xml), so the installed app has them without the repository.
 */
public final class Library {
  private static final String FOLDER = "patterns/";

  private final List<AttackPattern> patterns;

  public Library(List<AttackPattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /**
   * The shipped library, read once (a few milliseconds). A file that does not read is a build
   * defect (a test reads every one), reported as an {@link IllegalStateException}.
   */
  public static Library shipped() {
    return Shipped.LIBRARY;
  }

  /** The patterns in the order of their file names. */
  public List<AttackPattern> patterns() {
    return patterns;
  }

  public Optional<AttackPattern> find(String id) {
    return patterns.stream().filter(pattern -> pattern.id().equals(id)).findFirst();
  }

  /** The ids, comma separated: for messages that list what exists. */
  public String ids() {
    return patterns.stream().map(AttackPattern::id).collect(Collectors.joining(", "));
  }

  private static final class Shipped {
    static final Library LIBRARY = read();
  }

  private static Library read() {
    List<AttackPattern> patterns = new ArrayList<>();
    for (String file : new String(bytes("index.txt"), StandardCharsets.UTF_8).split("\n")) {
      if (!file.isBlank()) {
        patterns.add(pattern(file.strip()));
      }
    }
    return new Library(patterns);
  }

  private static AttackPattern pattern(String file) {
    try {
      return new AttackPattern(file.replaceFirst("\\.yaml$", ""),
          TreeReader.read(file, bytes(file)));
    } catch (TreeFileException invalid) {
      throw new IllegalStateException("library pattern " + file + " is not a valid tree: "
          + invalid.problems(), invalid);
    }
  }

  private static byte[] bytes(String name) {
    try (InputStream in = Library.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no library file " + FOLDER + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
