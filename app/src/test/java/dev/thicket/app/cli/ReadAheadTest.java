package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeFileProblem;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tree a command line names, read while picocli builds the command (decision 46). */
class ReadAheadTest {
  @TempDir Path folder;

  @AfterEach
  void forget() {
    ReadAhead.stop();
  }

  private Path file(String name) throws Exception {
    return Files.writeString(folder.resolve(name), "text");
  }

  @Test
  void filesAreTheArgumentsAfterACommandThatReadsOneTreeUpToTheFirstOtherOne()
      throws Exception {
    String a = file("a.xml").toString();
    String b = file("b.xml").toString();
    String missing = folder.resolve("missing.yaml").toString();

    assertThat(ReadAhead.files("analyze", a, b, "--json", a)).containsExactly(Path.of(a),
        Path.of(b));
    assertThat(ReadAhead.files("--debug", "report", a, "-o", b)).containsExactly(Path.of(a));
    assertThat(ReadAhead.files("screenshot", a, b)).containsExactly(Path.of(a));
    assertThat(ReadAhead.files("analyze", a, missing, b)).containsExactly(Path.of(a));
    assertThat(ReadAhead.files("analyze", folder.toString())).isEmpty();
    assertThat(ReadAhead.files("analyze", "--json", a)).isEmpty();
    assertThat(ReadAhead.files("validate", a, b)).as("each file is a tree of its own")
        .containsExactly(Path.of(a));
    assertThat(ReadAhead.files("merge", a, b, a, "-o", b)).isEmpty();
    assertThat(ReadAhead.files(a)).as("the editor").isEmpty();
  }

  @Test
  void theTreeIsTakenOnceByTheThreadThatStartedIt() throws Exception {
    List<Path> files = List.of(file("keras.yaml"));
    AttackTree tree = TreeReader.read(ThicketProcess.KERAS);
    AtomicInteger reads = countedRead(files, tree);

    assertThat(CompletableFuture.supplyAsync(() -> take(files)).get())
        .as("another thread's command").isNull();
    assertThat(ReadAhead.take(List.of(files.get(0), files.get(0)))).as("other files").isNull();
    assertThat(ReadAhead.take(files)).isSameAs(tree);
    assertThat(ReadAhead.take(files)).as("taken already").isNull();
    assertThat(reads).hasValue(1);
  }

  /** The start reads first ({@link Cli#startReading}); the command's own start keeps that read. */
  @Test
  void aReadStartedEarlierForTheSameFilesIsKept() throws Exception {
    List<Path> files = List.of(file("keras.yaml"));
    AttackTree tree = TreeReader.read(ThicketProcess.KERAS);
    AtomicInteger reads = countedRead(files, tree);

    ReadAhead.start("analyze", files.get(0).toString(), "--json");
    assertThat(ReadAhead.take(files)).isSameAs(tree);
    assertThat(reads).hasValue(1);

    ReadAhead.start(files, () -> tree);
    ReadAhead.start("validate", file("other.yaml").toString());
    assertThat(ReadAhead.take(files)).as("replaced by the read of other files").isNull();
  }

  @Test
  void problemsFoundAheadAreTheCommandsAndAnErrorMeansReadingAgain() throws Exception {
    List<Path> files = List.of(file("bad.yaml"));
    TreeFileException problems = new TreeFileException(List.of(
        new TreeFileProblem("bad.yaml", 3, 5, "unknown key 'titel'")));
    ReadAhead.start(files, () -> {
      throw problems;
    });
    assertThatThrownBy(() -> ReadAhead.take(files)).isSameAs(problems);

    ReadAhead.start(files, () -> {
      throw new StackOverflowError();
    });
    assertThat(ReadAhead.take(files)).isNull();
  }

  @Test
  void loadTakesTheReadAndPrintsTheSameProblemsAsItsOwnRead() throws Exception {
    Path bad = Files.writeString(folder.resolve("bad.yaml"), "title: T\nroot: a\nnodes:\n"
        + "  a: {titel: A, likelihood: 2}\n");
    StringWriter own = new StringWriter();
    assertThat(TreeFiles.load(bad, new PrintWriter(own))).isEmpty();
    StringWriter ahead = new StringWriter();

    ReadAhead.start("analyze", bad.toString());
    assertThat(TreeFiles.load(bad, new PrintWriter(ahead))).isEmpty();

    assertThat(ReadAhead.take(List.of(bad))).as("taken by load").isNull();
    assertThat(ahead.toString()).isNotEmpty().isEqualTo(own.toString());
  }

  /** Starts a read of {@code files} that gives {@code tree}; the count of its reads. */
  private static AtomicInteger countedRead(List<Path> files, AttackTree tree) {
    AtomicInteger reads = new AtomicInteger();
    ReadAhead.start(files, () -> {
      reads.incrementAndGet();
      return tree;
    });
    return reads;
  }

  private static AttackTree take(List<Path> files) {
    try {
      return ReadAhead.take(files);
    } catch (TreeFileException problems) {
      throw new AssertionError(problems);
    }
  }
}
