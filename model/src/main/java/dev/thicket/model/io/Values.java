package dev.thicket.model.io;

import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Numbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Typed readings of {@link YamlValue}s for the mappers. Each returns {@code null} (or an empty
 * list) after adding a located problem when the value has the wrong type.
 */
final class Values {
  private final Problems problems;
  /**
   * The estimates read last, by the hash of their scalar: a file repeats a few values ({@code
   * 0.1}, {@code medium}) on many leaves, and an estimate is immutable, so one instance serves
   * them all (no parsing, a third less memory per leaf of a large tree).
   */
  private final YamlValue.Scalar[] recentScalars = new YamlValue.Scalar[256];
  private final Estimate[] recentEstimates = new Estimate[256];

  Values(Problems problems) {
    this.problems = problems;
  }

  /**
   * Text: any scalar but null, taken as written, so {@code title: yes} is the text "yes" and
   * {@code title: 2024} the text "2024".
   */
  String text(String key, YamlValue value) {
    if (value instanceof YamlValue.Scalar scalar && scalar.kind() != YamlValue.Kind.NULL) {
      return scalar.text();
    }
    wrongType(key, "text", value);
    return null;
  }

  /** A finite decimal number. */
  Double number(String key, YamlValue value) {
    if (value instanceof YamlValue.Scalar scalar && scalar.kind() == YamlValue.Kind.NUMBER) {
      return decimal(key, scalar);
    }
    wrongType(key, "a number", value);
    return null;
  }

  private Double decimal(String key, YamlValue.Scalar scalar) {
    OptionalDouble parsed = Numbers.parse(scalar.text());
    if (parsed.isPresent()) {
      return parsed.getAsDouble();
    }
    problems.add(scalar.position(), key + " must be a finite decimal number like 0.4 or 9, not '"
        + scalar.text() + "'");
    return null;
  }

  /** A whole number that fits an {@code int}. */
  Integer integer(String key, YamlValue value) {
    Double number = number(key, value);
    if (number == null) {
      return null;
    }
    BigDecimal exact = new BigDecimal(((YamlValue.Scalar) value).text());
    try {
      return exact.stripTrailingZeros().intValueExact();
    } catch (ArithmeticException e) {
      problems.add(value.position(), key + " must be a whole number, not '"
          + ((YamlValue.Scalar) value).text() + "'");
      return null;
    }
  }

  /** A number, or a level name of a scale. */
  Estimate estimate(String key, YamlValue value) {
    if (value instanceof YamlValue.Scalar scalar && scalar.kind() != YamlValue.Kind.NULL) {
      int slot = scalar.text().hashCode() & (recentScalars.length - 1);
      YamlValue.Scalar recent = recentScalars[slot];
      if (recent != null && recent.kind() == scalar.kind() && recent.text().equals(scalar.text())) {
        return recentEstimates[slot];
      }
      Estimate estimate;
      if (scalar.kind() == YamlValue.Kind.NUMBER) {
        Double number = decimal(key, scalar);
        if (number == null) {
          return null;
        }
        estimate = Estimate.of(number);
      } else {
        estimate = Estimate.level(scalar.text());
      }
      recentScalars[slot] = scalar;
      recentEstimates[slot] = estimate;
      return estimate;
    }
    wrongType(key, "a number or a level name", value);
    return null;
  }

  /** A list of texts (ids, references); wrong items are reported and left out. */
  List<String> texts(String key, YamlValue value) {
    if (!(value instanceof YamlValue.Sequence sequence)) {
      wrongType(key, "a list like [a, b]", value);
      return List.of();
    }
    List<String> texts = new ArrayList<>(sequence.items().size());
    for (YamlValue item : sequence.items()) {
      if (item instanceof YamlValue.Scalar scalar && scalar.kind() != YamlValue.Kind.NULL) {
        texts.add(scalar.text());
      } else {
        text("each item of " + key, item); // reports it
      }
    }
    return texts;
  }

  /** The list {@code value}, or {@code null} after a problem. */
  YamlValue.Sequence sequence(String key, YamlValue value, String expected) {
    if (value instanceof YamlValue.Sequence sequence) {
      return sequence;
    }
    wrongType(key, expected, value);
    return null;
  }

  /** The mapping {@code value}, or {@code null} after a problem. */
  YamlValue.Mapping mapping(String key, YamlValue value, String expected) {
    if (value instanceof YamlValue.Mapping mapping) {
      return mapping;
    }
    wrongType(key, expected, value);
    return null;
  }

  /**
   * The value of an {@code x-} key as plain Java: String, Long or BigInteger, Double, Boolean,
   * null, List, Map (in file order).
   */
  Object extension(String key, YamlValue value) {
    if (value instanceof YamlValue.Mapping mapping) {
      Map<String, Object> map = new LinkedHashMap<>();
      mapping.entries().forEach((name, entry) -> map.put(name, extension(key, entry.value())));
      return map;
    }
    if (value instanceof YamlValue.Sequence sequence) {
      List<Object> list = new ArrayList<>();
      sequence.items().forEach(item -> list.add(extension(key, item)));
      return list;
    }
    YamlValue.Scalar scalar = (YamlValue.Scalar) value;
    return switch (scalar.kind()) {
      case STRING -> scalar.text();
      case BOOLEAN -> Boolean.valueOf(isTrue(scalar.text()));
      case NULL -> null;
      case NUMBER -> extensionNumber(key, scalar);
    };
  }

  private Object extensionNumber(String key, YamlValue.Scalar scalar) {
    Double number = decimal(key, scalar);
    if (number == null) {
      return null;
    }
    String text = scalar.text();
    if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      BigInteger integer = new BigInteger(text);
      return integer.bitLength() < 64 ? (Object) integer.longValue() : integer;
    }
    return number;
  }

  private static boolean isTrue(String text) {
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on", "y" -> true;
      default -> false;
    };
  }

  private void wrongType(String key, String expected, YamlValue value) {
    problems.add(value.position(), key + " must be " + expected + ", not " + value.describe());
  }
}
