package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.tree.AttackTree;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisMonitorTest {
  private static final AttackTree TREE = TreeGenerator.generate(20_000, 0.1, 7);

  @Test
  void progressRisesToOneThroughEveryStage() {
    List<Double> fractions = new ArrayList<>();
    List<String> stages = new ArrayList<>();

    TreeAnalysis.run(TREE, AnalysisOptions.DEFAULT, new AnalysisMonitor() {
      @Override
      public void progress(String stage, double fraction) {
        fractions.add(fraction);
        if (stages.isEmpty() || !stages.get(stages.size() - 1).equals(stage)) {
          stages.add(stage);
        }
      }

      @Override
      public boolean cancelled() {
        return false;
      }
    });

    assertThat(fractions).isSortedAccordingTo(Double::compare);
    assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
    assertThat(stages).containsSubsequence("diagrams, inherent", "minimal cut sets",
        "scenarios", "importance", "done");
  }

  @Test
  void cancellingStopsTheAnalysisWithAnException() {
    List<Double> seen = new ArrayList<>();
    AnalysisMonitor cancelAfterSomeProgress = new AnalysisMonitor() {
      @Override
      public void progress(String stage, double fraction) {
        seen.add(fraction);
      }

      @Override
      public boolean cancelled() {
        return seen.size() >= 3;
      }
    };

    assertThatThrownBy(() -> TreeAnalysis.run(TREE, AnalysisOptions.DEFAULT,
        cancelAfterSomeProgress)).isInstanceOf(AnalysisCancelledException.class);
    assertThat(seen).hasSizeLessThan(10).allSatisfy(f -> assertThat(f).isLessThan(1.0));
  }
}
