package dev.thicket.model.io.adtool;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.xml.XmlDocument;
import dev.thicket.model.io.xml.XmlElement;
import dev.thicket.model.io.xml.XmlPosition;
import dev.thicket.model.io.xml.XmlProblems;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.InvalidTreeException;
import dev.thicket.model.tree.TreeProblem;
import java.nio.file.Path;

/**
 * Reads an ADTool 2 attack(-defence) tree ({@code <adtree>}) as an attack tree; the mapping and
 * its limits are in docs/interchange.md. Every problem is reported as {@code FILE:LINE:COL:
 * message}. Linear in the size of the file.
 */
public final class AdtoolReader {
  private AdtoolReader() {}

  /** Reads {@code file}; problems name it as given. */
  public static AttackTree read(Path file) throws TreeFileException {
    XmlProblems problems = new XmlProblems();
    byte[] content = XmlDocument.load(file, problems);
    if (content == null) {
      throw problems.exception();
    }
    return read(file.toString(), content);
  }

  /** Reads {@code content}; {@code fileName} is used in problems only. */
  public static AttackTree read(String fileName, byte[] content) throws TreeFileException {
    XmlProblems problems = new XmlProblems();
    AttackTree tree = null;
    try {
      XmlElement root = XmlDocument.parse(fileName, content, problems);
      AdtoolNode top = root == null ? null : new AdtoolParser(problems).read(root);
      if (top != null && problems.isEmpty()) {
        tree = new AdtoolMapper().map(top, fileName.substring(fileName.lastIndexOf('/') + 1));
      }
    } catch (XmlProblems.TooManyProblems stopped) {
      // reported below with the others
    } catch (InvalidTreeException invalid) {
      for (TreeProblem problem : invalid.problems()) {
        problems.add(XmlPosition.start(fileName), problem.message());
      }
    }
    if (tree == null || !problems.isEmpty()) {
      throw problems.exception();
    }
    return tree;
  }
}
