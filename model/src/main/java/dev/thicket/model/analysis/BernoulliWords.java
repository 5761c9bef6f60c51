package dev.thicket.model.analysis;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Independent Bernoulli(p) outcomes of one variable, 64 per machine word, drawn by geometric gaps
 * between successes (one random number per success, not per outcome): outcome i is 1 with
 * probability p, independently of every other. Above p = 1/2 the failures are drawn instead.
 */
final class BernoulliWords {
  private final double p;
  private final boolean inverted;
  /** −ln(1 − q) for the drawn side's probability q; 0 when q is 0 or 1. */
  private final double rate;
  private final ZigguratSampler.Exponential exponential;
  /** The index of the next drawn outcome (success, or failure when inverted), over all words. */
  private long next;

  BernoulliWords(double p, UniformRandomProvider random) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("not a probability: " + p);
    }
    this.p = p;
    this.inverted = p > 0.5;
    double drawn = inverted ? 1 - p : p;
    this.rate = drawn > 0 && drawn < 1 ? -Math.log1p(-drawn) : 0;
    this.exponential = ZigguratSampler.Exponential.of(random);
    this.next = drawn == 0 ? Long.MAX_VALUE : gap();
  }

  /**
   * Fills {@code words[0..count)} with the outcomes numbered {@code first} to {@code first + 64 ·
   * count − 1}, bit b of word w being outcome {@code first + 64w + b}. Calls must cover the
   * outcomes in order, without gaps.
   */
  void fill(long first, long[] words, int count) {
    long fill = inverted ? -1L : 0L;
    for (int w = 0; w < count; w++) {
      words[w] = fill;
    }
    if (p == 0 || p == 1) {
      return;
    }
    long end = first + 64L * count;
    while (next < end) {
      long offset = next - first;
      words[(int) (offset >>> 6)] ^= 1L << (offset & 63);
      next += 1 + gap();
    }
  }

  /**
   * Outcomes before the next drawn one: geometric with success probability q, as ⌊E / λ⌋ for an
   * exponential E of mean 1 and λ = −ln(1 − q) (P(⌊E / λ⌋ ≥ n) = e^(−λn) = (1 − q)^n).
   */
  private long gap() {
    if (rate == 0) {
      return 0;
    }
    double g = Math.floor(exponential.sample() / rate);
    return g >= Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : (long) g;
  }
}
