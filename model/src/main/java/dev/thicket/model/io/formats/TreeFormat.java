package dev.thicket.model.io.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The file formats Thicket reads, told apart by content (not by file name). */
public enum TreeFormat {
  /** {@code attacktree/v1} YAML, Thicket's own format. */
  YAML("YAML"),
  /** Open-PSA MEF XML (root {@code <opsa-mef>}); any XML other than ADTool is read as MEF. */
  MEF("Open-PSA MEF"),
  /** ADTool 2 XML (root {@code <adtree>}). */
  ADTOOL("ADTool"),
  /** Open Threat Model, YAML or JSON (a top-level {@code otmVersion}). */
  OTM("Open Threat Model"),
  /** OWASP Threat Dragon JSON (top-level {@code summary} and {@code detail}). */
  THREAT_DRAGON("Threat Dragon");

  private final String displayName;

  TreeFormat(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  /**
   * The format of {@code content}: XML when its first non-blank character is {@code <} (after an
   * optional byte order mark), then ADTool when the root element is {@code adtree}; otherwise OTM
   * when a top-level key is {@code otmVersion}, Threat Dragon when a JSON object's top-level keys
   * include {@code summary} and {@code detail}; else YAML. Looks at the first 64 KiB only.
   */
  public static TreeFormat detect(byte[] content) {
    String text = new String(content, 0, Math.min(content.length, 64 * 1024),
        StandardCharsets.UTF_8);
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '{') {
      Set<String> keys = jsonTopKeys(text.substring(i));
      return keys.contains("otmVersion") ? OTM
          : keys.contains("summary") && keys.contains("detail") ? THREAT_DRAGON : YAML;
    }
    if (i >= text.length() || text.charAt(i) != '<') {
      return OTM_KEY.matcher(text).find() ? OTM : YAML;
    }
    return rootName(text, i).equals("adtree") ? ADTOOL : MEF;
  }

  private static final Pattern OTM_KEY = Pattern.compile("(?m)^[\"']?otmVersion[\"']?\\s*:");

  /** The keys of a JSON object's top level, as far as the (perhaps cut) text goes. */
  private static Set<String> jsonTopKeys(String text) {
    Set<String> keys = new HashSet<>();
    try (JsonParser parser = new JsonFactory().createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return keys;
      }
      for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME;
          token = parser.nextToken()) {
        keys.add(parser.currentName());
        parser.nextToken();
        parser.skipChildren();
      }
    } catch (IOException | RuntimeException cut) {
      // the keys so far: the text may be cut at 64 KiB, or not JSON at all
    }
    return keys;
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
