package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code thicket validate}, run as a process. The bad files are the reader's own test files
 * ({@code model/src/test/resources/bad/NAME.yaml}, each with {@code NAME.expected}); all are
 * validated by one process started in that folder, so the printed paths are the bare names the
 * expected files use.
 */
class ValidateCommandTest {
  private static final Path BAD = ThicketProcess.REPOSITORY.resolve("model/src/test/resources/bad");

  private static ThicketProcess.Result allBad;

  static List<String> badFiles() throws IOException {
    try (Stream<Path> files = Files.list(BAD)) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".yaml")).sorted().toList();
    }
  }

  @BeforeAll
  static void validateEveryBadFile() throws IOException {
    List<String> args = new ArrayList<>();
    args.add("validate");
    args.addAll(badFiles());
    allBad = ThicketProcess.runIn(BAD, args.toArray(String[]::new));
  }

  @Test
  void thereAreBadFilesToValidate() throws IOException {
    assertThat(badFiles()).hasSizeGreaterThan(10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void printsExactlyTheExpectedLinesOfEachBadFile(String name) throws IOException {
    List<String> expected = expectedLines(name);
    List<String> printed =
        allBad.errLines().stream().filter(line -> line.startsWith(name + ":")).toList();

    assertThat(printed).isEqualTo(expected);
  }

  @Test
  void printsNothingButTheExpectedLinesAndExitsOne() throws IOException {
    List<String> expected = new ArrayList<>();
    for (String name : badFiles()) {
      expected.addAll(expectedLines(name));
    }

    assertThat(allBad.exitCode()).isEqualTo(ExitCodes.INVALID_TREE);
    assertThat(allBad.errLines()).isEqualTo(expected);
    assertThat(allBad.out()).isEmpty();
  }

  @Test
  void validTreeIsOkOnStdout() {
    ThicketProcess.Result valid = ThicketProcess.run("validate", "../trees/keras.yaml");

    assertThat(valid.exitCode()).isZero();
    assertThat(valid.out().strip()).isEqualTo("../trees/keras.yaml: ok");
    assertThat(valid.err()).isEmpty();
  }

  @Test
  void oneBadFileAmongValidOnesFailsTheRun() {
    ThicketProcess.Result mixed = ThicketProcess.run("validate", "../trees/keras.yaml",
        "no-such-tree.yaml");

    assertThat(mixed.exitCode()).isEqualTo(ExitCodes.INVALID_TREE);
    assertThat(mixed.out().strip()).isEqualTo("../trees/keras.yaml: ok");
    assertThat(mixed.errLines()).singleElement().asString()
        .startsWith("no-such-tree.yaml:1:1: cannot read");
  }

  @Test
  void theFileSizeLimitIsASettingOfTheEnvironment(@TempDir Path directory) throws IOException {
    Path padded = directory.resolve("padded.yaml");
    StringBuilder text = new StringBuilder(Files.readString(ThicketProcess.KERAS))
        .append("x-padding: |-\n");
    while (text.length() < 1_500_000) {
      text.append("  ").append("p".repeat(998)).append('\n');
    }
    Files.writeString(padded, text);

    ThicketProcess.Result byDefault = ThicketProcess.runIn(directory, "validate", "padded.yaml");
    ThicketProcess.Result lower = ThicketProcess.runWith(directory,
        Map.of("THICKET_MAX_FILE_MB", "1"), "validate", "padded.yaml");
    ThicketProcess.Result raised = ThicketProcess.runWith(directory,
        Map.of("THICKET_MAX_FILE_MB", "2"), "validate", "padded.yaml");

    assertThat(byDefault.out().strip()).isEqualTo("padded.yaml: ok");
    assertThat(lower.exitCode()).isEqualTo(ExitCodes.INVALID_TREE);
    assertThat(lower.errLines()).containsExactly("padded.yaml:1:1: the file is larger than 1 MB"
        + " (1048576 bytes), the limit for tree files; to read a larger file you trust, set"
        + " THICKET_MAX_FILE_MB (now 1) to its size in MB (at most 128)");
    assertThat(raised.exitCode()).isZero();
    assertThat(raised.out().strip()).isEqualTo("padded.yaml: ok");
  }

  private static List<String> expectedLines(String name) throws IOException {
    String expected = Files.readString(BAD.resolve(name.replace(".yaml", ".expected")),
        StandardCharsets.UTF_8);
    return expected.lines().toList();
  }
}
