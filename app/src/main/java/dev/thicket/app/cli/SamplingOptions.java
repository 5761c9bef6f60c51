package dev.thicket.app.cli;

import dev.thicket.model.analysis.UncertaintyOptions;
import picocli.CommandLine.Option;

/** {@code --samples} and {@code --seed}: how a command samples the tree's ranged estimates. */
public final class SamplingOptions {
  @Option(names = "--samples", paramLabel = "N", converter = Converters.SamplesConverter.class,
      defaultValue = "" + UncertaintyOptions.DEFAULT_SAMPLES,
      description = "Monte Carlo samples (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + UncertaintyOptions.DEFAULT_SEED,
      description = "Seed of the random streams; the same seed gives the same numbers "
          + "(default: ${DEFAULT-VALUE}).")
  long seed;

  UncertaintyOptions options() {
    return new UncertaintyOptions(samples, seed);
  }
}
