package dev.thicket.model.io.formats;

import java.nio.charset.StandardCharsets;

/** The file formats Thicket reads, told apart by content (not by file name). */
public enum TreeFormat {
  /** {@code attacktree/v1} YAML, Thicket's own format. */
  YAML("YAML"),
  /** Open-PSA MEF XML (root {@code <opsa-mef>}); any XML other than ADTool is read as MEF. */
  MEF("Open-PSA MEF"),
  /** ADTool 2 XML (root {@code <adtree>}). */
  ADTOOL("ADTool");

  private final String displayName;

  TreeFormat(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  /**
   * The format of {@code content}: XML when its first non-blank character is {@code <} (after an
   * optional byte order mark), then ADTool when the root element is {@code adtree}; else YAML.
   */
  public static TreeFormat detect(byte[] content) {
    String text = new String(content, 0, Math.min(content.length, 64 * 1024),
        StandardCharsets.UTF_8);
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != '<') {
      return YAML;
    }
    return rootName(text, i).equals("adtree") ? ADTOOL : MEF;
  }

  /** The name of the first element, skipping declarations, comments and DOCTYPEs. */
  private static String rootName(String text, int from) {
    int i = from;
    while (true) {
      int open = text.indexOf('<', i);
      if (open < 0 || open + 1 >= text.length()) {
        return "";
      }
      char next = text.charAt(open + 1);
      if (text.startsWith("<!--", open)) {
        int end = text.indexOf("-->", open);
        i = end < 0 ? text.length() : end + 3;
      } else if (next == '?' || next == '!') {
        i = open + 2;
      } else {
        int end = open + 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))
            && text.charAt(end) != '>' && text.charAt(end) != '/') {
          end++;
        }
        return text.substring(open + 1, end);
      }
    }
  }
}
