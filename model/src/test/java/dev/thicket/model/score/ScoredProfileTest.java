package dev.thicket.model.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.ProfileResult;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A scored tree re-scored for an attacker profile, as a profile switch does. */
class ScoredProfileTest {
  private static final Path KERAS = Path.of("..", "trees", "keras.yaml");

  @Test
  void outsiderSeesOnlyTheDependencyStepAndItsRisk() throws Exception {
    AttackTree tree = TreeReader.read(KERAS);
    AnalysisOptions options = AnalysisOptions.DEFAULT;
    ScoredTree whole = ScoredTree.analyse(tree, options);
    ProfileResult outsider =
        whole.result().attackers().profile("opportunistic-outsider").orElseThrow();

    ScoredTree scored = whole.forProfile("opportunistic-outsider", options);

    assertThat(scored.risk()).isCloseTo(outsider.risk().get(Mode.RESIDUAL), within(1e-12));
    assertThat(scored.scenarios()).allSatisfy(scenario ->
        assertThat(scenario.leaves()).containsExactly("dep-vulns"));
    assertThat(scored.node("crafted-input").contribution()).isZero();
    assertThat(scored.node("dep-vulns").contribution()).isCloseTo(scored.risk(), within(1e-12));
  }
}
