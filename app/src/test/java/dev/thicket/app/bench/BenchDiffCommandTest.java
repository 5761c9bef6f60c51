package dev.thicket.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.cli.ExitCodes;
import dev.thicket.app.cli.ThicketProcess;
import dev.thicket.model.diff.TreeDiff;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.tree.AttackTree;
import org.junit.jupiter.api.Test;

/** {@code thicket bench diff}: its edits make the 12 change units it claims. */
class BenchDiffCommandTest {
  private static final AttackTree OLD =
      BenchDiffCommand.rare(TreeGenerator.generate(300, 0.1, 42));

  @Test
  void likelihoodEditsMakeTwelveUnitsThatMoveTheRisk() {
    TreeDiff diff = TreeDiff.of(OLD, BenchDiffCommand.edited(OLD, 12, false));

    assertThat(diff.attribution().shares()).hasSize(12)
        .allSatisfy(share -> assertThat(share.value()).isNotZero());
  }

  @Test
  void mixedEditsMakeTwelveUnits() {
    TreeDiff diff = TreeDiff.of(OLD, BenchDiffCommand.edited(OLD, 9, true));

    assertThat(diff.attribution().shares()).hasSize(12);
  }

  @Test
  void refusesZeroRepeats() {
    ThicketProcess.Result run = ThicketProcess.run("bench", "diff", "--repeat", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--repeat must be at least 1");
  }
}
