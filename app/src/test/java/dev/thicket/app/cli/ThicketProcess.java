package dev.thicket.app.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code dev.thicket.app.Main} in a new JVM on the test class path, as a user would. */
public final class ThicketProcess {
  /** The app module's folder, where Maven runs the tests. */
  public static final Path MODULE = Path.of("").toAbsolutePath();

  public static final Path REPOSITORY = MODULE.getParent();
  public static final Path KERAS = REPOSITORY.resolve("trees/keras.yaml");

  private ThicketProcess() {}

  public record Result(int exitCode, String out, String err) {
    public List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
    }
  }

  public static Result run(String... args) {
    return runIn(MODULE, args);
  }

  /**
   * Starts {@code mainClass} with {@code args} in a new JVM on the test class path, in {@code
   * workingDirectory}, its output discarded: for tests that kill it.
   */
  public static Process start(Path workingDirectory, String mainClass, String... args)
      throws IOException {
    return new ProcessBuilder(command(mainClass, args)).directory(workingDirectory.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static List<String> command(String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }

  /**
   * The command that starts thicket on the test class path, quoted for sh: for tools that run it
   * themselves (a git merge driver).
   */
  public static String shellCommand() {
    return command("dev.thicket.app.Main").stream()
        .map(part -> "'" + part.replace("'", "'\\''") + "'")
        .collect(java.util.stream.Collectors.joining(" "));
  }

  public static Result runIn(Path workingDirectory, String... args) {
    return runWith(workingDirectory, Map.of(), args);
  }

  /**
   * Runs in {@code workingDirectory} with {@code environment} added to this one's (DISPLAY and
   * WAYLAND_DISPLAY removed first, so that only {@code environment} can give a display).
   */
  public static Result runWith(Path workingDirectory, Map<String, String> environment,
      String... args) {
    List<String> command = command("dev.thicket.app.Main", args);
    try {
      File out = File.createTempFile("thicket-out-", ".txt");
      File err = File.createTempFile("thicket-err-", ".txt");
      try {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
            .redirectOutput(out).redirectError(err);
        // as on CI: no display, so `thicket FILE` never opens a window during the tests
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new AssertionError("thicket " + String.join(" ", args) + " did not finish");
        }
        return new Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
            Files.readString(err.toPath(), StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out.toPath());
        Files.deleteIfExists(err.toPath());
      }
    } catch (IOException e) {
      throw new AssertionError("cannot start " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
