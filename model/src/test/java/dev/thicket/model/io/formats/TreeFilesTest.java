package dev.thicket.model.io.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading by content: YAML, MEF (one or several files) and ADTool. */
class TreeFilesTest {
  private static final String STRUCTURE = """
      <?xml version="1.0"?>
      <opsa-mef>
        <define-fault-tree name="t">
          <define-gate name="top"><and><event name="a"/><event name="b"/></and></define-gate>
        </define-fault-tree>
      </opsa-mef>
      """;
  private static final String DATA = """
      <?xml version="1.0"?>
      <opsa-mef><model-data>
        <define-basic-event name="a"><float value="0.5"/></define-basic-event>
        <define-basic-event name="b"><float value="0.25"/></define-basic-event>
      </model-data></opsa-mef>
      """;

  @TempDir Path directory;

  private Path file(String name, String content) throws Exception {
    return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void detectsTheFormatByTheRootElement() {
    assertThat(TreeFormat.detect("\uFEFF <!-- x --><adtree/>".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(TreeFormat.ADTOOL);
    assertThat(TreeFormat.detect(STRUCTURE.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(TreeFormat.MEF);
    assertThat(TreeFormat.detect("format: attacktree/v1\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(TreeFormat.YAML);
  }

  @Test
  void readsAModelSplitOverTwoMefFiles() throws Exception {
    AttackTree tree = TreeFiles.read(
        List.of(file("structure.xml", STRUCTURE), file("data.xml", DATA)));

    assertThat(tree.root()).isEqualTo("top");
    assertThat(tree.node("b").likelihood().value()).isEqualTo(0.25);
  }

  @Test
  void readsSeveralFilesOnlyWhenAllAreMef() throws Exception {
    Path yaml = file("tree.yaml", "format: attacktree/v1\n");

    TreeFileException thrown = catchThrowableOfType(TreeFileException.class,
        () -> TreeFiles.read(List.of(file("structure.xml", STRUCTURE), yaml)));

    assertThat(thrown.getMessage()).isEqualTo(yaml + ":1:1: this is a YAML file: only Open-PSA "
        + "MEF files can be read together as one model");
  }

  @Test
  void reportsAMissingFileAtItsStart() {
    Path missing = directory.resolve("missing.xml");

    TreeFileException thrown = catchThrowableOfType(TreeFileException.class,
        () -> TreeFiles.read(List.of(missing)));

    assertThat(thrown.getMessage())
        .isEqualTo(missing + ":1:1: cannot read the file: it does not exist");
  }
}
