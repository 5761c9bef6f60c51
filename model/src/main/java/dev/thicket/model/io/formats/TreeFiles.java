package dev.thicket.model.io.formats;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeFileProblem;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.adtool.AdtoolReader;
import dev.thicket.model.io.mef.MefReader;
import dev.thicket.model.io.otm.OtmReader;
import dev.thicket.model.io.threatdragon.ThreatDragonReader;
import dev.thicket.model.io.xml.XmlDocument;
import dev.thicket.model.io.xml.XmlProblems;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tree from files of any supported format, chosen by content ({@link TreeFormat}): one
 * YAML, ADTool, Open Threat Model or Threat Dragon file, or one or more Open-PSA MEF files read
 * as one model.
 */
public final class TreeFiles {
  private TreeFiles() {}

  /**
   * The tree in {@code content} (any format, chosen by content), named {@code name} in problems:
   * for text that is not a file, such as a git revision's.
   */
  public static AttackTree read(String name, byte[] content) throws TreeFileException {
    return switch (TreeFormat.detect(content)) {
      case YAML -> TreeReader.read(name, content);
      case MEF -> MefReader.read(List.of(name), List.of(content));
      case ADTOOL -> AdtoolReader.read(name, content);
      case OTM -> OtmReader.read(name, content);
      case THREAT_DRAGON -> ThreatDragonReader.read(name, content);
    };
  }

  /** The tree in {@code files}; several files only for a MEF model split over files. */
  public static AttackTree read(List<Path> files) throws TreeFileException {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no file to read");
    }
    XmlProblems problems = new XmlProblems();
    List<String> names = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    for (Path file : files) {
      names.add(file.toString());
      contents.add(XmlDocument.load(file, problems));
    }
    if (!problems.isEmpty()) {
      throw problems.exception();
    }
    List<TreeFormat> formats = contents.stream().map(TreeFormat::detect).toList();
    if (files.size() == 1) {
      return switch (formats.get(0)) {
        case YAML -> TreeReader.read(names.get(0), contents.get(0));
        case MEF -> MefReader.read(names, contents);
        case ADTOOL -> AdtoolReader.read(names.get(0), contents.get(0));
        case OTM -> OtmReader.read(names.get(0), contents.get(0));
        case THREAT_DRAGON -> ThreatDragonReader.read(names.get(0), contents.get(0));
      };
    }
    List<TreeFileProblem> notMef = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (formats.get(i) != TreeFormat.MEF) {
        notMef.add(new TreeFileProblem(names.get(i), 1, 1, "this is a "
            + formats.get(i).displayName() + " file: only Open-PSA MEF files can be read "
            + "together as one model"));
      }
    }
    if (!notMef.isEmpty()) {
      throw new TreeFileException(notMef);
    }
    return MefReader.read(names, contents);
  }
}
