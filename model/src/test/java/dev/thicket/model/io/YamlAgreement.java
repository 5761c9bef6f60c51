package dev.thicket.model.io;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check of the fast YAML reader's promise ({@link CanonicalYamlReader}): when it reads a
 * text, the full parser reads it without a problem and builds the same values — every key, kind,
 * text and position, in order.
 */
final class YamlAgreement {
  private YamlAgreement() {}

  /** Passes when the fast reader gives up on {@code text} or agrees with the full parser. */
  static void assertAgrees(String text) {
    YamlValue fast = CanonicalYamlReader.read(text);
    if (fast == null) {
      return;
    }
    Problems problems = new Problems();
    YamlValue full = YamlTreeParser.parseFully(text, problems);
    assertThat(problems.sorted("t.yaml"))
        .as("problems of a file read fast:%n%s", visible(text)).isEmpty();
    assertThat(shape(fast)).as("read fast:%n%s", visible(text)).isEqualTo(shape(full));
  }

  /** {@code text} with every character outside printable ASCII escaped, for messages. */
  private static String visible(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c == '\n' || c >= 0x20 && c < 0x7F
        ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return out.toString();
  }

  /** Everything a value holds, in order, as text. */
  private static String shape(YamlValue value) {
    if (value instanceof YamlValue.Scalar scalar) {
      return scalar.kind() + "'" + scalar.text() + "'@" + scalar.position();
    }
    if (value instanceof YamlValue.Sequence sequence) {
      return "[@" + sequence.position() + " " + String.join(", ", sequence.items().stream()
          .map(YamlAgreement::shape).toList()) + "]";
    }
    YamlValue.Mapping mapping = (YamlValue.Mapping) value;
    return "{@" + mapping.position() + " " + String.join(", ", mapping.entries().values()
        .stream().map(entry -> entry.key() + "@" + entry.keyPosition() + ": "
            + shape(entry.value())).toList()) + "}";
  }
}
