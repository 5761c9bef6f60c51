package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AttackTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The simulation's parts against enumeration and the exact engine. */
class GoalSimulationTest {

  /** Every outcome of every variable packed into words: each node's bits equal enumeration's. */
  @Test
  void wordEvaluationMatchesEnumerationOfEveryOutcome() {
    int checked = 0;
    for (long seed = 0; seed < 240; seed++) {
      AttackTree tree = RandomTrees.generate(seed, 7, 6, 3, seed % 2 == 0);
      BruteForce brute = new BruteForce(tree);
      TreeIndex index = new TreeIndex(tree);
      for (Mode mode : Mode.values()) {
        boolean[] counted = new boolean[index.mitigation.length];
        List<long[]> variables = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int leaves = leafCount(index);
        int outcomes = 1 << (leaves + countedCount(index, mode));
        int words = (outcomes + 63) / 64;
        WordEvaluator evaluator = new WordEvaluator(index, countedIn(index, mode, counted), words);
        for (int i = 0; i < index.size; i++) {
          if (index.isLeaf(i)) {
            variables.add(evaluator.node[i]);
            names.add(index.ids[i]);
          }
        }
        for (int m = 0; m < counted.length; m++) {
          if (counted[m]) {
            variables.add(evaluator.mitigationFails[m]);
            names.add(index.mitigation[m].id());
          }
        }
        for (int o = 0; o < outcomes; o++) {
          for (int v = 0; v < variables.size(); v++) {
            if ((o >> v & 1) == 1) {
              variables.get(v)[o >> 6] |= 1L << (o & 63);
            }
          }
        }
        evaluator.evaluate(words);
        for (int o = 0; o < outcomes; o++) {
          Set<String> succeeded = new HashSet<>();
          Set<String> failed = new HashSet<>();
          for (int v = 0; v < variables.size(); v++) {
            if ((o >> v & 1) == 1) {
              (v < leaves ? succeeded : failed).add(names.get(v));
            }
          }
          Map<String, Boolean> achieved = brute.evaluate(succeeded, failed, mode);
          for (int i = 0; i < index.size; i++) {
            assertThat((evaluator.node[i][o >> 6] >>> (o & 63) & 1) == 1)
                .as("seed %d, %s, node %s, outcome %d", seed, mode, index.ids[i], o)
                .isEqualTo(achieved.get(index.ids[i]));
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  /**
   * Each variable's outcomes, drawn in blocks of uneven sizes, are 1 at its probability, and two
   * neighbouring outcomes at its square (within 5 standard deviations).
   */
  @Test
  void bernoulliWordsHaveTheirProbabilityAndNoPairing() {
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
    int[] blockWords = {1, 3, 17, 64, 5};
    for (double p : new double[] {0, 1e-3, 0.01, 0.2, 0.5, 0.7, 0.999, 1}) {
      BernoulliWords stream = new BernoulliWords(p, random);
      long n = 0;
      long ones = 0;
      long pairs = 0;
      long bothOne = 0;
      long[] words = new long[64];
      for (int block = 0; n < 4_000_000; block++) {
        int count = blockWords[block % blockWords.length];
        stream.fill(n, words, count);
        for (int w = 0; w < count; w++) {
          ones += Long.bitCount(words[w]);
          bothOne += Long.bitCount(words[w] & words[w] >>> 1);
          pairs += 63;
        }
        n += 64L * count;
      }
      assertThat(Math.abs(ones - p * n)).as("p = %s, ones", p)
          .isLessThanOrEqualTo(5 * Math.sqrt(n * p * (1 - p)));
      double q = p * p;
      assertThat(Math.abs(bothOne - q * pairs)).as("p = %s, neighbouring ones", p)
          .isLessThanOrEqualTo(5 * Math.sqrt(pairs * q * (1 - q)) + 1e-9);
    }
  }

  /** The 99.9 % interval holds the engine's exact probability, in every mode. */
  @Test
  void intervalHoldsTheExactProbability() {
    int misses = 0;
    int runs = 0;
    for (long seed = 0; seed < 60; seed++) {
      AttackTree tree = RandomTrees.generate(1000 + seed, 30, 20, 5, seed % 3 == 0);
      AnalysisResult exact = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT);
      for (Mode mode : Mode.values()) {
        SimulatedProbability simulated =
            GoalSimulation.estimate(tree, mode, 200_000, seed, 0.999);
        runs++;
        if (!simulated.contains(exact.probability().get(mode))) {
          misses++;
        }
        assertThat(simulated.upper() - simulated.lower()).isLessThan(0.02);
      }
    }
    // 180 intervals at 99.9 %: a miss is rare (0.18 expected); two would mean a biased simulation.
    assertThat(misses).as("intervals missing the exact value, of %d", runs).isLessThanOrEqualTo(1);
  }

  @Test
  void wilsonIntervalIsTheTextbookOne() {
    // 40 of 100 at 95 %: z = 1.959964; Wilson's interval is [0.3094, 0.4980] (four digits).
    SimulatedProbability interval = SimulatedProbability.of(100, 40, 0.95);
    assertThat(interval.estimate()).isEqualTo(0.4);
    assertThat(interval.lower()).isBetween(0.3093, 0.3095);
    assertThat(interval.upper()).isBetween(0.4979, 0.4981);
    assertThat(SimulatedProbability.of(1000, 0, 0.999).lower()).isZero();
  }

  private static int leafCount(TreeIndex index) {
    int n = 0;
    for (int i = 0; i < index.size; i++) {
      n += index.isLeaf(i) ? 1 : 0;
    }
    return n;
  }

  private static int countedCount(TreeIndex index, Mode mode) {
    int n = 0;
    for (int m = 0; m < index.mitigation.length; m++) {
      n += index.counts(mode, m) ? 1 : 0;
    }
    return n;
  }

  private static boolean[] countedIn(TreeIndex index, Mode mode, boolean[] counted) {
    for (int m = 0; m < counted.length; m++) {
      counted[m] = index.counts(mode, m);
    }
    return counted;
  }
}
