package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.library.AttackPattern;
import dev.thicket.model.library.Library;
import dev.thicket.model.library.NewTree;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code thicket library} and {@code thicket new}, run as a user runs them. */
class LibraryCommandTest {
  @TempDir Path folder;

  private static AttackPattern pattern(String id) {
    return Library.shipped().find(id).orElseThrow();
  }

  @Test
  void libraryListsEveryPatternWithItsStepsAndMitreIds() {
    ThicketProcess.Result run = ThicketProcess.run("library");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    for (AttackPattern pattern : Library.shipped().patterns()) {
      assertThat(run.out()).contains(pattern.id() + " (" + pattern.steps() + " steps): "
          + pattern.title() + "\n  " + LibraryCommand.references(pattern.references()));
    }
  }

  @Test
  void referencesSummaryNamesMitreIdsAndCountsTheRest() {
    assertThat(LibraryCommand.references(List.of("CAPEC-586", "CVE-2015-7501", "T1190",
        "AML.T0051.001", "CWE-502")))
        .isEqualTo("CAPEC-586, T1190, AML.T0051.001; 2 other references");
  }

  @Test
  void newFromLibraryPutsEachPatternUnderTheGoal() throws Exception {
    Path file = folder.resolve("workshop.yaml");

    ThicketProcess.Result run = ThicketProcess.run("new", "--from-library",
        "web-injection,leaked-repository-secrets", "-o", file.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    AttackTree written = TreeReader.read(file);
    assertThat(written.rootNode().children())
        .containsExactly("web-injection", "leaked-repository-secrets");
    assertThat(TreeWriter.toYaml(written)).isEqualTo(TreeWriter.toYaml(NewTree.of(
        NewTree.DEFAULT_TITLE, List.of(pattern("web-injection"),
            pattern("leaked-repository-secrets")))));
  }

  @Test
  void newWithoutPatternsWritesAGoalAlone() throws Exception {
    Path file = folder.resolve("blank.yaml");

    ThicketProcess.Result run =
        ThicketProcess.run("new", "-o", file.toString(), "--title", "Steal the model");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    AttackTree written = TreeReader.read(file);
    assertThat(written.title()).isEqualTo("Steal the model");
    assertThat(written.nodes().values())
        .containsExactly(Node.leaf(NewTree.GOAL, "Steal the model", null));
  }

  @Test
  void unknownPatternIsAUsageErrorListingTheKnownIds() {
    Path file = folder.resolve("never.yaml");

    ThicketProcess.Result run = ThicketProcess.run("new", "--from-library",
        "web-injection,phishing", "-o", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("Invalid value for option '--from-library' (ID): unknown "
        + "library pattern 'phishing'; known: " + Library.shipped().ids());
    assertThat(file).doesNotExist();
  }

  @Test
  void anExistingFileIsKeptWithoutForce() throws Exception {
    Path file = folder.resolve("mine.yaml");
    Files.writeString(file, "my work");

    ThicketProcess.Result kept = ThicketProcess.run("new", "-o", file.toString());
    assertThat(kept.exitCode()).isEqualTo(ExitCodes.CANNOT_WRITE);
    assertThat(kept.err()).contains("it exists (--force replaces it)");
    assertThat(file).hasContent("my work");

    ThicketProcess.Result replaced = ThicketProcess.run("new", "-o", file.toString(), "--force");
    assertThat(replaced.exitCode()).as(replaced.err()).isEqualTo(ExitCodes.OK);
    assertThat(TreeReader.read(file).root()).isEqualTo(NewTree.GOAL);
  }
}
