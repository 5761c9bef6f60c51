package dev.thicket.model.analysis;

import dev.thicket.model.tree.AttackTree;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * P(goal) estimated by simulation (docs/analysis.md, "Simulation"): independent outcomes of every
 * leaf and counted mitigation, the tree evaluated on 64 outcomes per machine word. Independent of
 * the diagram engine, it cross-checks the exact probability on trees too large to enumerate.
 */
public final class GoalSimulation {
  /** The usual number of outcomes: 10^7 (a few seconds on the largest Aralia trees). */
  public static final long SAMPLES = 10_000_000;
  /** The usual confidence of the interval. */
  public static final double CONFIDENCE = 0.999;
  private static final RandomSource STREAM = RandomSource.XO_RO_SHI_RO_128_PP;
  /** At most this many words per node and block (32 MB over all nodes of a block). */
  private static final int BLOCK_WORDS = 1 << 12;
  private static final long MAX_BLOCK_LONGS = 1L << 22;

  private GoalSimulation() {}

  /** {@code samples} outcomes of {@code tree} in {@code mode}, the same for the same seed. */
  public static SimulatedProbability estimate(AttackTree tree, Mode mode, long samples, long seed,
      double confidence) {
    TreeIndex index = new TreeIndex(tree);
    boolean[] counted = new boolean[index.mitigation.length];
    for (int m = 0; m < counted.length; m++) {
      counted[m] = index.counts(mode, m);
    }
    int words = (int) Math.max(1, Math.min(BLOCK_WORDS, MAX_BLOCK_LONGS / index.size));
    WordEvaluator evaluator = new WordEvaluator(index, counted, words);
    UniformRandomProvider random = STREAM.create(seed);
    List<BernoulliWords> streams = new ArrayList<>();
    List<long[]> targets = new ArrayList<>();
    for (int i = 0; i < index.size; i++) {
      if (index.isLeaf(i)) {
        streams.add(new BernoulliWords(index.likelihood[i], random));
        targets.add(evaluator.node[i]);
      }
    }
    for (int m = 0; m < counted.length; m++) {
      if (counted[m]) {
        streams.add(new BernoulliWords(ModeDiagrams.failure(index.mitigation[m], true), random));
        targets.add(evaluator.mitigationFails[m]);
      }
    }
    long hits = 0;
    long[] goal = evaluator.node[index.root];
    for (long first = 0; first < samples; first += 64L * words) {
      int count = (int) Math.min(words, (samples - first + 63) / 64);
      for (int v = 0; v < streams.size(); v++) {
        streams.get(v).fill(first, targets.get(v), count);
      }
      evaluator.evaluate(count);
      long left = samples - first;
      for (int w = 0; w < count; w++) {
        long bits = goal[w];
        long inWord = left - 64L * w;
        if (inWord < 64) {
          bits &= (1L << inWord) - 1;
        }
        hits += Long.bitCount(bits);
      }
    }
    return SimulatedProbability.of(samples, hits, confidence);
  }
}
