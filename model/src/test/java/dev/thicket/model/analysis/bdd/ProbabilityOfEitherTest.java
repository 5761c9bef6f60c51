package dev.thicket.model.analysis.bdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * P(f ∨ g) by a pair walk, never building f ∨ g, against the built disjunction's probability and
 * against enumeration of every outcome of the variables.
 */
class ProbabilityOfEitherTest {
  private static final int VARIABLES = 8;

  @Property(tries = 300)
  void isTheProbabilityOfTheBuiltDisjunction(@ForAll long seed) {
    Random random = new Random(seed);
    Bdd bdd = new Bdd(VARIABLES);
    double[] variableProbability = new double[VARIABLES];
    for (int v = 0; v < VARIABLES; v++) {
      variableProbability[v] = random.nextDouble();
    }
    PairMemo either = new PairMemo(variableProbability);
    PairMemo both = new PairMemo(variableProbability);
    int[] notModules = new int[VARIABLES];
    Arrays.fill(notModules, -1);
    for (int round = 0; round < 5; round++) {
      int f = RandomFunctions.of(bdd, random, 4);
      int g = RandomFunctions.of(bdd, random, 4);
      double[] probability = bdd.probabilities(variableProbability, notModules);
      // The conjunctions' memo is used on the same pairs first: the two must not mix.
      bdd.probabilityOfBoth(f, g, probability, both);
      double walked = bdd.probabilityOfEither(f, g, probability, either);

      int built = bdd.or(f, g);
      double[] after = bdd.probabilities(variableProbability, notModules);
      assertThat(walked).as("seed %d", seed).isCloseTo(after[built], within(1e-15));
      assertThat(walked).as("seed %d", seed)
          .isCloseTo(enumerated(bdd, built, variableProbability), within(1e-12));
    }
  }

  /** Σ over all outcomes where {@code f} holds of their probability. */
  private static double enumerated(Bdd bdd, int f, double[] variableProbability) {
    double total = 0;
    for (int outcome = 0; outcome < 1 << VARIABLES; outcome++) {
      double weight = 1;
      for (int v = 0; v < VARIABLES; v++) {
        weight *= (outcome >> v & 1) == 1 ? variableProbability[v] : 1 - variableProbability[v];
      }
      int node = f;
      while (node > Bdd.TRUE) {
        node = (outcome >> bdd.variable(node) & 1) == 1 ? bdd.high(node) : bdd.low(node);
      }
      total += node == Bdd.TRUE ? weight : 0;
    }
    return total;
  }
}
