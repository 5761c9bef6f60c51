package dev.thicket.exports.pdf;

import static dev.thicket.exports.pdf.PdfReportTest.linesAsSeen;
import static dev.thicket.exports.pdf.PdfReportTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.AttackerReportText;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.Trees;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.AttackerResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.ProfileResult;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.analysis.ScenarioAttributes;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AttackerProfile;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "Attackers" section of {@link PdfReport} on the Keras tree, read back with PDFBox's text
 * extraction and compared with an analysis of its own.
 */
class PdfAttackersTest {
  private static AnalysisResult result;
  private static Report keras;
  private static List<String> lines;
  private static String text;

  @BeforeAll
  static void renderKeras() throws Exception {
    result = ScoredTree.analyse(TreeReader.read(Trees.KERAS), AnalysisOptions.DEFAULT).result();
    keras = Trees.keras();
    byte[] pdf = PdfReport.render(keras, Paper.A4);
    lines = linesAsSeen(pdf);
    text = text(pdf).replace('\n', ' ');
  }

  private static String potential(ScenarioAttributes attributes) {
    return attributes.potential() + " points (" + attributes.rating().keyword() + ")";
  }

  @Test
  void profileTableShowsTheWholeTreeAndEveryProfilesProbabilityRiskAndReach() {
    assertThat(lines).contains(AttackerReportText.WHOLE_TREE + " none "
        + Decimals.of(result.probability().get(Mode.RESIDUAL)) + " "
        + Decimals.of(result.risk().get(Mode.RESIDUAL)) + " " + result.cutSets().count());
    for (ProfileResult profile : result.attackers().profiles()) {
      String numbers = " " + Decimals.of(profile.probability().get(Mode.RESIDUAL)) + " "
          + Decimals.of(profile.risk().get(Mode.RESIDUAL)) + " " + profile.scenarios();
      assertThat(lines).as(profile.id()).anyMatch(line -> line.startsWith(profile.title())
          && line.endsWith(numbers));
    }
  }

  /** Readers who were not in the room learn who each attacker is, from the tree's words. */
  @Test
  void everyProfilesDescriptionIsInTheReport() {
    for (AttackerProfile profile : keras.tree().profiles().values()) {
      assertThat(text).as(profile.id()).contains(profile.title() + " (" + profile.id() + "): "
          + profile.description());
    }
  }

  @Test
  void riskPerAttackerIsChartedWithEveryBarLabelled() {
    assertThat(text).contains("Risk per attacker (residual mode)", "risk of the goal",
        "high risk " + Decimals.of(result.highRiskThreshold()));
    for (ProfileResult profile : result.attackers().profiles()) {
      assertThat(lines).as(profile.id()).contains(profile.title() + " "
          + Decimals.of(profile.risk().get(Mode.RESIDUAL)));
    }
  }

  @Test
  void cheapestFastestAndEasiestAttacksHaveTheirCostTimeAndPotential() {
    AttackerResult attackers = result.attackers();
    Map<String, Scenario> attacks = Map.of("cheapest", attackers.cheapest(),
        "fastest", attackers.fastest(), "easiest", attackers.easiest());
    attacks.forEach((name, scenario) -> {
      ScenarioAttributes attributes = scenario.attributes();
      String numbers = " " + Decimals.of(attributes.cost()) + " "
          + Decimals.of(attributes.time()) + " " + potential(attributes);
      assertThat(lines).as(name).anyMatch(line -> line.startsWith(name + " ")
          && line.endsWith(numbers));
    });
    assertThat(text).contains(AttackerReportText.feasibility(keras, attackers));
  }

  @Test
  void potentialTableEndsEveryListedScenariosRowWithPointsRatingAndRiskValue() {
    List<Scenario> listed = keras.scenarios();
    for (int i = 0; i < listed.size(); i++) {
      ScenarioAttributes attributes = listed.get(i).attributes();
      String start = (i + 1) + " " + keras.tree().node(listed.get(i).leaves().get(0)).title()
          .split(" ")[0];
      String end = " " + attributes.potential() + " " + attributes.rating().keyword() + " "
          + attributes.riskValue();
      assertThat(lines).as(start).anyMatch(line -> line.startsWith(start)
          && line.endsWith(end));
    }
  }

  @Test
  void catalogueGivesWhatEachStepTakes() {
    keras.tree().nodes().values().stream().filter(dev.thicket.model.tree.Node::isLeaf)
        .forEach(node -> assertThat(text).as(node.id())
            .contains("Attacker: " + Trees.step(node)));
  }

  @Test
  void treeWithoutAttackerDataHasNoSection() throws IOException {
    assertThat(text(PdfReport.render(Trees.kerasRanges(), Paper.A4)))
        .doesNotContain("Attacker profiles").doesNotContain("Risk per attacker")
        .doesNotContain("Cheapest, fastest and easiest")
        .doesNotContain("Attack potential of the listed");
  }
}
