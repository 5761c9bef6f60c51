package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a stranger could hand over, read by {@code thicket validate} as a process (issue 14). */
class HostileInputTest {
  @TempDir Path directory;

  /** The JDK's XML parser printed "[Fatal Error] :-1:-1: ..." on stderr before our line. */
  @Test
  void malformedUtf8InXmlGivesOnlyTheLocatedLine() throws Exception {
    Path file = directory.resolve("bad.xml");
    Files.write(file, ("<?xml version=\"1.0\"?>\n<adtree><node refinement=\"disjunctive\">"
        + "<label>x\u00e9</label></node></adtree>\n").getBytes(java.nio.charset.StandardCharsets
        .ISO_8859_1));

    ThicketProcess.Result validate = ThicketProcess.runIn(directory, "validate", "bad.xml");

    assertThat(validate.exitCode()).isEqualTo(ExitCodes.INVALID_TREE);
    assertThat(validate.errLines())
        // <adtree> (8) + <node refinement="disjunctive"> (31) + <label> (7) + x: é is character 48
        .containsExactly("bad.xml:2:48: the file is not valid UTF-8 here; save it as UTF-8");
  }

  /**
   * A file that declares another encoding and breaks it got the parser's "[Fatal Error]" line on
   * stderr, and a location at the declaration's end; a file that keeps its declared encoding is
   * read.
   */
  @Test
  void bytesOutsideTheDeclaredEncodingGiveOnlyTheLocatedLine() throws Exception {
    String tree = "<?xml version=\"1.0\" encoding=\"%s\"?>\n<opsa-mef>\n"
        + "<define-fault-tree name=\"t\"><define-gate name=\"g\"><label>caf\u00e9</label>"
        + "<or><basic-event name=\"a\"/><basic-event name=\"b\"/></or></define-gate>"
        + "</define-fault-tree>\n</opsa-mef>\n";
    Files.write(directory.resolve("ascii.xml"), String.format(tree, "US-ASCII")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Files.write(directory.resolve("latin1.xml"), String.format(tree, "ISO-8859-1")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    ThicketProcess.Result ascii = ThicketProcess.runIn(directory, "validate", "ascii.xml");
    ThicketProcess.Result latin1 = ThicketProcess.runIn(directory, "validate", "latin1.xml");

    assertThat(ascii.exitCode()).isEqualTo(ExitCodes.INVALID_TREE);
    // <define-fault-tree name="t"> (28) <define-gate name="g"> (22) <label> (7) caf (3): 61
    assertThat(ascii.errLines()).containsExactly("ascii.xml:3:61: the file is not valid "
        + "US-ASCII here, the encoding it declares; save it as UTF-8");
    assertThat(latin1.exitCode()).isZero();
    assertThat(latin1.errLines()).isEmpty();
  }

  /** A named pipe as FILE once blocked for ever (nothing ever writes to it). */
  @Test
  void aPipeIsRefusedInsteadOfReadForEver() throws Exception {
    Path pipe = directory.resolve("tree.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    ThicketProcess.Result validate = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> ThicketProcess.runIn(directory, "validate", "tree.yaml"));

    assertThat(validate.exitCode()).isEqualTo(ExitCodes.INVALID_TREE);
    assertThat(validate.errLines()).containsExactly("tree.yaml:1:1: cannot read it: it is not a "
        + "regular file (a directory, a device or a pipe)");
  }

  /** A 50-of-100 gate has 1.0e29 scenarios: --top all once ran until killed. */
  @Test
  void listingAstronomicallyManyScenariosStopsAtOnceWithTheirCount() throws Exception {
    StringBuilder yaml = new StringBuilder("format: attacktree/v1\ntitle: Many\nroot: g\n"
        + "nodes:\n  g: {title: G, gate: atleast, k: 50, children: [");
    for (int i = 0; i < 100; i++) {
      yaml.append(i == 0 ? "" : ", ").append('l').append(i);
    }
    yaml.append("]}\n");
    for (int i = 0; i < 100; i++) {
      yaml.append("  l").append(i).append(": {title: L, likelihood: 0.5}\n");
    }
    Files.writeString(directory.resolve("many.yaml"), yaml);

    ThicketProcess.Result analyze = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> ThicketProcess.runIn(directory, "analyze", "many.yaml", "--top", "all"));

    assertThat(analyze.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(analyze.errLines()).containsExactly("thicket: 1.009e+29 scenarios are too many "
        + "to list (at most 1,000,000); list the top ones with --top K, or only small ones with "
        + "--limit-order N");
  }

  /** Escape sequences once reached the terminal raw; a newline in a child's name split a line. */
  @Test
  void textFromTheFileCannotActOnTheTerminalOrFakeAProblemLine() throws Exception {
    Files.writeString(directory.resolve("evil.yaml"), """
        format: attacktree/v1
        title: "\\e]0;pwned\\a\\e[2JTitle"
        root: g
        nodes:
          g: {title: "G\\u202Eevil", gate: or, children: ["x\\nevil.yaml:1:1: all good"]}
          "\\e[31mred": {title: R}
        """);

    ThicketProcess.Result validate = ThicketProcess.runIn(directory, "validate", "evil.yaml");

    assertThat(validate.exitCode()).isEqualTo(ExitCodes.INVALID_TREE);
    assertThat(validate.err()).doesNotContain("\u001B").doesNotContain("\u0007");
    assertThat(validate.errLines()).allMatch(line -> line.startsWith("evil.yaml:"))
        .anyMatch(line -> line.contains("x\\u000Aevil.yaml:1:1: all good"))
        .anyMatch(line -> line.contains("\\u001B[31mred"));
  }

  @Test
  void titlesCannotActOnTheTerminal() throws Exception {
    Files.writeString(directory.resolve("title.yaml"), """
        format: attacktree/v1
        title: "\\e]0;pwned\\a\\e[2JTitle"
        root: g
        nodes:
          g: {title: "Goal \\u202Ereversed", likelihood: 0.5}
        """);

    ThicketProcess.Result analyze = ThicketProcess.runIn(directory, "analyze", "title.yaml");

    assertThat(analyze.exitCode()).isZero();
    assertThat(analyze.out()).doesNotContain("\u001B").doesNotContain("\u202E")
        .contains("\\u001B]0;pwned\\u0007\\u001B[2JTitle").contains("Goal \\u202Ereversed");
  }

  @Test
  void aDirectoryIsRefusedWithTheSameMessage() throws Exception {
    Files.createDirectory(directory.resolve("trees"));

    ThicketProcess.Result validate = ThicketProcess.runIn(directory, "validate", "trees");

    assertThat(validate.errLines()).containsExactly("trees:1:1: cannot read it: it is not a "
        + "regular file (a directory, a device or a pipe)");
  }
}
