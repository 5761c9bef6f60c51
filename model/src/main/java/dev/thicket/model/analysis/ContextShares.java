package dev.thicket.model.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The members of a module's contexts (each dependent goes to its nearest dominator that is a
 * context, {@link Interventions}), and which of them one worker computes, when two share a module's
 * interventions (decision 36; a module with fewer than {@link #SHARED_BELOW} dependents goes whole
 * to one worker instead, {@link ParallelInterventions}). The module's own context is shared: each
 * of its members, hub cuts' groups and sub-contexts goes to the worker that claims it first ({@link
 * WorkClaims}). A sub-context with many dependents below it is shared too: every worker makes its
 * functions and enters it, and its own members are claimed one by one, so that one large
 * sub-context does not leave a worker idle (cea9601: 7 s of 10 below one). A smaller sub-context
 * goes to its claimer, who makes its functions and writes its values; what lies below it goes to
 * the worker that claims it again when it gets there ({@link #computesBelow}; decision 37). The
 * values of a shared context are written by its claimer only; each worker keeps those it reads
 * itself.
 */
final class ContextShares {
  /** A module or sub-context with at least this many dependents below it is shared. */
  static final int SHARED_BELOW = 32;

  private final int sharedBelow;
  /** The module's claims: who computes each member and writes each sub-context's values. */
  private WorkClaims claims = WorkClaims.ALL;
  /** Who computes what lies below each sub-context that is not shared. */
  private WorkClaims below = WorkClaims.ALL;
  /** Contexts every worker enters, members claimed one by one. */
  private final boolean[] shared;
  /** Contexts whose values this worker writes. */
  private final boolean[] publishes;
  /** Dependents below each context, sub-contexts' included. */
  private final int[] dependentsBelow;
  /** The members of the module's contexts: those of context c at {@code memberList[c]}. */
  private final List<List<Integer>> members = new ArrayList<>();
  private final int[] memberList;

  /** @param sharedBelow the dependents below a sub-context that make it shared ({@link
   *     #SHARED_BELOW}; tests share every one or none) */
  ContextShares(int nodes, int sharedBelow) {
    this.sharedBelow = sharedBelow;
    shared = new boolean[nodes];
    publishes = new boolean[nodes];
    dependentsBelow = new int[nodes];
    memberList = new int[nodes];
  }

  /**
   * For the module {@code body[0]}, whose dependents this worker takes by {@code moduleClaims}
   * and the insides of its sub-contexts by {@code belowClaims}: gives each dependent to its
   * nearest dominator that is a context, and counts the dependents below each context.
   */
  void start(int[] body, boolean[] isDependent, boolean[] isContext,
      BodyDominators dominators, WorkClaims moduleClaims, WorkClaims belowClaims) {
    claims = moduleClaims;
    below = belowClaims;
    members.clear();
    for (int node : body) {
      if (isContext[node]) {
        memberList[node] = members.size();
        members.add(new ArrayList<>());
      }
    }
    for (int i = 1; i < body.length; i++) {
      int node = body[i];
      if (isDependent[node]) {
        int context = dominators.of(node);
        while (!isContext[context]) {
          context = dominators.of(context);
        }
        members.get(memberList[context]).add(node);
      }
    }
    for (int i = body.length - 1; i >= 0; i--) {
      int context = body[i];
      if (isContext[context]) {
        for (int member : members.get(memberList[context])) {
          dependentsBelow[context] += 1 + (isContext[member] ? dependentsBelow[member] : 0);
        }
      }
    }
    shared[body[0]] = true;
    publishes[body[0]] = true;
  }

  /** The dependents whose nearest context is {@code context}, parents before children. */
  List<Integer> members(int context) {
    return members.get(memberList[context]);
  }

  /** Whether this worker computes {@code member} of {@code context} (not a sub-context). */
  boolean computes(int context, int member) {
    return !shared[context] || claims.take(member);
  }

  /**
   * Whether this worker makes the functions of sub-context {@code child} of {@code context} and
   * enters it; decides whether it is shared and whether this worker writes its values.
   */
  boolean enters(int context, int child) {
    if (!shared[context]) {
      publishes[child] = true;
      return true;
    }
    publishes[child] = claims.take(child);
    shared[child] = dependentsBelow[child] >= sharedBelow;
    return shared[child] || publishes[child];
  }

  /**
   * Whether this worker computes the members of sub-context {@code child} of {@code context} and
   * what lies below them, claimed when it gets there: a sub-context is claimed twice, once when
   * its functions are made ({@link #enters}, which writes its own values) and again when its
   * members are computed, so that a worker that has nothing left takes a sub-context the other
   * made but has not reached yet (it makes the functions again). A shared one is entered by all.
   */
  boolean computesBelow(int context, int child) {
    return !shared[context] || shared[child] || below.take(child);
  }

  /** Whether this worker writes the values of {@code node}, a member it computes. */
  boolean publishes(int node, boolean isContext) {
    return !isContext || publishes[node];
  }

  /** Clears what {@link #start} and the calls since set for the module {@code body[0]}. */
  void forget(int[] body) {
    for (int node : body) {
      shared[node] = false;
      publishes[node] = false;
      dependentsBelow[node] = 0;
    }
  }
}
