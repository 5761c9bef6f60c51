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
    })).isInstanceOf(IOException.class).hasMessage("disk full");

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

    assertThatThrownBy(() -> TreeWriter.save(tree("New"), file)).isInstanceOf(IOException.class);

    assertThat(Files.exists(file.getParent())).isFalse();
  }
}
