package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.merge.MergeConflict;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.MitigationStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code thicket merge}, run as a process, on the Keras tree and edited copies of it. */
class MergeCommandTest {
  @TempDir Path folder;

  static AttackTree keras() throws Exception {
    return TreeReader.read(ThicketProcess.KERAS);
  }

  static AttackTree likelihood(AttackTree tree, String id, double value) {
    return tree.withNode(tree.node(id).withLikelihood(Estimate.of(value)));
  }

  static AttackTree implemented(AttackTree tree, String mitigation) {
    return tree.withMitigation(
        tree.mitigations().get(mitigation).withStatus(MitigationStatus.IMPLEMENTED));
  }

  private Path save(String name, AttackTree tree) throws Exception {
    Path file = folder.resolve(name);
    TreeWriter.save(tree, file);
    return file;
  }

  private ThicketProcess.Result merge(Path base, Path ours, Path theirs, Path out) {
    return ThicketProcess.run("merge", base.toString(), ours.toString(), theirs.toString(),
        "-o", out.toString());
  }

  @Test
  void cleanMergeWritesTheCanonicalMergedTreeAndExitsZero() throws Exception {
    AttackTree ours = likelihood(keras(), "dep-vulns", 0.3);
    Path out = folder.resolve("out.yaml");

    ThicketProcess.Result merge = merge(save("base.yaml", keras()), save("ours.yaml", ours),
        save("theirs.yaml", implemented(keras(), "vuln-scanning")), out);

    assertThat(merge.exitCode()).as(merge.err()).isZero();
    assertThat(merge.err()).isEmpty();
    AttackTree merged = TreeReader.read(out);
    assertThat(TreeWriter.toYaml(merged))
        .isEqualTo(TreeWriter.toYaml(implemented(ours, "vuln-scanning")))
        .isEqualTo(Files.readString(out, StandardCharsets.UTF_8));
  }

  @Test
  void conflictKeepsOursListsItAndExitsOne() throws Exception {
    AttackTree ours = likelihood(keras(), "dep-vulns", 0.3);
    Path out = folder.resolve("out.yaml");

    ThicketProcess.Result merge = merge(save("base.yaml", keras()), save("ours.yaml", ours),
        save("theirs.yaml", likelihood(keras(), "dep-vulns", 0.2)), out);

    assertThat(merge.exitCode()).isEqualTo(ExitCodes.DIFFERENT);
    assertThat(merge.errLines()).containsExactly(
        "thicket merge: conflict: node dep-vulns: likelihood: base 0.1, ours 0.3, theirs 0.2");
    AttackTree merged = TreeReader.read(out);
    assertThat(merged.node("dep-vulns")).isEqualTo(ours.node("dep-vulns"));
    Map<String, Object> listed = new LinkedHashMap<>(new MergeConflict(
        MergeConflict.Element.NODE, "dep-vulns", "likelihood", "0.1", "0.3", "0.2", null)
        .toExtension());
    listed.put("values", Map.of("base", Map.of("likelihood", 0.1),
        "ours", Map.of("likelihood", 0.3), "theirs", Map.of("likelihood", 0.2)));
    assertThat(merged.extensions().get(MergeConflict.EXTENSION)).isEqualTo(List.of(listed));
  }

  @Test
  void invalidInputIsALocatedErrorAndLeavesOutAsItWas() throws Exception {
    Path bad = folder.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(ThicketProcess.KERAS).replace("root: rce",
        "root: rce\nroot: rce"));
    Path out = folder.resolve("out.yaml");
    Files.writeString(out, "left alone\n");

    ThicketProcess.Result merge = merge(save("base.yaml", keras()), save("ours.yaml", keras()),
        bad, out);

    assertThat(merge.exitCode()).isEqualTo(ExitCodes.TROUBLE);
    assertThat(merge.errLines()).singleElement().asString().startsWith(bad + ":5:1: ");
    assertThat(Files.readString(out)).isEqualTo("left alone\n");
  }

  @Test
  void emptyBaseMeansNoCommonVersion() throws Exception {
    Path empty = Files.createFile(folder.resolve("empty.yaml"));
    AttackTree ours = likelihood(keras(), "dep-vulns", 0.3);
    Path out = folder.resolve("out.yaml");

    ThicketProcess.Result merge = merge(empty, save("ours.yaml", ours),
        save("theirs.yaml", keras()), out);

    assertThat(merge.exitCode()).isEqualTo(ExitCodes.DIFFERENT);
    assertThat(merge.errLines()).containsExactly(
        "thicket merge: conflict: node dep-vulns: likelihood: base (none), ours 0.3, theirs 0.1");
  }

  @Test
  void withoutOutputItIsAUsageError() throws Exception {
    Path tree = save("tree.yaml", keras());

    ThicketProcess.Result merge = ThicketProcess.run("merge", tree.toString(), tree.toString(),
        tree.toString());

    assertThat(merge.exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
