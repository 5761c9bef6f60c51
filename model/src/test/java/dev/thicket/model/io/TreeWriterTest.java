package dev.thicket.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.MitigationStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TreeWriterTest {

  private static String fullExample() throws Exception {
    return Files.readString(
        Path.of(TreeWriterTest.class.getResource("/good/full.yaml").toURI()));
  }

  private static AttackTree read(String text) throws TreeFileException {
    return TreeReader.read("t.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesCanonicalFileBackByteIdentical() throws Exception {
    String text = fullExample();

    assertThat(TreeWriter.toYaml(read(text))).isEqualTo(text);
  }

  @Test
  void keepsExtensionsWithTheirTypesAndOrder() throws Exception {
    AttackTree tree = read(fullExample());

    assertThat(tree.node("dependencies").extensions())
        .containsExactly(Map.entry("x-tags", List.of("supply-chain", "null", true, 3L, 2.5)));
    assertThat(tree.extensions().keySet()).containsExactly(
        "x-reviewed-by", "x-empty-list", "x-empty-map", "x-nothing", "x-notes");
    assertThat(tree.extensions().get("x-reviewed-by")).isEqualTo(List.of(
        Map.of("name", "Ada", "date", "2025-01-31"),
        Map.of("name", "Grace", "roles", List.of("author", "reviewer"))));
    assertThat(tree.mitigations().get("safe-mode").extensions())
        .containsExactly(Map.entry("x-ticket", "SEC-42"));
  }

  @Test
  void readsEveryKeyOfTheFullExample() throws Exception {
    AttackTree tree = read(fullExample());

    assertThat(tree.description())
        .isEqualTo("Run code on the model server.\nThreat model for the workshop of 2025.");
    assertThat(tree.node("serving").k()).isEqualTo(2);
    assertThat(tree.node("pickle-exploit").references())
        .containsExactly("CVE-2024-3660", "https://example.org/advisory?id=1, 2");
    assertThat(tree.node("2024").title()).isEqualTo("Line one\nline two with trailing space \n");
    assertThat(tree.node("upload-model").rationale()).isEqualTo("Models come from a public hub");
    assertThat(tree.mitigations().get("safe-mode").cost()).isEqualTo(2.0);
    assertThat(tree.mitigations().get("review").status()).isEqualTo(MitigationStatus.PLANNED);
    assertThat(tree.mitigations().get("review").references())
        .containsExactly("SEC-77", "https://example.org/model-review");
    assertThat(tree.settings().highRiskThreshold()).isEqualTo(0.5);
    assertThat(tree.scalesGiven()).isTrue();
  }

  @Test
  void oneFieldEditChangesOneLine() throws Exception {
    String before = fullExample();
    AttackTree tree = read(before);
    AttackTree edited = tree.withNode(tree.node("auth-bypass").withTitle("Bypass: the login"));

    List<String> oldLines = before.lines().toList();
    List<String> newLines = TreeWriter.toYaml(edited).lines().toList();

    assertThat(newLines).hasSameSizeAs(oldLines);
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < oldLines.size(); i++) {
      if (!oldLines.get(i).equals(newLines.get(i))) {
        changed.add(oldLines.get(i) + " -> " + newLines.get(i));
      }
    }
    assertThat(changed).containsExactly(
        "    title: \"yes\" -> " + "    title: \"Bypass: the login\"");
  }

  @Test
  void leavesOutDefaultScalesAndAbsentThresholds() throws Exception {
    String text = """
        format: attacktree/v1
        title: T
        root: r
        nodes:
          r:
            title: Root
        """;

    assertThat(TreeWriter.toYaml(read(text))).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "No", "null", "~", "true", "1.5", "0x1F", "1e5", "012", ".inf",
      "2024-01-31", "12:30", "a: b", "a #b", "#x", " lead", "trail ", "- item", "[x]", "{x}",
      "*star", "&amp", "!bang", "%pct", "@at", "`tick", "|pipe", ">fold", "'single'", "\"double\"",
      "back\\slash", "tab\there", "cr\rlf", "nel\u0085ls\u2028ps\u2029", "bom\uFEFF",
      "bell\u0007", "del\u007F", "\u00e9t\u00e9 \u65e5\u672c \ud83d\ude00", "two\nlines",
      "ends\n", "ends twice\n\n", "\nstarts", "  indented\nblock", "x\n  y", "", " ", "a,b",
      "<<", "=", "?", "-", "---", "...", "key:", "lone\ud800surrogate"})
  void roundTripsNastyTitle(String title) throws Exception {
    String text = """
        format: attacktree/v1
        title: T
        root: r
        nodes:
          r:
            title: R
            description: D
        """;
    AttackTree tree = read(text);
    AttackTree edited = tree.withNode(tree.node("r").withDescription(title));

    String written = TreeWriter.toYaml(edited);
    AttackTree reread = read(written);

    assertThat(reread.node("r").description()).isEqualTo(title);
    assertThat(TreeWriter.toYaml(reread)).isEqualTo(written);
  }
}
