package dev.thicket.model.io;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.InvalidTreeException;
import dev.thicket.model.tree.TreeProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads {@code attacktree/v1} files (see {@code docs/format.md}). Safe on hostile input: no tags,
 * anchors or aliases, at most {@link FileSizeLimit#yamlBytes()} bytes, lines of at most {@link
 * #MAX_LINE_LENGTH} characters, {@link #MAX_DEPTH} levels of nesting, strict UTF-8, one
 * document. Every problem is reported as {@code file:line:col: message}, all of them, sorted;
 * nothing but {@link TreeFileException} is thrown for bad content.
 */
public final class TreeReader {
  /** The longest line, in characters (code points). */
  public static final int MAX_LINE_LENGTH = 256 * 1024;
  /** The deepest nesting of lists and mappings. */
  public static final int MAX_DEPTH = 32;

  /** Why a directory, a device or a pipe is not read (a pipe would block for ever). */
  public static final String NOT_A_FILE = "cannot read it: it is not a regular file (a directory, "
      + "a device or a pipe)";

  private TreeReader() {}

  /** Reads the tree file {@code file}; problems name the file as given. */
  public static AttackTree read(Path file) throws TreeFileException {
    String name = file.toString();
    byte[] content;
    try {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw single(name, NOT_A_FILE);
      }
      int limit = FileSizeLimit.yamlBytes();
      if (Files.size(file) > limit) {
        throw tooLarge(name);
      }
      try (InputStream in = Files.newInputStream(file)) {
        content = in.readNBytes(limit + 1);
      }
    } catch (NoSuchFileException e) {
      throw single(name, "cannot read the file: it does not exist");
    } catch (AccessDeniedException e) {
      throw single(name, "cannot read the file: permission denied");
    } catch (IOException e) {
      throw single(name, "cannot read the file: " + e.getMessage());
    }
    return read(name, content);
  }

  /** Reads a tree from {@code content}; {@code fileName} is used in problems only. */
  public static AttackTree read(String fileName, byte[] content) throws TreeFileException {
    if (content.length > FileSizeLimit.yamlBytes()) {
      throw tooLarge(fileName);
    }
    Problems problems = new Problems();
    AttackTree tree = null;
    try {
      tree = parse(content, problems);
    } catch (Problems.TooManyProblems stopped) {
      // the problems so far, and a note that reading stopped, are reported below
    } catch (RuntimeException unexpected) {
      problems.add(Position.START, "could not read the file: " + unexpected);
    }
    if (tree == null || !problems.isEmpty()) {
      throw new TreeFileException(problems.sorted(fileName));
    }
    return tree;
  }

  private static AttackTree parse(byte[] content, Problems problems) {
    String text = Utf8Text.decode(content, problems);
    if (text == null) {
      return null;
    }
    TreeMapper.Streamed streamed = TreeMapper.mapStreamed(text);
    if (streamed.tree() != null) {
      return streamed.tree();
    }
    YamlValue document = streamed.plain() ? YamlTreeParser.parse(text, problems)
        : YamlTreeParser.parseFully(text, problems); // the fast reader gave up once already
    if (document == null) {
      if (problems.isEmpty()) {
        problems.add(Position.START, "the file is empty; a tree file starts with "
            + "'format: " + TreeMapper.FORMAT + "'");
      }
      return null;
    }
    try {
      return new TreeMapper(problems).map(document);
    } catch (InvalidTreeException invalid) {
      ProblemLocator locator = new ProblemLocator((YamlValue.Mapping) document);
      for (TreeProblem problem : invalid.problems()) {
        problems.add(locator.locate(problem), problem.message());
      }
      return null;
    }
  }

  private static TreeFileException tooLarge(String fileName) {
    return single(fileName, FileSizeLimit.tooLargeYaml());
  }

  private static TreeFileException single(String fileName, String message) {
    return new TreeFileException(List.of(new TreeFileProblem(fileName, 1, 1, message)));
  }
}
