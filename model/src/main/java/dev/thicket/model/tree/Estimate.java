package dev.thicket.model.tree;

import java.util.Map;
import java.util.Objects;

/**
 * A number given either directly ({@code 0.4}) or as a level name of a scale ({@code high}).
 * Level names are resolved against the tree's {@link Scales} when the tree is analysed, so a
 * change of scale re-values every node that uses the level.
 */
public record Estimate(Double value, String level) {

  public Estimate {
    if ((value == null) == (level == null)) {
      throw new IllegalArgumentException("an estimate is either a number or a level name");
    }
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException("an estimate must be a finite number");
    }
  }

  public static Estimate of(double value) {
    return new Estimate(value, null);
  }

  public static Estimate level(String level) {
    return new Estimate(null, Objects.requireNonNull(level));
  }

  /**
   * The estimate a person typed: empty text is none ({@code null}), a level name of {@code scale}
   * is that level, a number as a file writes it is that number; anything else is refused with a
   * message naming {@code what} and its {@code range} ("between 0 and 1").
   *
   * @throws IllegalArgumentException when {@code text} is none of these
   */
  public static Estimate parse(String text, Map<String, Double> scale, String what,
      String range) {
    String value = text.strip();
    if (value.isEmpty()) {
      return null;
    }
    if (scale.containsKey(value)) {
      return level(value);
    }
    java.util.OptionalDouble number = Numbers.parse(value);
    if (number.isEmpty()) {
      throw new IllegalArgumentException(what + " is " + range + " or a level ("
          + String.join(", ", scale.keySet()) + "), not '" + value + "'");
    }
    return of(number.getAsDouble());
  }

  public boolean isLevel() {
    return level != null;
  }

  /** The numeric value, looking level names up in {@code scale}. */
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

  @Override
  public String toString() {
    return value != null ? Numbers.format(value) : level;
  }
}
