package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.io.TreeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code thicket diff}, run as a process, on the Keras tree and edited copies of it. */
class DiffCommandTest {
  @TempDir Path folder;

  /** Keras with dep-vulns' likelihood 0.1 → 0.3 and vuln-scanning planned → implemented. */
  private static String edited() throws IOException {
    String keras = Files.readString(ThicketProcess.KERAS);
    String edited = keras.replace("    likelihood: 0.1\n    rationale: Published CVEs",
        "    likelihood: 0.3\n    rationale: Published CVEs");
    int scanning = edited.indexOf("  vuln-scanning:\n");
    edited = edited.substring(0, scanning)
        + edited.substring(scanning).replaceFirst("status: planned", "status: implemented");
    assertThat(edited).isNotEqualTo(keras);
    return edited;
  }

  private Path write(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void textNamesEachChangeAndItsShare() throws IOException {
    Path neu = write("keras-new.yaml", edited());

    ThicketProcess.Result diff =
        ThicketProcess.run("diff", ThicketProcess.KERAS.toString(), neu.toString());

    assertThat(diff.exitCode()).isEqualTo(ExitCodes.DIFFERENT);
    assertThat(diff.out()).contains("Structure\n",
        "  ~ node dep-vulns: likelihood 0.1 → 0.3\n",
        "  ~ mitigation vuln-scanning: status planned → implemented\n",
        "  residual  probability 0.04101 → 0.05567, risk 0.4101 → 0.5567\n",
        "Why the risk moved (residual risk 0.4101 → 0.5567, +0.1466; exact Shapley values over"
            + " 2 changes)\n",
        "  +0.4397: likelihood of dep-vulns 0.1 → 0.3\n",
        "  -0.2932: status of vuln-scanning planned → implemented\n");
  }

  @Test
  void jsonRiskIsEachTreesAnalysisAndSharesSumToTheChange() throws Exception {
    Path neu = write("keras-new.yaml", edited());

    ThicketProcess.Result diff =
        ThicketProcess.run("diff", ThicketProcess.KERAS.toString(), neu.toString(), "--json");

    assertThat(diff.exitCode()).isEqualTo(ExitCodes.DIFFERENT);
    JsonNode json = new ObjectMapper().readTree(diff.out());
    AnalysisResult before = TreeAnalysis.run(TreeReader.read(ThicketProcess.KERAS),
        AnalysisOptions.DEFAULT);
    AnalysisResult after = TreeAnalysis.run(TreeReader.read(neu), AnalysisOptions.DEFAULT);
    for (Mode mode : Mode.values()) {
      assertThat(json.at("/risk/risk/before/" + mode.keyword()).asDouble())
          .isEqualTo(before.risk().get(mode));
      assertThat(json.at("/risk/risk/after/" + mode.keyword()).asDouble())
          .isEqualTo(after.risk().get(mode));
    }
    JsonNode attribution = json.get("attribution");
    assertThat(attribution.get("method").asText()).isEqualTo("shapley");
    assertThat(attribution.get("total").asDouble())
        .isCloseTo(after.risk().get(Mode.RESIDUAL) - before.risk().get(Mode.RESIDUAL),
            within(1e-15));
    double sum = 0;
    for (JsonNode share : attribution.get("shares")) {
      sum += share.get("value").asDouble();
    }
    assertThat(sum).isCloseTo(attribution.get("total").asDouble(), within(1e-12));
    assertThat(attribution.at("/shares/0/nodes/0").asText()).isEqualTo("dep-vulns");
    assertThat(attribution.at("/shares/1/mitigations/0").asText()).isEqualTo("vuln-scanning");
  }

  @Test
  void renamedNodeIsOneRenameWithoutRiskChange() throws Exception {
    Path neu = write("renamed.yaml",
        Files.readString(ThicketProcess.KERAS).replace("dep-vulns", "dependency-vulns"));

    ThicketProcess.Result diff =
        ThicketProcess.run("diff", ThicketProcess.KERAS.toString(), neu.toString(), "--json");

    JsonNode json = new ObjectMapper().readTree(diff.out());
    assertThat(json.get("nodes")).hasSize(1);
    assertThat(json.at("/nodes/0/kind").asText()).isEqualTo("renamed");
    assertThat(json.at("/nodes/0/id").asText()).isEqualTo("dependency-vulns");
    assertThat(json.at("/nodes/0/oldId").asText()).isEqualTo("dep-vulns");
    assertThat(json.at("/attribution/total").asDouble()).isZero();
  }

  @Test
  void sameTreeReformattedWithKeysReorderedHasNoChangeAndExitsZero() throws IOException {
    String keras = Files.readString(ThicketProcess.KERAS);
    int node = keras.indexOf("  dep-vulns:\n");
    int title = keras.indexOf("    title:", node);
    int description = keras.indexOf("    description:", node);
    int likelihood = keras.indexOf("    likelihood:", node);
    String reordered = keras.substring(0, title) + keras.substring(description, likelihood)
        + keras.substring(title, description) + keras.substring(likelihood);
    String reformatted = reordered.replace(
        "children: [model-loading, model-serving, dependencies]",
        "children:\n      - model-loading\n      - model-serving\n      - dependencies");
    assertThat(reformatted).isNotEqualTo(keras);
    Path copy = write("copy.yaml", "# a comment\n" + reformatted + "\n\n");

    ThicketProcess.Result diff =
        ThicketProcess.run("diff", ThicketProcess.KERAS.toString(), copy.toString());

    assertThat(diff.exitCode()).isZero();
    assertThat(diff.out()).contains("  no change in meaning\n");
  }

  @Test
  void markdownIsAReviewComment() throws IOException {
    Path neu = write("keras-new.yaml", edited());

    ThicketProcess.Result diff = ThicketProcess.run("diff", ThicketProcess.KERAS.toString(),
        neu.toString(), "--md");

    assertThat(diff.out()).contains("| residual | 0.04101 → 0.05567 | 0.4101 → 0.5567 |\n",
        "### Why the risk moved\n",
        "- **+0.4397**: likelihood of dep-vulns 0.1 → 0.3\n",
        "- mitigation vuln-scanning: status planned → implemented\n");
  }

  @Test
  void readsRevisionOfAFileFromGit() throws Exception {
    Path repository = folder.resolve("repo");
    write("repo/trees/keras.yaml", Files.readString(ThicketProcess.KERAS));
    git(repository, "init", "-q");
    git(repository, "add", "trees/keras.yaml");
    git(repository, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q",
        "-m", "tree");
    write("repo/trees/keras.yaml", edited());

    ThicketProcess.Result diff = ThicketProcess.runIn(repository, "diff",
        "HEAD:trees/keras.yaml", "trees/keras.yaml");

    assertThat(diff.exitCode()).as(diff.err()).isEqualTo(ExitCodes.DIFFERENT);
    assertThat(diff.out()).contains("Diff HEAD:trees/keras.yaml → trees/keras.yaml\n",
        "  ~ node dep-vulns: likelihood 0.1 → 0.3\n");
  }

  @Test
  void unknownRevisionIsALocatedErrorWithExitTwo() throws Exception {
    Path repository = folder.resolve("repo");
    Files.createDirectories(repository);
    git(repository, "init", "-q");

    ThicketProcess.Result diff = ThicketProcess.runIn(repository, "diff",
        "HEAD:trees/keras.yaml", ThicketProcess.KERAS.toString());

    assertThat(diff.exitCode()).isEqualTo(ExitCodes.TROUBLE);
    assertThat(diff.errLines()).singleElement().asString()
        .startsWith("HEAD:trees/keras.yaml:1:1: git show failed: fatal: ");
  }

  @Test
  void invalidTreeIsALocatedErrorWithExitTwo() throws IOException {
    Path bad = write("bad.yaml", Files.readString(ThicketProcess.KERAS)
        .replace("    likelihood: 0.1\n", "    likelihood: 1.5\n"));

    ThicketProcess.Result diff =
        ThicketProcess.run("diff", ThicketProcess.KERAS.toString(), bad.toString());

    assertThat(diff.exitCode()).isEqualTo(ExitCodes.TROUBLE);
    assertThat(diff.errLines()).singleElement().asString().startsWith(bad + ":");
    assertThat(diff.out()).isEmpty();
  }

  @Test
  void jsonAndMarkdownTogetherAreAUsageError() {
    ThicketProcess.Result diff = ThicketProcess.run("diff", ThicketProcess.KERAS.toString(),
        ThicketProcess.KERAS.toString(), "--json", "--md");

    assertThat(diff.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  private static void git(Path directory, String... args) throws Exception {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    Process process = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).isZero();
  }
}
