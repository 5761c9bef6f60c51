package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

/** Importance checked against enumeration of each node forced true and false. */
final class ForcedMeasures {
  private ForcedMeasures() {}

  /**
   * Each node's Birnbaum measure is P(goal | node achieved) − P(goal | node blocked), and its
   * contribution (P(goal) − P(goal | node blocked)) × {@code impact}, within {@code eps}.
   */
  static void assertExact(BruteForce brute, Mode mode, String goal, double impact,
      List<NodeImportance> nodes, double eps, String label) {
    double top = brute.probabilityOfAll(mode, goal);
    for (NodeImportance node : nodes) {
      String what = node.id() + " in " + mode + label;
      double achieved = brute.probabilityForcing(mode, node.id(), true);
      double blocked = brute.probabilityForcing(mode, node.id(), false);
      assertThat(node.birnbaum()).as("Birnbaum of %s", what)
          .isCloseTo(achieved - blocked, within(eps));
      assertThat(node.contribution()).as("contribution of %s", what)
          .isCloseTo((top - blocked) * impact, within(eps));
    }
  }
}
