package dev.thicket.model.io.otm;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.YamlDocument;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an Open Threat Model file (YAML or JSON, OTM 0.2.0) as an attack tree; the mapping and
 * its limits are in docs/interchange.md. Safe on hostile input as tree files are ({@link
 * YamlDocument}); every problem is reported as {@code FILE:LINE:COL: message}.
 */
public final class OtmReader {
  private OtmReader() {}

  /** Reads {@code content}; {@code fileName} is used in problems only. */
  public static AttackTree read(String fileName, byte[] content) throws TreeFileException {
    return YamlDocument.map(fileName, content, document -> {
      OtmFile file = OtmFile.read(document);
      return file == null || file.project == null ? null : new OtmImport(document, file).tree();
    });
  }

  /** The children the reader gives each gate of {@code draft} by itself ({@link OtmStructure}). */
  static Map<String, List<String>> defaultChildren(Map<String, Object> draft) {
    byte[] content = YamlDocument.write(draft).getBytes(StandardCharsets.UTF_8);
    try {
      return YamlDocument.map("draft", content, document -> {
        OtmFile file = OtmFile.read(document);
        if (file == null || document.hasProblems()) {
          return null;
        }
        Map<String, OtmElement> threats = new HashMap<>();
        file.threats.forEach(t -> threats.putIfAbsent(t.id(), t));
        return new OtmStructure(document, file, threats).defaults();
      });
    } catch (TreeFileException unreadable) {
      throw new IllegalStateException("the OTM writer wrote what its reader refuses: "
          + unreadable.getMessage(), unreadable);
    }
  }
}
