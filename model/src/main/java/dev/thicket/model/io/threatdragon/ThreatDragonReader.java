package dev.thicket.model.io.threatdragon;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.YamlDocument;
import dev.thicket.model.tree.AttackTree;

/**
 * Reads an OWASP Threat Dragon v2 model (JSON) as an attack tree: one OR gate per diagram element
 * with threats under one root, one leaf per threat, its mitigation text a mitigation. The mapping
 * and its limits are in docs/interchange.md; v1 models are refused with a located message. Safe
 * on hostile input as tree files are ({@link YamlDocument}); every problem is reported as {@code
 * FILE:LINE:COL: message}.
 */
public final class ThreatDragonReader {
  private ThreatDragonReader() {}

  /** Reads {@code content}; {@code fileName} is used in problems only. */
  public static AttackTree read(String fileName, byte[] content) throws TreeFileException {
    String shortName = fileName.substring(fileName.lastIndexOf('/') + 1);
    return YamlDocument.map(fileName, content,
        document -> new ThreatDragonImport(document, shortName).tree());
  }
}
