package dev.thicket.model.io.otm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.thicket.model.io.YamlDocument;
import dev.thicket.model.tree.AttackTree;
import java.util.Map;

/**
 * Writes a tree as an Open Threat Model document (OTM 0.2.0), YAML or JSON; reading it with
 * {@link OtmReader} gives the same tree back (docs/interchange.md).
 */
public final class OtmWriter {
  private static final ObjectMapper JSON = JsonMapper.builder(
          new JsonFactory().setCharacterEscapes(new AsciiOnly()))
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /** JSON's escapes, and DEL too: no control character is written raw (YAML refuses them). */
  private static final class AsciiOnly extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes = standardAsciiEscapesForJSON();

    AsciiOnly() {
      escapes[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int character) {
      return null;
    }
  }

  private OtmWriter() {}

  /** The OTM document as plain values (maps, lists, texts, numbers). */
  public static Map<String, Object> document(AttackTree tree) {
    Map<String, Object> draft = new OtmExport(tree, null).document();
    return new OtmExport(tree, OtmReader.defaultChildren(draft)).document();
  }

  public static String toYaml(AttackTree tree) {
    return YamlDocument.write(document(tree));
  }

  /** JSON with every non-ASCII character escaped, so that any text reads back exactly. */
  public static String toJson(AttackTree tree) {
    try {
      return JSON.writeValueAsString(document(tree)) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}
