package dev.thicket.model.io.otm;

import static dev.thicket.model.io.otm.OtmVocabulary.*;

import dev.thicket.model.io.YamlDocument;
import dev.thicket.model.io.YamlValue;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.MitigationStatus;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed readings of an element's {@code thicket-…} attributes; a wrong value is reported at its
 * position and read as absent. Unknown {@code thicket-…} attributes are reported, except the
 * computed {@code thicket-risk-…} and {@code thicket-probability-…}, which are ignored.
 */
final class OtmAttributes {
  private static final Set<String> KNOWN = Set.of(TITLE, DESCRIPTION, ROOT, GATE, K, CHILDREN,
      LIKELIHOOD, IMPACT, RATIONALE, REFERENCES, MITIGATIONS, EFFECTIVENESS, COST, STATUS, SCALES,
      ANALYSIS, ESTIMATES, ATTACKER, PROFILES, "thicket-x");

  private final YamlDocument.Mapper document;
  private final Map<String, YamlValue> attributes;

  OtmAttributes(YamlDocument.Mapper document, OtmElement element) {
    this.document = document;
    this.attributes = element.thicket();
  }

  /** Reports the unknown {@code thicket-…} attributes of an element (once, when it is read). */
  static void checkNames(YamlDocument.Mapper document, Map<String, YamlValue> attributes) {
    attributes.forEach((key, value) -> {
      if (!KNOWN.contains(key) && !key.startsWith(RISK_PREFIX)
          && !key.startsWith(PROBABILITY_PREFIX)) {
        document.problem(value.position(), "unknown attribute '" + key + "' (Thicket reads "
            + String.join(", ", KNOWN.stream().sorted().toList()) + ")");
      }
    });
  }

  boolean has(String key) {
    YamlValue value = attributes.get(key);
    return value != null && !OtmElement.isNull(value);
  }

  String text(String key) {
    return has(key) ? document.text(key, attributes.get(key)) : null;
  }

  List<String> texts(String key) {
    return has(key) ? document.texts(key, attributes.get(key)) : null;
  }

  Double number(String key) {
    return has(key) ? document.number(key, attributes.get(key)) : null;
  }

  Gate gate() {
    String text = text(GATE);
    if (text == null) {
      return null;
    }
    for (Gate gate : Gate.values()) {
      if (gate.keyword().orElse("").equals(text)) {
        return gate;
      }
    }
    document.problem(attributes.get(GATE).position(),
        GATE + " must be or, and, atleast, not or xor, not '" + text + "'");
    return null;
  }

  int k() {
    Double k = number(K);
    if (k == null) {
      return 0;
    }
    try {
      return new BigDecimal(((YamlValue.Scalar) attributes.get(K)).text()).intValueExact();
    } catch (ArithmeticException e) {
      document.problem(attributes.get(K).position(), K + " must be a whole number");
      return 0;
    }
  }

  /** An estimate as Thicket writes it ({@code 0.4}, {@code high}, {@code 0.1..0.2..0.4}). */
  Estimate estimate(String key, Map<String, Double> scale, String range) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    try {
      return Estimate.parse(text, scale, key, range);
    } catch (IllegalArgumentException wrong) {
      document.problem(attributes.get(key).position(), wrong.getMessage());
      return null;
    }
  }

  MitigationStatus status() {
    String text = text(STATUS);
    if (text == null) {
      return null;
    }
    return MitigationStatus.fromKeyword(text.toLowerCase(Locale.ROOT)).orElseGet(() -> {
      document.problem(attributes.get(STATUS).position(),
          STATUS + " must be implemented, planned or proposed, not '" + text + "'");
      return null;
    });
  }

  /** A mapping of plain values ({@code thicket-x}, {@code thicket-scales}, …), or empty. */
  Map<String, Object> mapping(String key) {
    if (!has(key)) {
      return Map.of();
    }
    YamlValue.Mapping mapping = document.mapping(key, attributes.get(key), "a mapping");
    Map<String, Object> plain = new LinkedHashMap<>();
    if (mapping != null) {
      mapping.entries().forEach((name, entry) -> plain.put(name, document.plain(entry.value())));
    }
    return plain;
  }

  YamlValue value(String key) {
    return attributes.get(key);
  }
}
