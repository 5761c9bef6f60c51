package dev.thicket.model.tree;

import java.util.Map;
import java.util.Objects;

/**
 * A number given either directly ({@code 0.4}) or as a level name of a scale ({@code high}),
 * optionally with a {@link Range} around it (then this value is the most likely one). Level names
 * are resolved against the tree's {@link Scales} when the tree is analysed, so a change of scale
 * re-values every node that uses the level.
 *
 * @param range {@code null} for a single value
 */
public record Estimate(Double value, String level, Range range) {

  /** The separator of the text form {@code low..likely..high}. */
  public static final String RANGE_SEPARATOR = "..";

  public Estimate {
    if ((value == null) == (level == null)) {
      throw new IllegalArgumentException("an estimate is either a number or a level name");
    }
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException("an estimate must be a finite number");
    }
  }

  /** A single value. */
  public Estimate(Double value, String level) {
    this(value, level, null);
  }

  public static Estimate of(double value) {
    return new Estimate(value, null);
  }

  public static Estimate level(String level) {
    return new Estimate(null, Objects.requireNonNull(level));
  }

  /** This value as the most likely one of {@code newRange} ({@code null}: a single value). */
  public Estimate withRange(Range newRange) {
    return new Estimate(value, level, newRange);
  }

  /** This value without its range. */
  public Estimate likely() {
    return range == null ? this : new Estimate(value, level, null);
  }

  public boolean isRange() {
    return range != null;
  }

  /**
   * The estimate a person typed: empty text is none ({@code null}), a level name of {@code scale}
   * is that level, a number as a file writes it is that number, and {@code low..likely..high}
   * (each part one of these) a range; anything else is refused with a message naming {@code what}
   * and its {@code range} ("between 0 and 1"). Whether the value lies in its domain, and a range's
   * order, are the validator's to check.
   *
   * @throws IllegalArgumentException when {@code text} is none of these
   */
  public static Estimate parse(String text, Map<String, Double> scale, String what,
      String range) {
    String value = text.strip();
    if (value.isEmpty()) {
      return null;
    }
    if (value.contains(RANGE_SEPARATOR)) {
      String[] parts = value.split(java.util.regex.Pattern.quote(RANGE_SEPARATOR), -1);
      if (parts.length != 3 || java.util.Arrays.stream(parts).anyMatch(p -> p.isBlank())) {
        throw new IllegalArgumentException(what + " as a range is low..likely..high, e.g. "
            + "0.05..0.1..0.3, not '" + value + "'");
      }
      Estimate likely = parse(parts[1], scale, what, range);
      return likely.withRange(new Range(parse(parts[0], scale, what, range),
          parse(parts[2], scale, what, range)));
    }
    if (scale.containsKey(value)) {
      return level(value);
    }
    java.util.OptionalDouble number = Numbers.parse(value);
    if (number.isEmpty()) {
      throw new IllegalArgumentException(what + " is " + range + (scale.isEmpty() ? ""
          : " or a level (" + String.join(", ", scale.keySet()) + ")") + ", not '" + value + "'");
    }
    return of(number.getAsDouble());
  }

  public boolean isLevel() {
    return level != null;
  }

  /** The (most likely) numeric value, looking level names up in {@code scale}. */
  public double resolve(Map<String, Double> scale) {
    if (value != null) {
      return value;
    }
    Double resolved = scale.get(level);
    if (resolved == null) {
      throw new IllegalArgumentException("unknown level '" + level + "'");
    }
    return resolved;
  }

  /** The low end: of the range, or the value itself for a single value. */
  public double resolveLow(Map<String, Double> scale) {
    return range == null ? resolve(scale) : range.low().resolve(scale);
  }

  /** The high end: of the range, or the value itself for a single value. */
  public double resolveHigh(Map<String, Double> scale) {
    return range == null ? resolve(scale) : range.high().resolve(scale);
  }

  /** As typed and parsed back by {@link #parse}: {@code 0.1}, {@code low}, {@code 0.05..0.1..0.3}. */
  @Override
  public String toString() {
    String single = value != null ? Numbers.format(value) : level;
    return range == null ? single
        : range.low() + RANGE_SEPARATOR + single + RANGE_SEPARATOR + range.high();
  }
}
