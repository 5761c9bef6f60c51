package dev.thicket.app.bench;

import dev.thicket.app.editor.EditorBench.Phase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start of the editor, each run in a fresh JVM started with this JVM's options and class
 * path: {@code thicket FILE} headless (Monocle) with {@code -Dthicket.timing=true
 * -Dthicket.exitWhenUsable=true}, so the editor prints when its window is usable and closes.
 */
final class ColdStart {
  private static final Pattern USABLE = Pattern.compile(
      "window usable after (\\d+) ms from JVM start \\(window built and laid out in (\\d+) ms");
  private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle",
      "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
      "-Djava.awt.headless=true", "-Dheadless.geometry=1440x900-32",
      "-Dmonocle.headless.geometry=1440x900-32");

  private ColdStart() {}

  /**
   * Runs {@code runs} fresh editors on {@code file}: the time from JVM start and from process
   * start to the usable window, and the time the window itself took once the toolkit was up.
   */
  static List<Phase> measure(Path file, String label, int runs)
      throws IOException, InterruptedException {
    long[] fromJvm = new long[runs];
    long[] fromProcess = new long[runs];
    long[] window = new long[runs];
    for (int run = 0; run < runs; run++) {
      long[] times = once(file);
      fromJvm[run] = times[0];
      fromProcess[run] = times[1];
      window[run] = times[2];
    }
    return List.of(
        new Phase("cold start to usable window, " + label + " (JVM start)", "< 3000", fromJvm),
        new Phase("cold start to usable window, " + label + " (process)", "< 3000", fromProcess),
        new Phase("  of which window open + layout, fresh JVM", label.contains("nodes")
            ? "< 2000" : "", window));
  }

  /** [ms from JVM start, ms from process start, ms of the window] in nanoseconds. */
  private static long[] once(Path file) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      // the launcher's short-run compiler options are for commands, not the editor (decision 21)
      if (!option.startsWith("-agentlib") && !option.startsWith("-javaagent")
          && !option.startsWith("-XX:ArchiveClassesAtExit") && !option.startsWith("-XX:Tier4")) {
        command.add(option);
      }
    }
    command.addAll(HEADLESS);
    command.add("-Dthicket.timing=true");
    command.add("-Dthicket.exitWhenUsable=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.thicket.app.Main");
    command.add(file.toAbsolutePath().toString());
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    long[] found = null;
    StringBuilder errors = new StringBuilder();
    try (BufferedReader err = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        Matcher usable = USABLE.matcher(line);
        if (usable.find() && found == null) {
          found = new long[] {TimeUnit.MILLISECONDS.toNanos(Long.parseLong(usable.group(1))),
              System.nanoTime() - start,
              TimeUnit.MILLISECONDS.toNanos(Long.parseLong(usable.group(2)))};
        } else if (errors.length() < 2000) {
          errors.append(line).append('\n');
        }
      }
    }
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    if (found == null) {
      throw new IOException("the editor did not report a usable window (exit "
          + process.exitValue() + "):\n" + errors);
    }
    return found;
  }
}
