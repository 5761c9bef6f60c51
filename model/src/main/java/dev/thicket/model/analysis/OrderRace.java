package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.BddTooLargeException;

/**
 * Chooses the variable order of a tree's first diagrams. Child order is built first. If it has
 * not finished after {@code trialAt} nodes (a count before the race's), smallest-first is tried:
 * built whole with a hard budget of half as many nodes again as child order has made, it wins if
 * it finishes (edf9202: 0.33 M nodes instead of 2.2 M; cea9601: 1.7 M instead of 6.4 M; SCRAM's
 * CEA9601: 1.5 M instead of 2.1 M). Else a tree
 * whose diagrams need more than {@code raceAt} nodes in child order is also built in
 * largest-first order up to the same number of nodes (a gate that takes it a quarter past that
 * number loses the race), and the order that has built more of the tree's nodes by then goes on
 * (ties: child order); the other is dropped. Child order is abandoned for largest-first, from the
 * start, beyond {@code firstOrderNodeBudget} nodes. On the Aralia rows the race picks the order
 * that finishes with fewer nodes (das9701, edf9204: largest-first; edf9203: child order), for at
 * most about 1.25 × {@code raceAt} extra nodes (docs/analysis.md, "Variable order"). With two
 * processors, largest-first starts on a second thread once child order has made {@code
 * challengeFrom} nodes ({@link RaceChallenger}); the choice is the same.
 */
final class OrderRace {
  private OrderRace() {}

  /** The variables and the built diagrams counting {@code counted}, in the chosen order. */
  static ModeDiagrams build(TreeIndex index, Modules modules, boolean[] counted,
      DiagramLimits limits, Checkpoints checkpoints) {
    RaceChallenger challenger = null;
    try {
      ModeDiagrams child = unbuilt(index, modules, Variables.Order.CHILD_ORDER, counted, limits,
          checkpoints);
      // The trial comes before the race, or not at all.
      boolean childDone = limits.trialAt() < limits.raceAt() && child.buildUntil(limits.trialAt());
      if (!childDone && limits.trialAt() < limits.raceAt()) {
        ModeDiagrams smallest = smallestFirstIfCheaper(index, modules, counted, limits,
            checkpoints, child);
        if (smallest != null) {
          return smallest;
        }
      }
      childDone = childDone || limits.challengeFrom() < limits.raceAt()
          && child.buildUntil(limits.challengeFrom());
      if (!childDone && limits.challengeFrom() < limits.raceAt()) {
        challenger = RaceChallenger.start(index, modules, counted, limits, checkpoints);
      }
      if (!childDone && !child.buildUntil(limits.raceAt())) {
        ModeDiagrams largest = challenger != null ? challenger.finish(child)
            : largestFirstIfAhead(index, modules, counted, limits, checkpoints, child);
        challenger = null;
        if (largest != null) {
          return largest;
        }
        child.buildUntil(Long.MAX_VALUE);
      }
      return child;
    } catch (BddTooLargeException childOrderTooLarge) {
      if (challenger != null) {
        challenger.stop();
        challenger = null;
      }
      ModeDiagrams largest = unbuilt(index, modules, Variables.Order.LARGEST_FIRST, counted,
          limits.withFirstOrderNodeBudget(Integer.MAX_VALUE), checkpoints);
      largest.buildUntil(Long.MAX_VALUE);
      return largest;
    } finally {
      if (challenger != null) {
        challenger.stop();
      }
    }
  }

  /**
   * Smallest-first, built whole if it needs at most half as many nodes again as {@code child} has
   * made so far (it stops at that budget); else null.
   */
  private static ModeDiagrams smallestFirstIfCheaper(TreeIndex index, Modules modules,
      boolean[] counted, DiagramLimits limits, Checkpoints checkpoints, ModeDiagrams child) {
    ModeDiagrams smallest = unbuilt(index, modules, Variables.Order.SMALLEST_FIRST, counted,
        limits.withFirstOrderNodeBudget(halfPast(child.bdd.nodesMade(),
            limits.firstOrderNodeBudget())), checkpoints);
    try {
      smallest.buildUntil(Long.MAX_VALUE);
    } catch (BddTooLargeException smallestTooLarge) {
      return null;
    }
    smallest.bdd.liftNodeBudget();
    return smallest;
  }

  /**
   * Largest-first built up to as many nodes as {@code child} has made (a quarter more within a
   * gate), then finished if it has built more of the tree than child order; else null.
   */
  private static ModeDiagrams largestFirstIfAhead(TreeIndex index, Modules modules,
      boolean[] counted, DiagramLimits limits, Checkpoints checkpoints, ModeDiagrams child) {
    // A pause comes only between gates: one gate may not take the challenger past a quarter more.
    ModeDiagrams largest = challenger(index, modules, Variables.Order.LARGEST_FIRST, counted,
        limits, checkpoints, child);
    try {
      if (!largest.buildUntil(child.bdd.nodesMade()) && largest.built() <= child.built()) {
        return null;
      }
    } catch (BddTooLargeException largestTooLarge) {
      return null;
    }
    largest.bdd.liftNodeBudget();
    largest.buildUntil(Long.MAX_VALUE);
    return largest;
  }

  /**
   * The diagrams of {@code order}, not built yet, whose node budget is a quarter more than
   * {@code child} has made so far (within the first order's budget).
   */
  private static ModeDiagrams challenger(TreeIndex index, Modules modules, Variables.Order order,
      boolean[] counted, DiagramLimits limits, Checkpoints checkpoints, ModeDiagrams child) {
    return unbuilt(index, modules, order, counted, limits.withFirstOrderNodeBudget(
        quarterPast(child.bdd.nodesMade(), limits.firstOrderNodeBudget())), checkpoints);
  }

  /** The node budget of an order challenging one that has made {@code made}: a quarter more. */
  static int quarterPast(long made, long limit) {
    return (int) Math.min(made + made / 4, limit);
  }

  /**
   * The budget of the smallest-first trial against child order paused at {@code made}: half as
   * many again (SCRAM's CEA9601: child order pauses at 1.01 M nodes and would finish at 2.12 M;
   * smallest-first finishes at 1.50 M, and its importance takes two thirds of the time).
   */
  static int halfPast(long made, long limit) {
    return (int) Math.min(made + made / 2, limit);
  }

  private static ModeDiagrams unbuilt(TreeIndex index, Modules modules, Variables.Order order,
      boolean[] counted, DiagramLimits limits, Checkpoints checkpoints) {
    return new ModeDiagrams(index, new Variables(index, modules, order), modules, counted,
        limits.firstOrderNodeBudget(), checkpoints, limits.collectAbove(), false);
  }
}
