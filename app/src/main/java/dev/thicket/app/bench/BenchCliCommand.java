package dev.thicket.app.bench;

import dev.thicket.app.cli.ExitCodes;
import dev.thicket.app.cli.VersionProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code thicket bench cli}: whole {@code thicket} processes timed from start to exit, JVM start
 * included, with the launcher's class archive (the options this JVM was started with) and
 * without it.
 */
@Command(
    name = "cli",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Time whole command-line processes (JVM start to exit): analyze and validate of the Keras "
          + "tree, analyze of the small Aralia trees; median of --repeat runs after one warm-up, "
          + "with the class archive the launcher made and without any.",
      "Target (issue 15): < 300 ms with the archive."
    })
final class BenchCliCommand implements Callable<Integer> {
  private static final String FORMAT = "%-34s %13s %13s%n";
  private static final List<String> SMALL_ARALIA = List.of("das9202", "baobab1", "chinese",
      "edf9202");

  @Spec CommandSpec spec;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "5",
      description = "Timed runs per row after one warm-up (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--keras", paramLabel = "FILE", defaultValue = "trees/keras.yaml",
      description = "The Keras tree (default: ${DEFAULT-VALUE}).")
  Path keras;

  @Option(names = "--aralia", paramLabel = "DIR", defaultValue = "../shared/benchmarks/aralia",
      description = "The Aralia folder; its rows are left out when it is missing "
          + "(default: ${DEFAULT-VALUE}).")
  Path aralia;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    List<String> archive = archiveOptions();
    out.println(archive.isEmpty() ? "(this JVM has no class archive: both columns are without)"
        : "class archive: " + archive.get(archive.size() - 1));
    out.printf(FORMAT, "command", "archive ms", "none ms");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("analyze", keras.toString()));
    rows.add(List.of("validate", keras.toString()));
    rows.add(List.of("analyze", keras.toString(), "--json"));
    for (String name : SMALL_ARALIA) {
      Path file = aralia.resolve(name + ".xml");
      if (Files.isRegularFile(file)) {
        rows.add(List.of("analyze", file.toString()));
      }
    }
    for (List<String> row : rows) {
      out.printf(FORMAT, String.join(" ", row.stream().map(arg -> arg.contains("/")
              ? Path.of(arg).getFileName().toString() : arg).toList()),
          median(row, archive), median(row, List.of()));
      out.flush();
    }
    return ExitCodes.OK;
  }

  /** This JVM's class-archive options (as the launcher gave them), the file last; or none. */
  private static List<String> archiveOptions() {
    List<String> options = new ArrayList<>();
    String file = null;
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (option.startsWith("-XX:SharedArchiveFile=")) {
        file = option;
      } else if (option.startsWith("-Xshare") || option.startsWith("-Xlog:cds")
          || option.equals("-XX:+IgnoreUnrecognizedVMOptions")) {
        options.add(option);
      }
    }
    if (file == null) {
      return List.of();
    }
    options.add(file);
    return options;
  }

  private String median(List<String> arguments, List<String> jvmOptions)
      throws IOException, InterruptedException {
    once(arguments, jvmOptions);
    long[] nanos = new long[repeat];
    for (int i = 0; i < repeat; i++) {
      nanos[i] = once(arguments, jvmOptions);
    }
    return String.format(Locale.ROOT, "%.0f", Timings.median(nanos) / 1e6);
  }

  private static long once(List<String> arguments, List<String> jvmOptions)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.thicket.app.Main");
    command.addAll(arguments);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("thicket " + String.join(" ", arguments) + " did not finish in 2 min");
    }
    long elapsed = System.nanoTime() - start;
    if (process.exitValue() != ExitCodes.OK) {
      throw new IOException("thicket " + String.join(" ", arguments) + " exited with "
          + process.exitValue());
    }
    return elapsed;
  }
}
