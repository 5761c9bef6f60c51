package dev.thicket.model.analysis;

/**
 * How diagrams are built: the node budget of child order before largest-first takes over, the
 * node count at which the two orders race ({@link OrderRace}), when largest-first starts on a
 * second thread for that race, when smallest-first is tried against a child order that has not
 * finished, and when garbage is collected ({@link ModeDiagrams#buildUntil}).
 *
 * @param firstOrderNodeBudget nodes child order may make before it is abandoned
 * @param raceAt nodes made by child order before largest-first is tried against it
 * @param collectAbove live nodes that start a collection; 0 before every gate
 * @param challengeFrom nodes made by child order when largest-first starts building on a second
 *     thread ({@link RaceChallenger}); {@code raceAt} or more: only after child order, on the
 *     same thread
 * @param trialAt nodes made by child order, not finished, when smallest-first is built against
 *     it ({@link OrderRace}); {@code Long.MAX_VALUE}: never
 */
record DiagramLimits(int firstOrderNodeBudget, long raceAt, int collectAbove,
    long challengeFrom, long trialAt) {
  /**
   * Child order up to 8 M nodes (about 100 MB; the Aralia trees it suits stay under 7 M), a
   * smallest-first trial at 256 K, a race at 1 M, largest-first on a second thread from 512 K
   * when there are two processors or more, collections from 4 M live nodes.
   */
  static final DiagramLimits DEFAULT = new DiagramLimits(8 << 20, 1 << 20,
      ModeDiagrams.COLLECT_ABOVE,
      Runtime.getRuntime().availableProcessors() > 1 ? 1 << 19 : Long.MAX_VALUE, 1 << 18);

  /** Without a smallest-first trial. */
  DiagramLimits(int firstOrderNodeBudget, long raceAt, int collectAbove, long challengeFrom) {
    this(firstOrderNodeBudget, raceAt, collectAbove, challengeFrom, Long.MAX_VALUE);
  }

  /** Without a second thread for the race, nor a smallest-first trial. */
  DiagramLimits(int firstOrderNodeBudget, long raceAt, int collectAbove) {
    this(firstOrderNodeBudget, raceAt, collectAbove, Long.MAX_VALUE);
  }

  DiagramLimits withFirstOrderNodeBudget(int budget) {
    return new DiagramLimits(budget, raceAt, collectAbove, challengeFrom, trialAt);
  }

  DiagramLimits withRaceAt(long nodes) {
    return new DiagramLimits(firstOrderNodeBudget, nodes, collectAbove, challengeFrom, trialAt);
  }

  DiagramLimits withCollectAbove(int nodes) {
    return new DiagramLimits(firstOrderNodeBudget, raceAt, nodes, challengeFrom, trialAt);
  }

  DiagramLimits withChallengeFrom(long nodes) {
    return new DiagramLimits(firstOrderNodeBudget, raceAt, collectAbove, nodes, trialAt);
  }

  DiagramLimits withTrialAt(long nodes) {
    return new DiagramLimits(firstOrderNodeBudget, raceAt, collectAbove, challengeFrom, nodes);
  }
}
