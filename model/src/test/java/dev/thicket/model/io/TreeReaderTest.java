package dev.thicket.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeReaderTest {
  private static final String MINIMAL = """
      format: attacktree/v1
      title: T
      root: r
      nodes:
        r:
          title: Root
          gate: or
          children: [a, b]
        a:
          title: A
          likelihood: 1
        b:
          title: B
          likelihood: 0.25
      """;

  @TempDir Path directory;

  private static TreeFileException problemsOf(String name, byte[] content) {
    return catchThrowableOfType(TreeFileException.class, () -> TreeReader.read(name, content));
  }

  @Test
  void acceptsIntegersAndDecimalsWhereNumbersGo() throws Exception {
    AttackTree tree = TreeReader.read("t.yaml", MINIMAL.getBytes(StandardCharsets.UTF_8));

    assertThat(tree.node("a").likelihood()).isEqualTo(Estimate.of(1));
    assertThat(tree.node("b").likelihood()).isEqualTo(Estimate.of(0.25));
  }

  @Test
  void skipsUtf8ByteOrderMark() throws Exception {
    byte[] text = MINIMAL.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);

    assertThat(TreeReader.read("t.yaml", withBom).title()).isEqualTo("T");
  }

  @Test
  void reportsLineAndColumnOfFirstByteThatIsNotUtf8() {
    byte[] content = MINIMAL.replace("title: B", "title: B\u00e9").getBytes(StandardCharsets.UTF_8);
    int bad = new String(content, StandardCharsets.ISO_8859_1).indexOf("B\u00c3") + 1;
    content[bad] = (byte) 0xFF;

    assertThat(problemsOf("t.yaml", content).getMessage()).isEqualTo(
        "t.yaml:13:13: the file is not valid UTF-8 (byte 0xFF at byte offset " + bad
            + "); save it as UTF-8");
  }

  @Test
  void refusesFileOver16MegabytesBeforeReadingIt() throws Exception {
    Path huge = directory.resolve("huge.yaml");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(FileSizeLimit.yamlBytes() + 1L);
    }
    Instant start = Instant.now();

    TreeFileException thrown =
        catchThrowableOfType(TreeFileException.class, () -> TreeReader.read(huge));

    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(1));
    assertThat(thrown.getMessage()).isEqualTo(huge + ":1:1: the file is larger than 16 MB"
        + " (16777216 bytes), the limit for tree files; to read a larger file you trust, set"
        + " THICKET_MAX_FILE_MB to its size in MB (at most 128)");
  }

  @Test
  void refusesContentOver16MegabytesWithoutParsingIt() {
    byte[] content = new byte[FileSizeLimit.yamlBytes() + 1];
    Instant start = Instant.now();

    TreeFileException thrown = problemsOf("big.yaml", content);

    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(1));
    assertThat(thrown.problems()).singleElement().extracting(TreeFileProblem::message)
        .asString().startsWith("the file is larger than 16 MB");
  }

  @Test
  void readsFileOfExactly16MegabytesWithinSeconds() throws Exception {
    StringBuilder text = new StringBuilder(MINIMAL).append("x-padding: |-\n");
    String line = "  " + "a".repeat(1021) + "\n";
    while (FileSizeLimit.yamlBytes() - text.length() >= line.length() + 4) {
      text.append(line);
    }
    int last = FileSizeLimit.yamlBytes() - text.length() - 3;
    text.append("  ").append("b".repeat(last)).append('\n');
    byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
    Instant start = Instant.now();

    AttackTree tree = TreeReader.read("t.yaml", content);

    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));
    assertThat(content.length).isEqualTo(FileSizeLimit.yamlBytes());
    assertThat((String) tree.extensions().get("x-padding")).startsWith("aaa").endsWith("bbb");
  }

  @Test
  void refusesOverlongLineBeforeParsing() {
    String text = MINIMAL + "x-long: " + "a".repeat(TreeReader.MAX_LINE_LENGTH) + "\n";
    Instant start = Instant.now();

    TreeFileException thrown =
        problemsOf("t.yaml", text.getBytes(StandardCharsets.UTF_8));

    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(2));
    assertThat(thrown.getMessage()).isEqualTo(
        "t.yaml:15:1: line longer than 262144 characters; tree files limit lines to that length");
  }

  @Test
  void refusesOverlongLastLineWithoutLineFeed() {
    String text = MINIMAL + "x-long: " + "a".repeat(TreeReader.MAX_LINE_LENGTH);

    TreeFileException thrown =
        problemsOf("t.yaml", text.getBytes(StandardCharsets.UTF_8));

    assertThat(thrown.getMessage()).isEqualTo(
        "t.yaml:15:1: line longer than 262144 characters; tree files limit lines to that length");
  }

  @Test
  void acceptsLineOfExactlyTheLimit() throws Exception {
    String value = "a".repeat(TreeReader.MAX_LINE_LENGTH - "x-long: ".length());
    String text = MINIMAL + "x-long: " + value + "\n";

    AttackTree tree = TreeReader.read("t.yaml", text.getBytes(StandardCharsets.UTF_8));

    assertThat(tree.extensions().get("x-long")).isEqualTo(value);
  }

  @Test
  void namesMissingFileInItsProblem() {
    Path missing = directory.resolve("missing.yaml");

    TreeFileException thrown =
        catchThrowableOfType(TreeFileException.class, () -> TreeReader.read(missing));

    assertThat(thrown.getMessage())
        .isEqualTo(missing + ":1:1: cannot read the file: it does not exist");
  }

  @Test
  void readsFromPath() throws Exception {
    Path file = directory.resolve("t.yaml");
    Files.writeString(file, MINIMAL);

    assertThat(TreeReader.read(file).nodes()).containsOnlyKeys("r", "a", "b");
  }

  @Test
  void stopsAfterAHundredProblems() {
    StringBuilder text = new StringBuilder(MINIMAL);
    for (int i = 0; i < 150; i++) {
      text.append("unknown").append(i).append(": 1\n");
    }

    TreeFileException thrown =
        problemsOf("t.yaml", text.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(thrown.problems()).hasSize(101);
    assertThat(thrown.problems().get(100).message())
        .isEqualTo("too many problems; stopped reading after 100");
  }

  @Test
  void keepsDocumentStartMarkerOfSingleDocument() throws Exception {
    String text = "---\n" + MINIMAL + "...\n";

    assertThat(TreeReader.read("t.yaml", text.getBytes(StandardCharsets.UTF_8)).root())
        .isEqualTo("r");
  }
}
