package dev.thicket.model.io.mef;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.xml.XmlDocument;
import dev.thicket.model.io.xml.XmlElement;
import dev.thicket.model.io.xml.XmlPosition;
import dev.thicket.model.io.xml.XmlProblems;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads an Open-PSA MEF model, possibly split over several files (the structure in one, the
 * {@code model-data} in another), as one attack tree. The supported subset and its mapping are
 * in docs/interchange.md; anything outside it is refused as {@code FILE:LINE:COL: message},
 * every problem of every file reported. Linear in the size of the files.
 */
public final class MefReader {
  private MefReader() {}

  /** Reads {@code files} as one model; problems name the files as given. */
  public static AttackTree read(List<Path> files) throws TreeFileException {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no file to read");
    }
    XmlProblems problems = new XmlProblems();
    byte[][] contents = new byte[files.size()][];
    for (int i = 0; i < files.size(); i++) {
      problems.file(files.get(i).toString());
      contents[i] = XmlDocument.load(files.get(i), problems);
    }
    if (!problems.isEmpty()) {
      throw problems.exception();
    }
    List<String> names = files.stream().map(Path::toString).toList();
    return read(names, List.of(contents), problems);
  }

  /** Reads the files {@code names} with the given {@code contents} as one model. */
  public static AttackTree read(List<String> names, List<byte[]> contents)
      throws TreeFileException {
    return read(names, contents, new XmlProblems());
  }

  private static AttackTree read(List<String> names, List<byte[]> contents,
      XmlProblems problems) throws TreeFileException {
    AttackTree tree = null;
    try {
      MefModel model = new MefModel();
      for (int i = 0; i < names.size(); i++) {
        XmlElement root = XmlDocument.parse(names.get(i), contents.get(i), problems);
        if (root != null) {
          new MefParser(model, problems).read(root);
        }
      }
      if (problems.isEmpty()) {
        String description = "Imported from Open-PSA MEF (" + names.stream()
            .map(name -> name.substring(name.lastIndexOf('/') + 1))
            .collect(Collectors.joining(", ")) + ").";
        tree = new MefTreeBuilder(model, problems, XmlPosition.start(names.get(0)))
            .build(description);
      }
    } catch (XmlProblems.TooManyProblems stopped) {
      // reported below with the others
    }
    if (tree == null || !problems.isEmpty()) {
      throw problems.exception();
    }
    return tree;
  }
}
