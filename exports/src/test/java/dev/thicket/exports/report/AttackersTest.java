package dev.thicket.exports.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Attackers}: what a report computes once for its "Attackers" section. */
class AttackersTest {

  @Test
  void everyProfileIsScoredInTheReportsModeWithItsOwnRiskAndScenariosWithinReach()
      throws Exception {
    AttackTree tree = TreeReader.read(Trees.KERAS);
    Report report = Report.of(ScoredTree.analyse(tree,
        new AnalysisOptions(Mode.PLANNED, 20, AnalysisSettings.NONE)),
        ReportSource.of("keras.yaml", new byte[0], Trees.DATE));

    List<Attackers.Profile> profiles = report.attackers().orElseThrow().profiles();
    assertThat(profiles).extracting(profile -> profile.profile().id())
        .containsExactlyElementsOf(tree.profiles().keySet());
    for (Attackers.Profile profile : profiles) {
      AttackerProfile limits = profile.profile();
      assertThat(profile.view().mode()).isEqualTo(Mode.PLANNED);
      assertThat(profile.view().result().risk()).isEqualTo(profile.result().risk());
      assertThat(profile.riskiest()).hasSizeLessThanOrEqualTo(Attackers.RISKIEST_PER_PROFILE)
          .isNotEmpty();
      for (Scenario scenario : profile.riskiest()) {
        assertThat(scenario.attributes().cost()).isLessThanOrEqualTo(limits.budget());
        assertThat(scenario.attributes().time()).isLessThanOrEqualTo(limits.time());
      }
    }
  }

  @Test
  void treeWithoutCostTimePotentialOrProfilesHasNoSection() {
    assertThat(Trees.report(Trees.hostile()).attackers()).isEmpty();
  }
}
