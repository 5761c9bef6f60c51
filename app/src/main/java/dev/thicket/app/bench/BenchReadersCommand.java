package dev.thicket.app.bench;

import dev.thicket.app.cli.ExitCodes;
import dev.thicket.app.cli.VersionProvider;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.formats.TreeFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code thicket bench readers}: reading time of valid but extreme inputs that once made a reader
 * quadratic ({@link HostileInputs}), at growing sizes, so that a reader turning quadratic again
 * shows as time growing faster than the size.
 */
@Command(
    name = "readers",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Time reading (as validate does) generated worst cases: equal ADTool labels, a MEF OR of "
          + "many arguments, a long MEF chain of NOT gates, a YAML gate of many children; "
          + "median of --repeat runs after one warm-up.",
      "Target: linear growth (10 x the size, about 10 x the time)."
    })
final class BenchReadersCommand implements Callable<Integer> {
  private static final String FORMAT = "%-28s %9s %10s %10s%n";

  @Spec CommandSpec spec;

  @Option(names = "--sizes", paramLabel = "N,...", split = ",", defaultValue = "10000,100000",
      description = "Sizes of each case (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
      description = "Timed runs per row after one warm-up (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(FORMAT, "case", "size", "file", "read ms");
    Path directory = Files.createTempDirectory("thicket-bench-readers");
    try {
      for (HostileInputs.Kind kind : HostileInputs.KINDS) {
        for (int size : sizes) {
          Path file = directory.resolve(kind.fileName());
          Files.writeString(file, kind.text().apply(size), StandardCharsets.UTF_8);
          out.printf(FORMAT, kind.name(), String.format(Locale.ROOT, "%,d", size),
              String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6), time(file));
          out.flush();
          Files.delete(file);
        }
      }
    } finally {
      Files.deleteIfExists(directory);
    }
    return ExitCodes.OK;
  }

  private String time(Path file) {
    double[] millis = new double[repeat];
    try {
      TreeFiles.read(List.of(file));
      for (int i = 0; i < repeat; i++) {
        long start = System.nanoTime();
        TreeFiles.read(List.of(file));
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
    } catch (TreeFileException refused) {
      return "refused: " + refused.problems().get(0).message();
    }
    Arrays.sort(millis);
    return String.format(Locale.ROOT, "%.0f", millis[repeat / 2]);
  }
}
