package dev.thicket.model.io.threatdragon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreatDragonReaderTest {

  private static byte[] sample(String name) throws IOException {
    try (InputStream in = ThreatDragonReaderTest.class.getResourceAsStream(
        "/interchange/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void elementsWithThreatsBecomeOrGatesUnderOneRoot() throws Exception {
    AttackTree tree = TreeFiles.read("recipe-site.td.json", sample("recipe-site.td.json"));

    assertThat(tree.title()).isEqualTo("Recipe sharing site");
    assertThat(tree.rootNode().gate()).isEqualTo(Gate.OR);
    assertThat(tree.rootNode().children()).containsExactly("recipe-service", "login");
    assertThat(tree.node("recipe-service").title()).isEqualTo("Recipe service");
    assertThat(tree.node("recipe-service").children())
        .containsExactly("stored-script-in-a-recipe", "flood-the-publish-endpoint");
  }

  @Test
  void threatsBecomeLeavesWithSeverityAsLikelihoodAndStrideTypeAsReference() throws Exception {
    AttackTree tree = TreeFiles.read("recipe-site.td.json", sample("recipe-site.td.json"));

    assertThat(tree.node("stored-script-in-a-recipe").likelihood())
        .isEqualTo(Estimate.level("high"));
    assertThat(tree.node("stored-script-in-a-recipe").references())
        .containsExactly("STRIDE: Tampering");
    assertThat(tree.node("stored-script-in-a-recipe").description())
        .isEqualTo("A cook puts a script into the ingredients list.");
    assertThat(tree.node("guess-a-cook-s-password").likelihood()).isNull();
    assertThat(tree.node("guess-a-cook-s-password").mitigations()).isEmpty();
  }

  @Test
  void mitigationTextBecomesAMitigationWhoseStatusFollowsTheThreat() throws Exception {
    AttackTree tree = TreeFiles.read("recipe-site.td.json", sample("recipe-site.td.json"));

    Mitigation open = tree.mitigations().get(
        tree.node("stored-script-in-a-recipe").mitigations().get(0));
    Mitigation mitigated = tree.mitigations().get(
        tree.node("flood-the-publish-endpoint").mitigations().get(0));
    assertThat(open.title()).isEqualTo("Escape all recipe text on output.");
    assertThat(open.description()).endsWith("Keep a strict content security policy.");
    assertThat(open.status()).isEqualTo(MitigationStatus.PROPOSED);
    assertThat(open.effectiveness()).isEqualTo(ThreatDragonImport.ASSUMED_EFFECTIVENESS);
    assertThat(mitigated.status()).isEqualTo(MitigationStatus.IMPLEMENTED);
  }

  @Test
  void theImportedTreeAnalyses() throws Exception {
    AttackTree tree = TreeFiles.read("recipe-site.td.json", sample("recipe-site.td.json"));

    double residual = TreeAnalysis.probabilities(tree, AnalysisMonitor.NONE).get(Mode.RESIDUAL);
    // OR of high (0.6), medium (0.3) half blocked by an implemented mitigation, unestimated (0.3)
    assertThat(residual).isCloseTo(1 - (1 - 0.6) * (1 - 0.15) * (1 - 0.3),
        org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void refusesVersion1ModelsWithALocatedMessage() throws Exception {
    TreeFileException refused = catchThrowableOfType(TreeFileException.class,
        () -> TreeFiles.read("old.json", sample("recipe-site-v1.td.json")));

    assertThat(refused.problems()).hasSize(1);
    assertThat(refused.problems().get(0).toString()).isEqualTo("old.json:1:1: a Threat Dragon "
        + "model without a version is a v1 model: Thicket reads v2 models; open the model in "
        + "Threat Dragon 2 and save it, which converts it");
  }

  @Test
  void keepsWhatHasNoPlaceInTheTree() throws Exception {
    AttackTree tree = TreeFiles.read("recipe-site.td.json", sample("recipe-site.td.json"));

    assertThat(tree.node("flood-the-publish-endpoint").extensions().get("x-threat-dragon"))
        .isEqualTo(java.util.Map.of("id", "t-2", "severity", "Medium", "status", "Mitigated",
            "number", 2L));
    assertThat(List.copyOf(tree.nodes().keySet())).hasSize(6);
  }
}
