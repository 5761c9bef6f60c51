package dev.thicket.model.io;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A YAML value as read from a file, each part carrying its position: the reader's own small tree,
 * between Jackson's token stream and the domain. Public for the interchange readers (OTM, Threat
 * Dragon), which read YAML and JSON through {@link YamlDocument}.
 */
public sealed interface YamlValue permits YamlValue.Scalar, YamlValue.Sequence, YamlValue.Mapping {

  /** Where the value starts in the file. */
  Position position();

  /** Words for this kind of value in messages: "text 'abc'", "a list", … */
  String describe();

  /** What Jackson's resolver (YAML 1.1 rules) made of a scalar. */
  enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  /** A scalar with its text exactly as written (after YAML unquoting and unescaping). */
  record Scalar(Kind kind, String text, Position position) implements YamlValue {
    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "text '" + abbreviate(text) + "'";
        case NUMBER -> "the number " + abbreviate(text);
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "null";
      };
    }

    private static String abbreviate(String text) {
      return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
  }

  record Sequence(List<YamlValue> items, Position position) implements YamlValue {
    public Sequence {
      items = Collections.unmodifiableList(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A mapping; duplicate keys were reported while reading and only the first one is kept. */
  record Mapping(Map<String, Entry> entries, Position position) implements YamlValue {
    public Mapping {
      entries = Collections.unmodifiableMap(entries);
    }

    /** The entry of {@code key}, or {@code null}. */
    public Entry entry(String key) {
      return entries.get(key);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key of a mapping, where the key was written, and its value. */
  record Entry(String key, Position keyPosition, YamlValue value) {}
}
