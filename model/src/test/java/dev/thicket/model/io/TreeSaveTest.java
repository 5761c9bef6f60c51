package dev.thicket.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeSaveTest {
  @TempDir Path directory;

  private static AttackTree tree(String title) {
    return new AttackTree(title, null, "r", List.of(Node.leaf("r", "Root", null)), List.of(),
        null, dev.thicket.model.tree.AnalysisSettings.NONE, Map.of());
  }

  private List<Path> filesInDirectory() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    }
  }

  @Test
  void saveReplacesExistingFile() throws Exception {
    Path file = directory.resolve("tree.yaml");
    Files.writeString(file, "old content");

    TreeWriter.save(tree("New"), file);

    assertThat(Files.readString(file)).isEqualTo(TreeWriter.toYaml(tree("New")));
    assertThat(filesInDirectory()).containsExactly(file);
  }

  @Test
  void saveCreatesMissingFile() throws Exception {
    Path file = directory.resolve("tree.yaml");

    TreeWriter.save(tree("New"), file);

    assertThat(TreeReader.read(file).title()).isEqualTo("New");
  }

  @Test
  void failedMoveLeavesOldFileAndNoTemporaryFile() throws Exception {
    Path file = directory.resolve("tree.yaml");
    byte[] old = "old content \u00e9\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Files.write(file, old);

    assertThatThrownBy(() -> TreeWriter.save(tree("New"), file, (from, to) -> {
      assertThat(from.getParent()).isEqualTo(file.toAbsolutePath().getParent());
      assertThat(Files.readString(from)).isEqualTo(TreeWriter.toYaml(tree("New")));
      throw new IOException("disk full");
    })).isInstanceOf(OutputFileException.class)
        .hasMessage("cannot write " + file + ": disk full");

    assertThat(Files.readAllBytes(file)).isEqualTo(old);
    assertThat(filesInDirectory()).containsExactly(file);
  }

  @Test
  void unwritableTreeLeavesOldFileUntouched() throws Exception {
    Path file = directory.resolve("tree.yaml");
    Files.writeString(file, "old");
    AttackTree bad = new AttackTree("T", null, "r", List.of(Node.leaf("r", "Root", null)),
        List.of(), null, dev.thicket.model.tree.AnalysisSettings.NONE,
        Map.of("x-bad", Double.NaN));

    assertThatThrownBy(() -> TreeWriter.save(bad, file))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(filesInDirectory()).containsExactly(file);
  }

  @Test
  void saveIntoMissingDirectoryFailsWithoutLeavingFiles() {
    Path file = directory.resolve("missing").resolve("tree.yaml");

    assertThatThrownBy(() -> TreeWriter.save(tree("New"), file))
        .isInstanceOf(OutputFileException.class)
        .hasMessage("cannot write " + file + ": its folder does not exist");

    assertThat(Files.exists(file.getParent())).isFalse();
  }

  /** A copy of /dev/null as OUT was once replaced by a regular file (as root: the real one). */
  @Test
  void aPipeOrDeviceIsNotReplaced() throws Exception {
    Path pipe = directory.resolve("tree.yaml");
    assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();

    assertThatThrownBy(() -> TreeWriter.save(tree("New"), pipe))
        .isInstanceOf(OutputFileException.class).hasMessage("cannot write " + pipe
            + ": it exists and is not a regular file (a device or a pipe); it is left as it is");

    assertThat(Files.isRegularFile(pipe)).isFalse();
    assertThat(Files.exists(pipe)).isTrue();
  }

  @Test
  void aFolderAsTargetSaysSo() {
    assertThatThrownBy(() -> TreeWriter.save(tree("New"), directory))
        .isInstanceOf(OutputFileException.class)
        .hasMessage("cannot write " + directory + ": it is a folder");
  }

  /** Written files were 0600 whatever the umask (a private temporary file renamed). */
  @Test
  void aNewFileGetsThePermissionsTheUmaskGives() throws Exception {
    Path reference = Files.createFile(directory.resolve("reference"));
    Path file = directory.resolve("tree.yaml");

    TreeWriter.save(tree("New"), file);

    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(Files.getPosixFilePermissions(reference));
  }

  /** A kill -9 during a write once left its temporary file behind for good. */
  @Test
  void temporaryFilesOfDeadProcessesAreRemovedByTheNextWrite() throws Exception {
    Path file = directory.resolve("tree.yaml");
    Path dead = Files.writeString(directory.resolve(".tree.yaml.thicket-" + deadPid() + "-1.tmp"),
        "half a file");
    Path live = Files.writeString(directory.resolve(".tree.yaml.thicket-"
        + ProcessHandle.current().pid() + "-999.tmp"), "being written");

    TreeWriter.save(tree("New"), file);

    assertThat(Files.exists(dead)).isFalse();
    assertThat(Files.exists(live)).isTrue();
  }

  /** The number of a process that no longer runs: a child that has ended. */
  private static long deadPid() throws Exception {
    Process child = new ProcessBuilder("true").start();
    child.waitFor();
    return child.pid();
  }
}
