package dev.thicket.exports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The JSON the commands print ({@code analyze --json}, {@code diff --json}, plans, uncertainty):
 * a tree of nodes written indented, as an {@code ObjectMapper} with {@code INDENT_OUTPUT} writes
 * it, by Jackson's streaming generator alone. An {@code ObjectMapper} built and used once costs a
 * short run some 50 ms on a cold JVM (decision 46).
 */
public final class JsonText {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonText() {}

  /** A new, empty object. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** {@code json} indented, with a line end after it. */
  public static String write(JsonNode json) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      generator.useDefaultPrettyPrinter();
      write(generator, json);
    } catch (IOException cannotHappen) { // a StringWriter does not fail
      throw new UncheckedIOException(cannotHappen);
    }
    return text + System.lineSeparator();
  }

  private static void write(JsonGenerator out, JsonNode json) throws IOException {
    switch (json.getNodeType()) {
      case OBJECT -> {
        out.writeStartObject();
        for (Map.Entry<String, JsonNode> field : json.properties()) {
          out.writeFieldName(field.getKey());
          write(out, field.getValue());
        }
        out.writeEndObject();
      }
      case ARRAY -> {
        out.writeStartArray();
        for (JsonNode item : json) {
          write(out, item);
        }
        out.writeEndArray();
      }
      case STRING -> out.writeString(json.textValue());
      case NUMBER -> number(out, json);
      case BOOLEAN -> out.writeBoolean(json.booleanValue());
      case NULL, MISSING -> out.writeNull();
      default -> throw new IllegalArgumentException("no JSON text for " + json.getNodeType());
    }
  }

  private static void number(JsonGenerator out, JsonNode json) throws IOException {
    switch (json.numberType()) {
      case INT -> out.writeNumber(json.intValue());
      case LONG -> out.writeNumber(json.longValue());
      case BIG_INTEGER -> out.writeNumber(json.bigIntegerValue());
      case FLOAT -> out.writeNumber(json.floatValue());
      case BIG_DECIMAL -> out.writeNumber(json.decimalValue());
      default -> out.writeNumber(json.doubleValue());
    }
  }
}
