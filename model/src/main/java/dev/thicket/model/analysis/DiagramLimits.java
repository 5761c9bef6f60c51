package dev.thicket.model.analysis;

/**
 * How diagrams are built: the node budget of child order before largest-first takes over, the
 * node count at which the two orders race ({@link OrderRace}), and when garbage is collected
 * ({@link ModeDiagrams#buildUntil}).
 *
 * @param firstOrderNodeBudget nodes child order may make before it is abandoned
 * @param raceAt nodes made by child order before largest-first is tried against it
 * @param collectAbove live nodes that start a collection; 0 before every gate
 */
record DiagramLimits(int firstOrderNodeBudget, long raceAt, int collectAbove) {
  /**
   * Child order up to 8 M nodes (about 100 MB; the Aralia trees it suits stay under 7 M), a race
   * at 1 M, collections from 4 M live nodes.
   */
  static final DiagramLimits DEFAULT =
      new DiagramLimits(8 << 20, 1 << 20, ModeDiagrams.COLLECT_ABOVE);

  DiagramLimits withFirstOrderNodeBudget(int budget) {
    return new DiagramLimits(budget, raceAt, collectAbove);
  }

  DiagramLimits withRaceAt(long nodes) {
    return new DiagramLimits(firstOrderNodeBudget, nodes, collectAbove);
  }

  DiagramLimits withCollectAbove(int nodes) {
    return new DiagramLimits(firstOrderNodeBudget, raceAt, nodes);
  }
}
