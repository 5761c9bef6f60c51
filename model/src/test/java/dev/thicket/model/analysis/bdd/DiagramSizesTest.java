package dev.thicket.model.analysis.bdd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bounded walk answers as the full count of a diagram's nodes would, at every limit. */
class DiagramSizesTest {
  private static final int VARIABLES = 12;

  @Test
  void atLeastAgreesWithTheCountOfEveryNodeAroundTheDiagramsSize() {
    Random random = new Random(5);
    Bdd bdd = new Bdd(VARIABLES);
    DiagramSizes sizes = new DiagramSizes(bdd);
    int checked = 0;
    for (int i = 0; i < 200; i++) {
      int f = RandomFunctions.of(bdd, random, 6);
      int count = bdd.nodesOf(f).length;
      for (int limit : new int[] {1, count - 1, count, count + 1, 2 * count + 3}) {
        if (limit >= 1) {
          assertThat(sizes.atLeast(f, limit))
              .as("function %d with %d nodes, limit %d", i, count, limit)
              .isEqualTo(count >= limit);
          checked++;
        }
      }
    }
    assertThat(sizes.atLeast(Bdd.TRUE, 1)).isFalse();
    assertThat(sizes.atLeast(Bdd.FALSE, 0)).isTrue();
    assertThat(checked).isGreaterThan(800);
  }
}
