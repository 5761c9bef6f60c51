package dev.thicket.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Range;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Three-point ranges of likelihood, impact and effectiveness in the file format. */
class RangesFormatTest {
  private static final String RANGED = """
      format: attacktree/v1
      title: Ranged
      root: goal
      nodes:
        goal:
          title: Goal
          gate: or
          children: [a, b]
          impact: {low: medium, likely: high, high: 9.5}
        a:
          title: A
          likelihood: {low: 0.05, likely: 0.1, high: 0.3}
          mitigations: [m]
        b:
          title: B
          likelihood: {low: very-low, likely: low, high: high}
      mitigations:
        m:
          title: M
          effectiveness: {low: 0.5, likely: 0.8, high: 0.95}
          status: implemented
      """;

  private static AttackTree read(String text) throws TreeFileException {
    return TreeReader.read("t.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  private static String problems(String text) {
    return catchThrowableOfType(TreeFileException.class, () -> read(text)).getMessage();
  }

  @Test
  void readsRangesOfNumbersAndLevels() throws Exception {
    AttackTree tree = read(RANGED);

    assertThat(tree.node("a").likelihood())
        .isEqualTo(Estimate.of(0.1).withRange(Range.of(0.05, 0.3)));
    assertThat(tree.node("b").likelihood()).isEqualTo(Estimate.level("low")
        .withRange(new Range(Estimate.level("very-low"), Estimate.level("high"))));
    assertThat(tree.node("goal").impact().resolveHigh(tree.scales().impact())).isEqualTo(9.5);
    assertThat(tree.mitigations().get("m").effectiveness()).isEqualTo(0.8);
    assertThat(tree.mitigations().get("m").effectivenessRange()).isEqualTo(Range.of(0.5, 0.95));
    assertThat(tree.rootImpact()).isEqualTo(8.0);
  }

  @Test
  void writesRangesAsTheyAreReadByteForByte() throws Exception {
    String written = TreeWriter.toYaml(read(RANGED));

    assertThat(written).contains("    likelihood: {low: 0.05, likely: 0.1, high: 0.3}\n")
        .contains("    effectiveness: {low: 0.5, likely: 0.8, high: 0.95}\n")
        .contains("    impact: {low: medium, likely: high, high: 9.5}\n");
    assertThat(TreeWriter.toYaml(read(written))).isEqualTo(written);
    assertThat(read(written).node("b").likelihood()).isEqualTo(read(RANGED).node("b").likelihood());
  }

  @Test
  void refusesARangeOutOfOrderAtItsKey() {
    String message = problems(RANGED.replace("{low: 0.05, likely: 0.1, high: 0.3}",
        "{low: 0.2, likely: 0.1, high: 0.3}"));

    assertThat(message).contains("t.yaml:12:17:").contains(
        "the range of likelihood needs low <= likely <= high, not 0.2, 0.1, 0.3");
  }

  @Test
  void refusesAnEndOutsideTheDomain() {
    assertThat(problems(RANGED.replace("high: 0.95", "high: 1.5")))
        .contains("effectiveness must be in [0,1], not 1.5 (in its range)");
    assertThat(problems(RANGED.replace("low: very-low", "low: rare")))
        .contains("unknown likelihood level 'rare'");
  }

  @Test
  void locatesAMissingOrUnknownSlot() {
    String message = problems(RANGED.replace("{low: 0.05, likely: 0.1, high: 0.3}",
        "{low: 0.05, mode: 0.1, high: 0.3}"));

    assertThat(message).contains("t.yaml:12:17:").contains("unknown key 'mode' in the range of likelihood")
        .contains("missing required key 'likely' in the range of likelihood");
  }

  @Test
  void refusesLevelNamesInARangeOfEffectiveness() {
    assertThat(problems(RANGED.replace("{low: 0.5, likely: 0.8,", "{low: low, likely: 0.8,")))
        .contains("t.yaml:20:26:").contains("effectiveness low must be a number");
  }

  @Test
  void parsesTheTypedFormOfARange() {
    Estimate typed = Estimate.parse(" 0.05..low..high ", java.util.Map.of("low", 0.1, "high", 0.6),
        "likelihood", "a number in [0,1]");

    assertThat(typed).isEqualTo(Estimate.level("low")
        .withRange(new Range(Estimate.of(0.05), Estimate.level("high"))));
    assertThat(Estimate.parse(typed.toString(), java.util.Map.of("low", 0.1, "high", 0.6),
        "likelihood", "x")).isEqualTo(typed);
  }
}
