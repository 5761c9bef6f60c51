package dev.thicket.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.tree.AnalysisSettings;
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

    assertThat(text).contains("Critical nodes (residual, Fussell-Vesely >= 0.9): 1\n")
        .containsPattern("\n  goal +1 ").doesNotContainPattern("\n  a +0\\.5 ");
  }
}
