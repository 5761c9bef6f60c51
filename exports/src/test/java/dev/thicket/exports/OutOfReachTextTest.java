package dev.thicket.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.exports.report.Trees;
import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The estimate given when the exact analysis is out of reach, checked against exact values. */
class OutOfReachTextTest {
  private static final Pattern SPLIT = Pattern.compile("^Estimated instead \\(not exact; exact "
      + "but for the sub-tree under (\\S+), whose probability is simulated on 10,000,000 "
      + "outcomes; residual mode\\): P\\(goal\\) (\\S+), 99\\.9 % interval \\[(\\S+), (\\S+)\\]; "
      + "risk (\\S+) \\[(\\S+), (\\S+)\\]$");
  private static final Pattern WHOLE = Pattern.compile("^Estimated by simulation instead \\(not "
      + "exact; 10,000,000 outcomes, residual mode\\): P\\(goal\\) (\\S+), 99\\.9 % interval "
      + "\\[(\\S+), (\\S+)\\]; risk");

  @Test
  void goalWithAModuleIsExactButForItsLargestModule() throws Exception {
    AttackTree keras = TreeReader.read(Trees.KERAS);
    double exact = TreeAnalysis.probabilities(keras, AnalysisMonitor.NONE).get(Mode.RESIDUAL);

    Matcher split = SPLIT.matcher(OutOfReachText.estimate(keras, Mode.RESIDUAL));

    assertThat(split.find()).isTrue();
    assertThat(split.group(1)).isEqualTo("model-loading"); // the largest branch of the goal
    double lower = Double.parseDouble(split.group(3));
    double upper = Double.parseDouble(split.group(4));
    assertThat(lower).isLessThanOrEqualTo(exact);
    assertThat(upper).isGreaterThanOrEqualTo(exact);
    assertThat(upper - lower).isLessThan(exact * 0.01); // the whole goal's is about ±1.5 %
    assertThat(Double.parseDouble(split.group(5)))
        .isEqualTo(Double.parseDouble(split.group(2)) * keras.rootImpact(), within(1e-12));
  }

  @Test
  void goalWithoutAModuleBelowItIsSimulatedWhole() {
    AttackTree shared = Trees.yaml("""
        format: attacktree/v1
        title: No module
        root: goal
        nodes:
          goal:
            title: Goal
            gate: and
            children: [a, b]
          a:
            title: A
            gate: or
            children: [x, y]
          b:
            title: B
            gate: or
            children: [x, z]
          x:
            title: X
            likelihood: 0.3
          y:
            title: Y
            likelihood: 0.2
          z:
            title: Z
            likelihood: 0.1
        """);
    double exact = 0.3 + 0.7 * 0.2 * 0.1;

    Matcher whole = WHOLE.matcher(OutOfReachText.estimate(shared, Mode.RESIDUAL));

    assertThat(whole.find()).isTrue();
    assertThat(Double.parseDouble(whole.group(2))).isLessThanOrEqualTo(exact);
    assertThat(Double.parseDouble(whole.group(3))).isGreaterThanOrEqualTo(exact);
  }
}
