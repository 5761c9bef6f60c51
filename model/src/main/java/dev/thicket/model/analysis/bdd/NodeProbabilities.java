package dev.thicket.model.analysis.bdd;

import java.util.Arrays;

/**
 * The probability of every node of a {@link Bdd}, for fixed variable probabilities, kept up to
 * date as nodes are made and forgotten: {@link #update} computes the new nodes in one ascending
 * pass (children have smaller numbers), {@link #rollback} follows {@link Bdd#rollback}.
 */
public final class NodeProbabilities {
  private final Bdd bdd;
  private final double[] variableProbability;
  private double[] probability;
  private int known;

  /**
   * @param known the probabilities of nodes {@code 0..known.length-1}, already computed for
   *     {@code variableProbability} (module variables taking their module's probability)
   */
  public NodeProbabilities(Bdd bdd, double[] variableProbability, double[] known) {
    this.bdd = bdd;
    this.variableProbability = variableProbability;
    this.probability = known.clone();
    this.known = known.length;
  }

  /** Computes the nodes made since the last call; returns the array of all probabilities. */
  public double[] update() {
    int size = bdd.size();
    if (probability.length < size) {
      probability = Arrays.copyOf(probability, Math.max(size, probability.length * 3 / 2));
    }
    for (int node = known; node < size; node++) {
      double p = variableProbability[bdd.variable(node)];
      probability[node] = p * probability[bdd.high(node)] + (1 - p) * probability[bdd.low(node)];
    }
    known = Math.max(known, size);
    return probability;
  }

  public double of(int node) {
    return update()[node];
  }

  public double[] variableProbability() {
    return variableProbability;
  }

  /** Forgets the nodes from {@code mark} on, as {@link Bdd#rollback} did. */
  public void rollback(int mark) {
    known = Math.min(known, mark);
  }
}
