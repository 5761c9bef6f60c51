package dev.thicket.app.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.cli.ThicketProcess;
import dev.thicket.app.editor.viewmodel.Autosave;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 while a file of tens of megabytes is being written over an older one (issue 14): the
 * file is afterwards the old one or the new one, byte for byte, never a part; the next write
 * removes what the killed process left. Each round waits until the write's temporary file
 * exists, then kills the process after a random 0–200 ms.
 */
class CrashSafetyTest {
  private static final int ROUNDS = 4;
  private static final byte[] OLD = "an older file, which must survive\n".getBytes(
      StandardCharsets.UTF_8);

  @TempDir Path directory;
  private final Random random = new Random(20261129);

  @Test
  void convertKilledWhileWritingLeavesTheOldFileOrTheNew() throws Exception {
    TreeWriter.save(TreeGenerator.generate(200_000, 0.1, 1), directory.resolve("big.yaml"));
    String[] convert = {"convert", "big.yaml", "--to", "mef", "-o", "out.xml"};

    assertSurvivesKills("dev.thicket.app.Main", convert, directory.resolve("out.xml"));
  }

  @Test
  void reportKilledWhileWritingLeavesTheOldFileOrTheNew() throws Exception {
    TreeWriter.save(LongTitles.tree(10), directory.resolve("long.yaml"));
    String[] report = {"report", "long.yaml", "--format", "svg", "-o", "out.svg"};

    assertSurvivesKills("dev.thicket.app.Main", report, directory.resolve("out.svg"));
  }

  @Test
  void theEditorsSaveKilledWhileWritingLeavesTheOldFileOrTheNew() throws Exception {
    Path file = directory.resolve("tree.yaml");
    byte[] saved = TreeWriter.toYaml(LongTitles.tree(LongTitles.LEAVES))
        .getBytes(StandardCharsets.UTF_8);
    int midWrite = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Files.write(file, OLD);
      Process loop = ThicketProcess.start(directory, SaveLoop.class.getName(), "save",
          file.toString());
      midWrite += killWhileWriting(loop, file) ? 1 : 0;
      assertOldOrNew(Files.readAllBytes(file), saved);
    }
    assertThat(midWrite).as("rounds killed with the write under way").isPositive();
  }

  /** The autosave copy is whole after a kill, and recovery reads it. */
  @Test
  void autosaveKilledWhileWritingLeavesACopyThatRecoveryReads() throws Exception {
    Path file = directory.resolve("tree.yaml");
    Path copy = Autosave.copyOf(file);
    int midWrite = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Files.write(file, OLD);
      Files.write(copy, OLD);
      Files.setLastModifiedTime(file, Files.getLastModifiedTime(copy));
      Process loop = ThicketProcess.start(directory, SaveLoop.class.getName(), "autosave",
          file.toString(), "10");
      midWrite += killWhileWriting(loop, copy) ? 1 : 0;
      byte[] left = Files.readAllBytes(copy);
      if (!Arrays.equals(left, OLD)) {
        AttackTree recovered = TreeReader.read(copy);
        assertThat(recovered.rootNode().title()).startsWith("Round ");
        assertThat(left).isEqualTo(TreeWriter.toYaml(recovered).getBytes(StandardCharsets.UTF_8));
      }
    }
    assertThat(midWrite).as("rounds killed with the write under way").isPositive();
  }

  /** Runs the command once whole, then kills it while writing, round after round. */
  private void assertSurvivesKills(String mainClass, String[] args, Path target)
      throws Exception {
    ThicketProcess.Result whole = ThicketProcess.runIn(directory, args);
    assertThat(whole.exitCode()).as(whole.err()).isZero();
    byte[] written = Files.readAllBytes(target);
    assertThat(written.length).isGreaterThan(10_000_000);
    int midWrite = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Files.write(target, OLD);
      midWrite += killWhileWriting(ThicketProcess.start(directory, mainClass, args), target)
          ? 1 : 0;
      assertOldOrNew(Files.readAllBytes(target), written);
    }
    assertThat(midWrite).as("rounds killed with the write under way").isPositive();
    assertThat(ThicketProcess.runIn(directory, args).exitCode()).isZero();
    assertThat(Files.readAllBytes(target)).isEqualTo(written);
    assertThat(temporaryFiles(target)).as("left by the killed processes, removed").isEmpty();
  }

  /**
   * Kills {@code process} (SIGKILL) 0–40 ms after a temporary file of {@code target} appears
   * (a quiet machine writes the 10 MB in well under 200 ms); whether the temporary file was
   * still there when it was killed (the write under way).
   */
  private boolean killWhileWriting(Process process, Path target) throws Exception {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (process.isAlive() && System.nanoTime() < deadline) {
      if (!temporaryFiles(target).isEmpty()) {
        Thread.sleep(random.nextInt(40));
        boolean underWay = !temporaryFiles(target).isEmpty();
        process.destroyForcibly().waitFor();
        return underWay;
      }
      Thread.sleep(1);
    }
    process.destroyForcibly().waitFor();
    return false;
  }

  private static void assertOldOrNew(byte[] left, byte[] whole) {
    assertThat(Arrays.equals(left, OLD) || Arrays.equals(left, whole))
        .as("the old file (%d bytes) or the new one (%d bytes), not %d bytes", OLD.length,
            whole.length, left.length).isTrue();
  }

  private static java.util.List<Path> temporaryFiles(Path target) throws IOException {
    String prefix = "." + target.getFileName() + ".thicket-";
    try (Stream<Path> files = Files.list(target.getParent())) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
    }
  }
}
