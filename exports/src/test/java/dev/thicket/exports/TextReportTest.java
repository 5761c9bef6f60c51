package dev.thicket.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.report.Trees;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import org.junit.jupiter.api.Test;

/** {@link TextReport} on {@link SmallTree}. */
class TextReportTest {

  private static String summary(AnalysisResult result) {
    return TextReport.summary(SmallTree.tree(), result, "safe.yaml");
  }

  @Test
  void startsWithTheTitleTheFileAndTheGoal() {
    assertThat(summary(SmallTree.analysis())).startsWith("""
        Open the safe  (safe.yaml)
        Goal: Open the safe [goal], impact 10
        """);
  }

  @Test
  void tabulatesProbabilityAndRiskPerMode() {
    assertThat(summary(SmallTree.analysis())).contains(
        "  inherent            0.6          6\n",
        "  residual            0.4          4\n",
        "  planned           0.325       3.25\n");
  }

  @Test
  void listsEachScenarioWithItsPaths() {
    assertThat(summary(SmallTree.analysis())).contains(
        "Scenarios (residual): 2 minimal cut sets; 2 high-risk",
        "   1. risk 2.5        p 0.25       HIGH RISK  a\n        goal > a\n",
        "        mitigations on the way: lock\n",
        "   2. risk 2          p 0.2        HIGH RISK  c + d\n"
            + "        goal > both > c\n        goal > both > d\n");
  }

  @Test
  void listsOnePathToEachLeafOfAScenarioWithManyAndSaysHowManyMore() {
    AttackTree diamonds = Trees.diamonds(3);
    AnalysisResult result = TreeAnalysis.run(diamonds, AnalysisOptions.DEFAULT);
    Scenario step = result.cutSets().listed().get(0);

    String summary = TextReport.summary(diamonds, result, "diamonds.yaml");

    assertThat(step.leaves()).containsExactly("step");
    assertThat(step.pathCount()).isEqualTo(8);
    assertThat(summary).contains("HIGH RISK  step\n        goal > a1 > a2 > a3 > step\n"
        + "        (and 7 more paths)\n");
  }

  @Test
  void saysHowManyScenariosAreListedWhenNotAll() {
    AnalysisResult topOne = TreeAnalysis.run(SmallTree.tree(),
        new AnalysisOptions(Mode.RESIDUAL, 1, AnalysisSettings.NONE));

    assertThat(summary(topOne)).contains("2 minimal cut sets, top 1 listed")
        .doesNotContain("c + d");
  }

  @Test
  void tabulatesOnlyCriticalNodes() {
    String text = summary(TreeAnalysis.run(SmallTree.tree(),
        new AnalysisOptions(Mode.RESIDUAL, 20, new AnalysisSettings(0.9, null))));

    // columns: if blocked, FV, Birnbaum, RAW, RRW; the goal removes the whole risk, 4
    assertThat(text)
        .contains("Critical nodes (residual, Fussell-Vesely >= 0.9): 1, most risk removed first\n")
        .containsPattern("\n  goal +4 +1 ").doesNotContainPattern("\n  a +2 ");
  }

  @Test
  void criticalNodesShowTheRiskRemovedIfBlocked() {
    // a: blocking it leaves {c, d}, (0.4 - 0.2) × 10 = 2; FV 0.5, Birnbaum 0.8, RAW 2.5, RRW 2
    assertThat(summary(SmallTree.analysis()))
        .contains("if blocked: the risk removed if every attack through the node is stopped")
        .containsPattern("\n  a +2 +0\\.5 +0\\.8 +2\\.5 +2\n");
  }

  @Test
  void tabulatesEachMitigationsRiskWithoutAndWith() {
    // Trees.safe: lock implemented 6 -> 4, alarm planned 4 -> 3.25 (residual)
    assertThat(summary(SmallTree.analysis()))
        .contains("Mitigations (residual): risk of the goal without and with each")
        .containsPattern("\n  lock +implemented +6 -> 4 +2\n")
        .containsPattern("\n  alarm +planned +4 -> 3\\.25 +0\\.75\n");
  }

  @Test
  void withoutNodeImportanceListsNoCriticalNodes() {
    String text = summary(TreeAnalysis.run(SmallTree.tree(),
        AnalysisOptions.DEFAULT.withoutNodeImportance()));

    assertThat(text).doesNotContain("Critical nodes").contains("Mitigations (residual)");
  }
}
