package dev.thicket.model.analysis;

/**
 * Which nodes are achieved, for 64 outcomes of every variable per machine word: the tree's gates
 * as bitwise operations, children before parents. A node is achieved when its gate is and every
 * one of its counted mitigations fails (docs/analysis.md, "Probability").
 */
final class WordEvaluator {
  private final TreeIndex index;
  private final boolean[] counted;
  /** Per node, its words; a leaf's are its variable's outcomes, filled by the caller. */
  final long[][] node;
  /** Per mitigation, its failure outcomes (filled by the caller for counted ones). */
  final long[][] mitigationFails;
  /** Scratch counters of an at-least gate: counter[j] = "at least j children so far". */
  private final long[] counter;

  WordEvaluator(TreeIndex index, boolean[] counted, int words) {
    this.index = index;
    this.counted = counted;
    node = new long[index.size][words];
    mitigationFails = new long[index.mitigation.length][];
    for (int m = 0; m < counted.length; m++) {
      if (counted[m]) {
        mitigationFails[m] = new long[words];
      }
    }
    int maxK = 1;
    for (int i = 0; i < index.size; i++) {
      maxK = Math.max(maxK, index.k[i]);
    }
    counter = new long[maxK + 1];
  }

  /** Evaluates words {@code [0, count)} of every gate (and the mitigations of every node). */
  void evaluate(int count) {
    for (int i : index.bottomUp) {
      long[] out = node[i];
      switch (index.gate[i]) {
        case LEAF -> { }
        case AND -> combine(out, index.children[i], count, true);
        case OR -> combine(out, index.children[i], count, false);
        case NOT -> {
          long[] in = node[index.children[i][0]];
          for (int w = 0; w < count; w++) {
            out[w] = ~in[w];
          }
        }
        case XOR -> {
          long[] a = node[index.children[i][0]];
          long[] b = node[index.children[i][1]];
          for (int w = 0; w < count; w++) {
            out[w] = a[w] ^ b[w];
          }
        }
        case ATLEAST -> atLeast(out, index.children[i], index.k[i], count);
      }
      for (int m : index.mitigations[i]) {
        if (counted[m]) {
          long[] fails = mitigationFails[m];
          for (int w = 0; w < count; w++) {
            out[w] &= fails[w];
          }
        }
      }
    }
  }

  private void combine(long[] out, int[] kids, int count, boolean and) {
    System.arraycopy(node[kids[0]], 0, out, 0, count);
    for (int c = 1; c < kids.length; c++) {
      long[] in = node[kids[c]];
      if (and) {
        for (int w = 0; w < count; w++) {
          out[w] &= in[w];
        }
      } else {
        for (int w = 0; w < count; w++) {
          out[w] |= in[w];
        }
      }
    }
  }

  /** Bits where at least {@code k} children are: counter[j] = "at least j so far", per word. */
  private void atLeast(long[] out, int[] kids, int k, int count) {
    for (int w = 0; w < count; w++) {
      counter[0] = -1L;
      for (int j = 1; j <= k; j++) {
        counter[j] = 0;
      }
      for (int c : kids) {
        long x = node[c][w];
        for (int j = k; j >= 1; j--) {
          counter[j] |= counter[j - 1] & x;
        }
      }
      out[w] = counter[k];
    }
  }
}
