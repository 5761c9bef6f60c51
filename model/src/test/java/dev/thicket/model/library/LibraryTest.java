package dev.thicket.model.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The files of trees/library and the library the jar ships. */
class LibraryTest {
  /** The module's folder is where Maven runs the tests. */
  private static final Path FOLDER = Path.of("").toAbsolutePath().getParent()
      .resolve("trees/library");

  private static List<Path> files() throws Exception {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void everyLibraryFileIsValidAndCanonical() throws Exception {
    assertThat(files()).hasSizeGreaterThanOrEqualTo(8);
    for (Path file : files()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(TreeWriter.toYaml(TreeReader.read(file))).as(file.toString()).isEqualTo(text);
    }
  }

  @Test
  void shippedLibraryHoldsEveryFileOfTheFolder() throws Exception {
    List<String> ids = files().stream()
        .map(file -> file.getFileName().toString().replaceFirst("\\.yaml$", "")).toList();

    assertThat(Library.shipped().patterns()).extracting(AttackPattern::id)
        .containsExactlyElementsOf(ids);
    for (AttackPattern pattern : Library.shipped().patterns()) {
      assertThat(pattern.tree().nodes())
          .isEqualTo(TreeReader.read(FOLDER.resolve(pattern.id() + ".yaml")).nodes());
    }
  }

  @Test
  void everyPatternIsRootedAtItsIdAndNamesMitreIds() {
    for (AttackPattern pattern : Library.shipped().patterns()) {
      assertThat(pattern.tree().root()).isEqualTo(pattern.id());
      // CAPEC, ATT&CK, or ATLAS (the ATT&CK of machine learning) for the LLM pattern
      assertThat(pattern.references()).as(pattern.id()).anyMatch(reference ->
          reference.matches("CAPEC-\\d+|(T|AML\\.T)\\d{4}(\\.\\d{3})?"));
    }
  }

  @Test
  void everyStepHasALikelihoodWithItsSourceAndEveryMitigationIsProposed() {
    for (AttackPattern pattern : Library.shipped().patterns()) {
      for (Node step : pattern.tree().nodes().values().stream().filter(Node::isLeaf).toList()) {
        assertThat(step.likelihood()).as(step.id()).isNotNull();
        assertThat(step.rationale()).as(step.id()).isNotBlank();
      }
      assertThat(pattern.tree().mitigations().values()).as(pattern.id()).isNotEmpty()
          .allMatch(mitigation -> mitigation.status() == MitigationStatus.PROPOSED);
    }
  }

  /** Pasting keeps a target's mitigation of the same id, so an id must mean one thing. */
  @Test
  void aMitigationIdUsedByTwoPatternsMeansTheSameMitigation() {
    Map<String, Mitigation> seen = new HashMap<>();
    for (AttackPattern pattern : Library.shipped().patterns()) {
      for (Mitigation mitigation : pattern.tree().mitigations().values()) {
        assertThat(seen.putIfAbsent(mitigation.id(), mitigation)).as(mitigation.id())
            .isIn(null, mitigation);
      }
    }
  }

  @Test
  void findsAPatternByIdAndNothingForAnUnknownOne() {
    assertThat(Library.shipped().find("web-injection")).get()
        .extracting(AttackPattern::title).isEqualTo("Inject code or queries through web input");
    assertThat(Library.shipped().find("no-such-pattern")).isEmpty();
  }
}
