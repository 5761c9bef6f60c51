package dev.thicket.app.cli;

import static dev.thicket.app.cli.MergeCommandTest.implemented;
import static dev.thicket.app.cli.MergeCommandTest.keras;
import static dev.thicket.app.cli.MergeCommandTest.likelihood;
import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.merge.MergeConflict;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real git repository with thicket as the merge driver and the textconv of {@code *.yaml}
 * (docs/git.md), and real {@code git merge}s of branches that edit one tree.
 */
class GitMergeDriverTest {
  private static final String TREE = "trees/keras.yaml";

  @TempDir Path repository;

  private record Git(int exitCode, String output) {}

  private Git git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Path output = Files.createTempFile("git-", ".txt");
    try {
      Process process = new ProcessBuilder(command).directory(repository.toFile())
          .redirectErrorStream(true).redirectOutput(output.toFile()).start();
      assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("git %s finished", args).isTrue();
      return new Git(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } finally {
      Files.delete(output);
    }
  }

  private void ok(String... args) throws Exception {
    Git git = git(args);
    assertThat(git.exitCode()).as("git %s: %s", String.join(" ", args), git.output()).isZero();
  }

  /** Writes {@code tree} to the tree file and commits it on the current branch. */
  private void commit(AttackTree tree, String message) throws Exception {
    TreeWriter.save(tree, repository.resolve(TREE));
    ok("commit", "-q", "-a", "-m", message);
  }

  @BeforeEach
  void repositoryWithTheDriver() throws Exception {
    ok("init", "-q", "-b", "main");
    ok("config", "user.name", "Test");
    ok("config", "user.email", "test@example.org");
    ok("config", "commit.gpgsign", "false");
    String thicket = ThicketProcess.shellCommand();
    ok("config", "merge.thicket.name", "Thicket three-way merge");
    ok("config", "merge.thicket.driver", thicket + " merge %O %A %B -o %A");
    ok("config", "diff.thicket.textconv", thicket + " convert --to yaml -o -");
    Files.writeString(repository.resolve(".gitattributes"), "*.yaml diff=thicket merge=thicket\n");
    Files.createDirectories(repository.resolve("trees"));
    TreeWriter.save(keras(), repository.resolve(TREE));
    ok("add", ".");
    ok("commit", "-q", "-m", "Keras tree");
  }

  /** Keras with a new leaf under model-serving: a change of the same line on both branches. */
  private static AttackTree withLeaf(AttackTree tree, String id) {
    Node serving = tree.node("model-serving");
    List<String> children = new ArrayList<>(serving.children());
    children.add(id);
    List<Node> nodes = new ArrayList<>(tree.nodes().values());
    nodes.set(nodes.indexOf(serving), serving.withGate(serving.gate(), serving.k(), children));
    nodes.add(Node.leaf(id, "New step " + id, dev.thicket.model.tree.Estimate.of(0.05)));
    return new AttackTree(tree.title(), tree.description(), tree.root(), nodes,
        List.copyOf(tree.mitigations().values()), tree.scalesGiven() ? tree.scales() : null,
        tree.settings(), tree.extensions());
  }

  @Test
  void editsOfTheSameLinesOnTwoBranchesMergeCleanly() throws Exception {
    ok("checkout", "-q", "-b", "theirs");
    commit(implemented(withLeaf(keras(), "model-theft"), "vuln-scanning"), "theirs");
    ok("checkout", "-q", "main");
    AttackTree ours = likelihood(withLeaf(keras(), "prompt-injection"), "dep-vulns", 0.3);
    commit(ours, "ours");

    Git merge = git("merge", "-q", "--no-edit", "theirs");

    assertThat(merge.exitCode()).as(merge.output()).isZero();
    AttackTree merged = TreeReader.read(repository.resolve(TREE));
    AttackTree expected = implemented(withLeaf(ours, "model-theft"), "vuln-scanning");
    assertThat(TreeWriter.toYaml(merged)).isEqualTo(TreeWriter.toYaml(expected));
    assertThat(merged.node("model-serving").children())
        .containsExactly("input-processing", "prompt-injection", "model-theft");
  }

  @Test
  void conflictingEditsLeaveAValidTreeMarkedAsConflicted() throws Exception {
    ok("checkout", "-q", "-b", "theirs");
    commit(likelihood(keras(), "dep-vulns", 0.2), "theirs");
    ok("checkout", "-q", "main");
    AttackTree ours = likelihood(keras(), "dep-vulns", 0.3);
    commit(ours, "ours");

    Git merge = git("merge", "-q", "--no-edit", "theirs");

    assertThat(merge.exitCode()).isNotZero();
    assertThat(merge.output()).contains(
        "thicket merge: conflict: node dep-vulns: likelihood: base 0.1, ours 0.3, theirs 0.2");
    assertThat(git("diff", "--name-only", "--diff-filter=U").output().strip()).isEqualTo(TREE);
    AttackTree merged = TreeReader.read(repository.resolve(TREE));
    assertThat(merged.node("dep-vulns")).isEqualTo(ours.node("dep-vulns"));
    assertThat(merged.extensions().get(MergeConflict.EXTENSION)).isEqualTo(List.of(Map.of(
        "node", "dep-vulns", "field", "likelihood", "base", "0.1", "ours", "0.3",
        "theirs", "0.2", "values", Map.of("base", Map.of("likelihood", 0.1),
            "ours", Map.of("likelihood", 0.3), "theirs", Map.of("likelihood", 0.2)))));
  }

  @Test
  void textconvPrintsTheCanonicalTree() throws Exception {
    Path reformatted = repository.resolve("reformatted.yaml");
    Files.writeString(reformatted, "# a comment\n" + Files.readString(ThicketProcess.KERAS)
        .replace("children: [model-loading, model-serving, dependencies]",
            "children:\n      - model-loading\n      - model-serving\n      - dependencies"));

    ThicketProcess.Result convert = ThicketProcess.run("convert", "--to", "yaml", "-o", "-",
        reformatted.toString());

    assertThat(convert.exitCode()).isZero();
    assertThat(convert.out()).isEqualTo(TreeWriter.toYaml(keras()));
  }

  @Test
  void textconvShowsAChangeOfMeaningAndHidesFormatting() throws Exception {
    Path tree = repository.resolve(TREE);
    Files.writeString(tree, Files.readString(tree).replace("nodes:\n", "nodes:   \n"));

    String asText = git("diff", "--no-textconv").output();
    String reformatted = git("diff").output();
    commit(likelihood(keras(), "dep-vulns", 0.3), "edit");
    String changed = git("diff", "HEAD~1", "HEAD").output();

    assertThat(asText).contains("-nodes:\n", "+nodes:   \n");
    assertThat(reformatted).doesNotContain("@@");
    assertThat(changed.lines().filter(line -> line.startsWith("-    ")
        || line.startsWith("+    "))).containsExactly("-    likelihood: 0.1",
        "+    likelihood: 0.3");
  }
}
