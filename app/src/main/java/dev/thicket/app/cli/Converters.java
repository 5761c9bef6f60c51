package dev.thicket.app.cli;

import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.UncertaintyOptions;
import dev.thicket.model.tree.Numbers;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values: each converter refuses a bad value with a message picocli prints (exit 2). */
public final class Converters {
  private Converters() {}

  /** {@code inherent}, {@code residual} or {@code planned}. */
  public static final class ModeConverter implements ITypeConverter<Mode> {
    @Override
    public Mode convert(String value) {
      return Mode.fromKeyword(value)
          .orElseThrow(() -> new TypeConversionException(
              "expected inherent, residual or planned, not '" + value + "'"));
    }
  }

  /** The keywords of {@link Mode}, for help and shell completion. */
  public static final class ModeCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Mode.values()).map(Mode::keyword).iterator();
    }
  }

  /** A count {@code >= 0}, or {@code all} (returned as -1). */
  public static final class TopConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      if (value.toLowerCase(Locale.ROOT).equals("all")) {
        return -1;
      }
      try {
        int top = Integer.parseInt(value);
        if (top >= 0) {
          return top;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new TypeConversionException(
          "expected a number of scenarios (0 or more) or 'all', not '" + value + "'");
    }
  }

  /** A number in [0,1]. */
  public static final class OrderConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int order = Integer.parseInt(value);
        if (order >= 0) {
          return order;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new TypeConversionException(
          "expected a number of events (1 or more, 0 for no limit), not '" + value + "'");
    }
  }

  public static final class FractionConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double number = number(value);
      if (!(number >= 0 && number <= 1)) {
        throw new TypeConversionException("expected a number from 0 to 1, not '" + value + "'");
      }
      return number;
    }
  }

  /** A finite number {@code >= 0}. */
  public static final class NonNegativeConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double number = number(value);
      if (!(number >= 0)) {
        throw new TypeConversionException("expected a number 0 or more, not '" + value + "'");
      }
      return number;
    }
  }

  /** A percentile, a number from 0 to 100. */
  public static final class PercentileConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double number = number(value);
      if (!(number >= 0 && number <= 100)) {
        throw new TypeConversionException("expected a percentile from 0 to 100, not '" + value
            + "'");
      }
      return number;
    }
  }

  /** A number of Monte Carlo samples, 1 to {@link UncertaintyOptions#MAX_SAMPLES}. */
  public static final class SamplesConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int samples = Integer.parseInt(value);
        if (samples >= 1 && samples <= UncertaintyOptions.MAX_SAMPLES) {
          return samples;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new TypeConversionException("expected a number of samples from 1 to "
          + UncertaintyOptions.MAX_SAMPLES + ", not '" + value + "'");
    }
  }

  /** A number as files write them ({@link Numbers#parse}): NaN, Infinity, hexadecimal refused. */
  static double number(String value) {
    return Numbers.parse(value).orElseThrow(() ->
        new TypeConversionException("expected a number like 0.5, not '" + value + "'"));
  }
}
