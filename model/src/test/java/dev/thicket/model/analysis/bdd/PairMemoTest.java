package dev.thicket.model.analysis.bdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * P(f ∧ g) without building f ∧ g equals the probability of the built conjunction, while the
 * memo starts small, grows past its first sizes and is cleared between rounds.
 */
class PairMemoTest {
  private static final int VARIABLES = 12;

  @Test
  void probabilityOfBothIsThatOfTheConjunctionAsTheMemoGrows() {
    Random random = new Random(11);
    Bdd bdd = new Bdd(VARIABLES);
    double[] variableProbability = new double[VARIABLES];
    for (int v = 0; v < VARIABLES; v++) {
      variableProbability[v] = 0.05 + 0.9 * random.nextDouble();
    }
    int[] functions = new int[60];
    for (int i = 0; i < functions.length; i++) {
      functions[i] = RandomFunctions.of(bdd, random, 6);
    }
    int[][] both = new int[functions.length][functions.length];
    for (int i = 0; i < functions.length; i++) {
      for (int j = 0; j < functions.length; j++) {
        both[i][j] = bdd.and(functions[i], functions[j]);
      }
    }
    int[] noFunctions = new int[VARIABLES];
    Arrays.fill(noFunctions, -1);
    double[] probability = bdd.probabilities(variableProbability, noFunctions);
    PairMemo memo = new PairMemo(variableProbability);

    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < functions.length; i++) {
        for (int j = 0; j < functions.length; j++) {
          assertThat(bdd.probabilityOfBoth(functions[i], functions[j], probability, memo))
              .as("round %d, functions %d and %d", round, i, j)
              .isCloseTo(probability[both[i][j]], within(1e-12));
        }
      }
      memo.clear();
    }
    assertThat(bdd.size()).as("diagrams large enough for the memo to grow").isGreaterThan(3000);
  }
}
