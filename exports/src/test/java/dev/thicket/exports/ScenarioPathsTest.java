package dev.thicket.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.analysis.ScenarioAttributes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of a scenario's paths a report prints. */
class ScenarioPathsTest {
  private static final List<String> LONG_TO_A = List.of("goal", "x", "y", "a");
  private static final List<String> SHORT_TO_A = List.of("goal", "a");
  private static final List<String> TO_B = List.of("goal", "x", "b");

  private static Scenario scenario(long pathCount, List<List<String>> paths) {
    return new Scenario(List.of("a", "b"), 0.5, 5, true, paths, pathCount, List.of(),
        ScenarioAttributes.NONE);
  }

  @Test
  void printsEveryPathOfAFew() {
    Scenario few = scenario(3, List.of(LONG_TO_A, SHORT_TO_A, TO_B));

    assertThat(ScenarioPaths.printed(few)).containsExactly(LONG_TO_A, SHORT_TO_A, TO_B);
    assertThat(ScenarioPaths.rest(few)).isEmpty();
    assertThat(ScenarioPaths.joined(few, " > "))
        .isEqualTo("goal > x > y > a; goal > a; goal > x > b");
  }

  @Test
  void printsTheShortestListedPathToEachLeafOfManyAndCountsTheRest() {
    Scenario many = scenario(7, List.of(LONG_TO_A, TO_B, SHORT_TO_A, LONG_TO_A, TO_B));

    assertThat(ScenarioPaths.printed(many)).containsExactly(TO_B, SHORT_TO_A);
    assertThat(ScenarioPaths.rest(many)).isEqualTo("and 5 more paths");
    assertThat(ScenarioPaths.joined(many, " → "))
        .isEqualTo("goal → x → b; goal → a; and 5 more paths");
  }

  @Test
  void saysOneMorePathInTheSingular() {
    List<List<String>> toFourLeaves = List.of(SHORT_TO_A, TO_B, List.of("goal", "c"),
        List.of("goal", "d"));
    Scenario oneMore = scenario(ScenarioPaths.PRINTED_WHOLE + 1, toFourLeaves);

    assertThat(ScenarioPaths.printed(oneMore)).isEqualTo(toFourLeaves);
    assertThat(ScenarioPaths.rest(oneMore)).isEqualTo("and 1 more path");
  }

  @Test
  void countsBeyondALongAsMoreThanItsLargestValue() {
    Scenario countless = scenario(Long.MAX_VALUE, List.of(SHORT_TO_A, TO_B));

    assertThat(ScenarioPaths.rest(countless))
        .isEqualTo("and over 9.2 × 10^18 more paths");
  }
}
