package dev.thicket.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML text into a {@link YamlValue} tree with Jackson's streaming parser. Reports duplicate
 * keys, nesting deeper than {@link TreeReader#MAX_DEPTH}, and every parser error as a located
 * problem with a short message. Does not interpret the format.
 */
final class YamlTreeParser {
  /** YAML's limit for a key written without "? " (a simple key), which the writers use. */
  static final int MAX_KEY_LENGTH = 1024;
  private final String text;
  private final Problems problems;
  private final List<String> path = new ArrayList<>();
  private JsonParser parser;
  private YamlValue root;

  private YamlTreeParser(String text, Problems problems) {
    this.text = text;
    this.problems = problems;
  }

  /**
   * The document's root value; {@code null} when the document is empty or could not be read to
   * its end (then a problem says why).
   */
  static YamlValue parse(String text, Problems problems) {
    YamlValue plain = CanonicalYamlReader.read(text);
    return plain != null ? plain : parseFully(text, problems);
  }

  /** {@link #parse} without the fast path for plain block YAML ({@link CanonicalYamlReader}). */
  static YamlValue parseFully(String text, Problems problems) {
    return new YamlTreeParser(text, problems).parse();
  }

  private YamlValue parse() {
    GuardedYamlFactory factory = new GuardedYamlFactory(problems);
    try (JsonParser opened = factory.createParser(new StringReader(text))) {
      parser = opened;
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      root = readValue(first, 1);
      JsonToken after = parser.nextToken();
      if (after != null) {
        problems.add(here(), "unexpected content after the end of the document");
      }
      return root;
    } catch (GuardedYamlFactory.StopReading stop) {
      return root;
    } catch (IOException | RuntimeException e) {
      if (e instanceof Problems.TooManyProblems tooMany) {
        throw tooMany;
      }
      report(e);
      return root;
    }
  }

  private YamlValue readValue(JsonToken token, int depth) throws IOException {
    Position position = here();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && depth > TreeReader.MAX_DEPTH) {
      problems.add(position, "nesting deeper than " + TreeReader.MAX_DEPTH
          + " levels is not allowed");
      throw new GuardedYamlFactory.StopReading();
    }
    return switch (token) {
      case START_OBJECT -> readMapping(position, depth);
      case START_ARRAY -> readSequence(position, depth);
      case VALUE_STRING -> new YamlValue.Scalar(YamlValue.Kind.STRING, parser.getText(), position);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          new YamlValue.Scalar(YamlValue.Kind.NUMBER, parser.getText(), position);
      case VALUE_TRUE, VALUE_FALSE ->
          new YamlValue.Scalar(YamlValue.Kind.BOOLEAN, parser.getText(), position);
      case VALUE_NULL -> new YamlValue.Scalar(YamlValue.Kind.NULL, parser.getText(), position);
      default -> {
        problems.add(position, "unsupported YAML value (" + token + ")");
        yield new YamlValue.Scalar(YamlValue.Kind.NULL, "", position);
      }
    };
  }

  private YamlValue readMapping(Position position, int depth) throws IOException {
    Map<String, YamlValue.Entry> entries = new LinkedHashMap<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT;
        token = parser.nextToken()) {
      String key = parser.currentName();
      Position keyPosition = here();
      path.add(key);
      YamlValue value = readValue(parser.nextToken(), depth + 1);
      path.remove(path.size() - 1);
      YamlValue.Entry first = entries.get(key);
      if (key.length() > MAX_KEY_LENGTH) { // a key over several lines of a flow mapping
        problems.add(keyPosition, "a key of " + key.length() + " characters is too long: a saved"
            + " file's keys are at most " + MAX_KEY_LENGTH + " (YAML's limit for a simple key)");
      } else if (first != null) {
        problems.add(keyPosition, duplicateMessage(key) + " (first at line "
            + first.keyPosition().line() + ")");
      } else {
        entries.put(key, new YamlValue.Entry(key, keyPosition, value));
      }
    }
    return new YamlValue.Mapping(entries, position);
  }

  private String duplicateMessage(String key) {
    if (path.size() == 1 && path.get(0).equals("nodes")) {
      return "duplicate node id '" + key + "'";
    }
    if (path.size() == 1 && path.get(0).equals("mitigations")) {
      return "duplicate mitigation id '" + key + "'";
    }
    return "duplicate key '" + key + "'";
  }

  private YamlValue readSequence(Position position, int depth) throws IOException {
    List<YamlValue> items = new ArrayList<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      items.add(readValue(token, depth + 1));
    }
    return new YamlValue.Sequence(items, position);
  }

  private Position here() {
    JsonLocation location = parser.currentTokenLocation();
    return location.getLineNr() < 1 ? Position.START
        : new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  /** Turns a parser failure into one located problem with the essence of its message. */
  private void report(Exception failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked) {
        problems.add(GuardedYamlFactory.at(marked.getProblemMark()), syntaxMessage(marked));
        return;
      }
      if (cause instanceof ReaderException reader) {
        problems.add(Utf8Text.positionAt(text, offsetOfCodePoint(reader.getPosition())),
            "YAML error: " + reader.getMessage());
        return;
      }
      if (cause instanceof StreamConstraintsException limit) {
        problems.add(location(limit),
            "file exceeds a reading limit: " + limit.getOriginalMessage());
        return;
      }
    }
    if (failure instanceof JsonProcessingException json) {
      String message = json.getOriginalMessage();
      if (message != null && message.startsWith("Expected a field name")) {
        message = "keys must be plain text, not lists or mappings";
      }
      problems.add(location(json), "YAML error: " + message);
      return;
    }
    problems.add(Position.START, "could not read the YAML: " + failure);
  }

  /** SnakeYAML's problem and context, without its quoted snippet of the file. */
  private static String syntaxMessage(MarkedYAMLException marked) {
    String problem = marked.getProblem() == null ? "invalid YAML" : marked.getProblem();
    String context = marked.getContext();
    if (context != null && marked.getContextMark() != null) {
      context += " that started at " + GuardedYamlFactory.at(marked.getContextMark());
    }
    String hint = problem.contains("<block end>") || problem.contains("mapping values")
        ? "; check the indentation and any ': ' inside unquoted text" : "";
    return "YAML syntax error: " + problem + (context == null ? "" : " (" + context + ")") + hint;
  }

  private Position location(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      return parser == null ? Position.START : here();
    }
    return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  private int offsetOfCodePoint(int codePoints) {
    try {
      int all = text.codePointCount(0, text.length());
      return text.offsetByCodePoints(0, Math.min(codePoints, all));
    } catch (IndexOutOfBoundsException e) {
      return 0;
    }
  }
}
