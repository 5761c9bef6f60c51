package dev.thicket.exports.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thicket.exports.JsonReport;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The Keras tree (impact 10: severe; its easiest attack rated high) with its own risk matrix,
 * whose high row gives 4 at severe impact where the Annex H example gives 5.
 */
class RiskMatrixInReportsTest {
  private static final String OWN_MATRIX = """
      scales:
        riskMatrix:
          high: [1, 2, 3, 4]
          medium: [1, 2, 3, 3]
          low: [1, 2, 2, 3]
          very-low: [1, 1, 1, 2]
      """;

  private static AttackTree keras(String appended) throws Exception {
    String text = Files.readString(Trees.KERAS) + appended;
    return TreeReader.read("keras.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  private static Report report(AttackTree tree) {
    return Report.of(ScoredTree.analyse(tree, AnalysisOptions.DEFAULT),
        ReportSource.of("keras.yaml", new byte[0], Trees.DATE));
  }

  @Test
  void attackersSectionStatesTheTreesOwnMatrix() throws Exception {
    Report report = report(keras(OWN_MATRIX));

    String feasibility = AttackerReportText.feasibility(report,
        report.result().attackers());

    assertThat(feasibility).contains("risk value 4 of 5").endsWith("own risk matrix instead of"
        + " the Annex H example (per feasibility rating, at negligible, moderate, major, severe"
        + " impact): high 1, 2, 3, 4; medium 1, 2, 3, 3; low 1, 2, 2, 3; very-low 1, 1, 1, 2.");
    assertThat(AttackerReportText.potentialIntro(report)).contains("by the tree's own risk matrix");
  }

  @Test
  void attackersSectionOfATreeWithoutOneIsUnchanged() throws Exception {
    Report report = report(keras(""));

    assertThat(AttackerReportText.feasibility(report, report.result().attackers()))
        .contains("risk value 5 of 5").doesNotContain("matrix");
    assertThat(AttackerReportText.potentialIntro(report)).doesNotContain("matrix");
  }

  @Test
  void jsonGivesTheMatrixInUse() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode own = mapper.readTree(JsonReport.toJson(
        TreeAnalysis.run(keras(OWN_MATRIX), AnalysisOptions.DEFAULT)));
    JsonNode annexH = mapper.readTree(JsonReport.toJson(
        TreeAnalysis.run(keras(""), AnalysisOptions.DEFAULT)));

    assertThat(own.get("riskValue").asInt()).isEqualTo(4);
    assertThat(own.get("riskMatrix")).isEqualTo(mapper.readTree(
        "{\"high\": [1, 2, 3, 4], \"medium\": [1, 2, 3, 3], \"low\": [1, 2, 2, 3],"
            + " \"very-low\": [1, 1, 1, 2]}"));
    assertThat(annexH.get("riskValue").asInt()).isEqualTo(5);
    assertThat(annexH.get("riskMatrix")).isEqualTo(mapper.readTree(
        "{\"high\": [1, 3, 4, 5], \"medium\": [1, 2, 3, 4], \"low\": [1, 2, 2, 3],"
            + " \"very-low\": [1, 1, 1, 2]}"));
  }
}
