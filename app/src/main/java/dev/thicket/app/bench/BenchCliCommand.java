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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code thicket bench cli}: whole {@code thicket} processes timed from start to exit, JVM start
 * included, with the JVM options the launcher gave this one (its class archive and its
 * short-run compiler options, decision 21) and with none.
 */
@Command(
    name = "cli",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Time whole command-line processes (JVM start to exit): --version, analyze and validate "
          + "of the Keras tree, analyze of the small Aralia trees; median of --repeat runs after "
          + "one warm-up, with the JVM options the launcher gave this run (class archive, "
          + "compiler thresholds) and with none.",
      "Target (issue 15): < 300 ms as the launcher starts them."
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
    if (repeat < 1) {
      throw new ParameterException(spec.commandLine(), "--repeat must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<String> launcher = launcherOptions();
    out.println(launcher.isEmpty() ? "(this JVM has no options: both columns are without)"
        : "launcher's options: " + String.join(" ", launcher));
    out.printf(FORMAT, "command", "launcher ms", "none ms");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("--version"));
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
          median(row, launcher), median(row, List.of()));
      out.flush();
    }
    return ExitCodes.OK;
  }

  /** The options this JVM was started with (by the launcher), less agents (a debugger's). */
  private static List<String> launcherOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(option -> !option.startsWith("-agentlib") && !option.startsWith("-javaagent"))
        .toList();
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
