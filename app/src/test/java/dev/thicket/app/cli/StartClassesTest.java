package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The everyday short commands, run as processes, load none of the classes whose first use costs
 * a cold start 10-70 ms (decision 46): the formatter behind {@code String.format}, the bootstrap
 * of a record's generated {@code equals}/{@code hashCode}/{@code toString}, Jackson's {@code
 * ObjectMapper}, and the JDK's date-time classes that picocli's converters brought in. Read from
 * the JVM's class-loading log, not from timings.
 */
class StartClassesTest {
  private static final List<String> COSTLY = List.of("java.util.Formatter",
      "java.lang.runtime.ObjectMethods", "com.fasterxml.jackson.databind.ObjectMapper",
      "java.time.ZoneId");

  @TempDir
  Path folder;

  @Test
  void shortCommandsLoadNoneOfTheCostlyClasses() throws Exception {
    String keras = ThicketProcess.KERAS.toString();
    String mef = folder.resolve("keras.xml").toString();
    List<List<String>> commands = List.of(
        List.of("validate", keras),
        List.of("analyze", keras),
        List.of("analyze", keras, "--json"),
        List.of("check", keras, "--max-risk", "10"),
        List.of("convert", keras, "--to", "mef", "-o", mef),
        List.of("analyze", mef));
    int run = 0;
    for (List<String> command : commands) {
      Path log = folder.resolve("classes-" + run++ + ".txt");
      ThicketProcess.Result result = ThicketProcess.runWith(ThicketProcess.MODULE,
          Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + log + ":none"),
          command.toArray(String[]::new));

      assertThat(result.exitCode()).as("%s: %s", command, result.err()).isZero();
      List<String> loaded = Files.readAllLines(log).stream()
          .map(line -> line.split(" ")[0]).toList();
      assertThat(loaded).as("%s: the log lists the classes loaded", command)
          .contains("dev.thicket.app.Main", "picocli.CommandLine");
      assertThat(loaded).as("%s", command).doesNotContainAnyElementsOf(COSTLY);
    }
  }
}
