package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.analysis.ParallelInterventions.Split;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Importance with the interventions shared by two workers (decision 36): every member computed by
 * exactly one of them, each value the same to the last bit as on one thread, and exact against
 * enumeration; a failure or a cancellation on either thread stops both.
 */
class ParallelInterventionsTest {
  /**
   * Shared gates under the goal: its context has members a, b, c and the sub-context s; one
   * module, the goal's ({@link InterventionProgressTest} too).
   */
  static final String SHARED = """
      format: attacktree/v1
      title: Shared gates
      root: goal
      nodes:
        goal: {title: Goal, gate: or, children: [p, q, r]}
        p: {title: P, gate: and, children: [s, a]}
        q: {title: Q, gate: and, children: [s, b]}
        r: {title: R, gate: and, children: [a, b, c]}
        s: {title: S, gate: or, children: [c, t]}
        a: {title: A, gate: or, children: [l1, l2]}
        b: {title: B, gate: or, children: [l2, l3]}
        c: {title: C, gate: and, children: [l1, l3]}
        t: {title: T, gate: or, children: [l2, l4]}
        l1: {title: L1, likelihood: 0.3}
        l2: {title: L2, likelihood: 0.2}
        l3: {title: L3, likelihood: 0.4}
        l4: {title: L4, likelihood: 0.1}
      """;

  /**
   * Random trees, also with hubs (half of them below an inner context, whose groups the workers
   * claim too) and sub-contexts in chunks of their own: the dependents split by parity between
   * two workers in turn, every sub-context shared, none, or those with two dependents below, give
   * every node's measures, equal to one worker's and exact. A member left to neither worker would
   * stay 0 and fail enumeration.
   */
  @Property(tries = 300)
  void everyMemberIsComputedByOneWorkerTheSameAsOnOne(@ForAll long seed) {
    boolean hubs = seed % 2 == 0;
    AttackTree tree = HubTrees.orRandom(seed, 8, 6, 3);
    Mode mode = Mode.values()[Math.floorMod(seed, Mode.values().length)];
    int hubParents = hubs ? 3 : HubCuts.HUB_PARENTS;
    int keptNodes = seed % 5 == 0 ? 0 : Interventions.KEPT_NODES;
    int sharedBelow = new int[] {0, 2, Integer.MAX_VALUE}[Math.floorMod(seed, 7) % 3];

    List<NodeImportance> one = measures(tree, mode, hubParents, keptNodes, Split.ONE, 0);
    List<NodeImportance> alternate =
        measures(tree, mode, hubParents, keptNodes, Split.ALTERNATE, sharedBelow);

    assertThat(alternate).as("seed " + seed).isEqualTo(one);
    ForcedMeasures.assertExact(new BruteForce(tree), mode, tree.root(), 1, alternate, 1e-9,
        ", seed " + seed);
  }

  /**
   * Larger random trees, none of their sub-contexts shared: every module's members split by
   * parity, and the insides of every sub-context computed by the worker that did not make its
   * functions, which makes and sweeps them again (decision 37). Equal to one worker's and exact.
   */
  @Property(tries = 200)
  void subContextsTakenOverByTheOtherWorkerAreExact(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 16, 9, 2, seed % 3 == 0);
    Mode mode = Mode.values()[Math.floorMod(seed, Mode.values().length)];

    List<NodeImportance> alternate = measures(tree, mode, HubCuts.HUB_PARENTS,
        Interventions.KEPT_NODES, Split.ALTERNATE, Integer.MAX_VALUE);

    assertThat(alternate).as("seed " + seed).isEqualTo(measures(tree, mode, HubCuts.HUB_PARENTS,
        Interventions.KEPT_NODES, Split.ONE, 0));
    ForcedMeasures.assertExact(new BruteForce(tree), mode, tree.root(), 1, alternate, 1e-9,
        ", seed " + seed);
  }

  /**
   * Trees with contexts inside contexts (those of {@link ContextChunksTest} and {@link
   * NestedContextsTest}), every sub-context shared or none, in every mode. With none shared, the
   * insides of every sub-context go to the worker that did not make its functions ({@link
   * Split#ALTERNATE}): it makes and sweeps them again (decision 37).
   */
  @Test
  void subContextsSharedOrClaimedWholeAreExact() throws Exception {
    for (String yaml : List.of(ContextChunksTest.CHUNKS, NestedContextsTest.NESTED)) {
      AttackTree tree = TreeReader.read("nested.yaml", yaml.getBytes(StandardCharsets.UTF_8));
      BruteForce brute = new BruteForce(tree);
      for (Mode mode : Mode.values()) {
        for (int sharedBelow : new int[] {0, Integer.MAX_VALUE}) {
          List<NodeImportance> alternate = measures(tree, mode, HubCuts.HUB_PARENTS,
              Interventions.KEPT_NODES, Split.ALTERNATE, sharedBelow);
          assertThat(alternate).isEqualTo(measures(tree, mode, HubCuts.HUB_PARENTS,
              Interventions.KEPT_NODES, Split.ONE, 0));
          ForcedMeasures.assertExact(brute, mode, tree.root(), 1, alternate, 1e-9,
              ", shared below " + sharedBelow);
        }
      }
    }
  }

  /** Two threads, whatever each claims: the same values as one. */
  @Property(tries = 100)
  void twoThreadsGiveTheSameValuesAsOne(@ForAll long seed) {
    AttackTree tree = HubTrees.generate(seed, seed % 3 == 0, seed % 2 == 0);
    Mode mode = Mode.values()[Math.floorMod(seed, Mode.values().length)];

    int sharedBelow = seed % 2 == 0 ? 0 : ContextShares.SHARED_BELOW;

    assertThat(measures(tree, mode, 3, Interventions.KEPT_NODES, Split.TWO, sharedBelow))
        .as("seed " + seed)
        .isEqualTo(measures(tree, mode, 3, Interventions.KEPT_NODES, Split.ONE, 0));
  }

  @Test
  void aFailureOnTheSecondThreadStopsTheFirstAndIsThrown() throws Exception {
    HelperFirst monitor = new HelperFirst(() -> {
      throw new IllegalStateException("second worker failed");
    });

    assertThatThrownBy(() -> run(monitor))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("second worker failed");
    assertThat(monitor.helperCalled.getCount()).isZero();
    assertHelperEnded();
  }

  @Test
  void twoWorkersOutOfMemoryLeaveTheWorkToOne() throws Exception {
    HelperFirst monitor = new HelperFirst(() -> {
      throw new OutOfMemoryError("Java heap space");
    });
    AttackTree tree = TreeReader.read("shared.yaml", SHARED.getBytes(StandardCharsets.UTF_8));

    List<NodeImportance> nodes = run(tree, monitor);

    assertThat(monitor.helperCalled.getCount()).isZero();
    assertThat(nodes).isEqualTo(measures(tree, Mode.INHERENT, HubCuts.HUB_PARENTS,
        Interventions.KEPT_NODES, Split.ONE, 0));
    assertHelperEnded();
  }

  /**
   * The first worker, stopped (not cancelled) by the second's failure after it made nodes, rolls
   * them back before it goes on alone, as the analysis goes on with its diagrams.
   */
  @Test
  void aWorkerStoppedByTheOtherFailingRollsBackBeforeGoingOnAlone() throws Exception {
    AttackTree tree = HubTrees.orRandom(ROLLED_BACK_SEED, 16, 9, 2);
    ModeDiagrams neverFailed = EveryGateDiagrams.of(tree, Mode.INHERENT);
    run(neverFailed, AnalysisMonitor.NONE, Split.ONE);
    ModeDiagrams diagrams = EveryGateDiagrams.of(tree, Mode.INHERENT);
    Thread caller = Thread.currentThread();
    CountDownLatch callerPublished = new CountDownLatch(1);
    NodesMadeForAValue values = new NodesMadeForAValue(diagrams);
    AnalysisMonitor helperFailsOnceTheCallerPublishes = new AnalysisMonitor() {
      @Override
      public void progress(String stage, double fraction) { // the caller reports
        if (values.madeSinceTheLast() && callerPublished.getCount() > 0) {
          callerPublished.countDown();
          awaitHelperEnded();
        }
      }

      @Override
      public boolean cancelled() {
        if (Thread.currentThread() != caller) {
          awaitOrFail(callerPublished);
          throw new OutOfMemoryError("Java heap space");
        }
        return false;
      }
    };

    List<NodeImportance> nodes = run(diagrams, helperFailsOnceTheCallerPublishes, Split.TWO);

    assertThat(callerPublished.getCount()).isZero();
    assertThat(nodes).isEqualTo(measures(tree, Mode.INHERENT, HubCuts.HUB_PARENTS,
        Interventions.KEPT_NODES, Split.ONE, 0));
    assertThat(diagrams.bdd.size()).isEqualTo(neverFailed.bdd.size());
  }

  /**
   * A cancelled analysis drops its diagrams whole: the interventions do not roll back the nodes
   * they made (millions, one by one, kept both cores busy for up to 2 s after an edit).
   */
  @Test
  void aCancelledAnalysisLeavesItsNodesToBeDroppedWithItsDiagrams() throws Exception {
    ModeDiagrams diagrams = EveryGateDiagrams.of(HubTrees.orRandom(ROLLED_BACK_SEED, 16, 9, 2),
        Mode.INHERENT);
    NodesMadeForAValue values = new NodesMadeForAValue(diagrams);
    int[] nodesWhenCancelled = {-1};
    AnalysisMonitor cancelledOnceAValueMadeNodes = new AnalysisMonitor() {
      @Override
      public void progress(String stage, double fraction) {
        if (values.madeSinceTheLast() && nodesWhenCancelled[0] < 0) {
          nodesWhenCancelled[0] = diagrams.bdd.size();
        }
      }

      @Override
      public boolean cancelled() {
        return nodesWhenCancelled[0] >= 0;
      }
    };

    assertThatThrownBy(() -> run(diagrams, cancelledOnceAValueMadeNodes, Split.ONE))
        .isInstanceOf(AnalysisCancelledException.class);
    assertThat(diagrams.bdd.size()).isEqualTo(nodesWhenCancelled[0]);
  }

  /** A tree whose interventions make nodes between two values (so a rollback shows). */
  private static final long ROLLED_BACK_SEED = 39;

  /** Whether the diagrams grew since the last value reported (in the interventions, then). */
  private static final class NodesMadeForAValue {
    private final ModeDiagrams diagrams;
    private int atTheLast = -1;

    NodesMadeForAValue(ModeDiagrams diagrams) {
      this.diagrams = diagrams;
    }

    boolean madeSinceTheLast() {
      int now = diagrams.bdd.size();
      boolean made = atTheLast >= 0 && now > atTheLast;
      atTheLast = now;
      return made;
    }
  }

  @Test
  void aCancellationSeenOnTheSecondThreadStopsBoth() throws Exception {
    HelperFirst monitor = new HelperFirst(() -> true);

    assertThatThrownBy(() -> run(monitor)).isInstanceOf(AnalysisCancelledException.class);
    assertThat(monitor.helperCalled.getCount()).isZero();
    assertHelperEnded();
  }

  /**
   * Holds the calling thread's first check until the helper thread has checked (so the helper
   * claims a member first); the helper's checks answer {@code onHelper}.
   */
  private static final class HelperFirst implements AnalysisMonitor {
    final CountDownLatch helperCalled = new CountDownLatch(1);
    private final java.util.function.BooleanSupplier onHelper;
    private final Thread caller = Thread.currentThread();

    HelperFirst(java.util.function.BooleanSupplier onHelper) {
      this.onHelper = onHelper;
    }

    @Override
    public void progress(String stage, double fraction) {}

    @Override
    public boolean cancelled() {
      if (Thread.currentThread() != caller) {
        helperCalled.countDown();
        return onHelper.getAsBoolean();
      }
      try {
        helperCalled.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return false;
    }
  }

  private static void run(AnalysisMonitor monitor) throws Exception {
    run(TreeReader.read("shared.yaml", SHARED.getBytes(StandardCharsets.UTF_8)), monitor);
  }

  /** Two threads sharing the module's dependents (its few would otherwise go whole to one). */
  private static List<NodeImportance> run(AttackTree tree, AnalysisMonitor monitor) {
    return run(EveryGateDiagrams.of(tree, Mode.INHERENT), monitor, Split.TWO);
  }

  private static List<NodeImportance> run(ModeDiagrams diagrams, AnalysisMonitor monitor,
      Split split) {
    return new ImportanceMeasures(diagrams, new Checkpoints(monitor), HubCuts.HUB_PARENTS,
        Interventions.KEPT_NODES, split, 0).compute(0.1, 1);
  }

  /** Waits (10 s at most) until the helper thread has ended. */
  private static void awaitHelperEnded() {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals("thicket-importance")) {
        try {
          thread.join(10_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private static void awaitOrFail(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("not reached in 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void assertHelperEnded() {
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(thread -> thread.getName().equals("thicket-importance") && thread.isAlive());
  }

  private static List<NodeImportance> measures(AttackTree tree, Mode mode, int hubParents,
      int keptNodes, Split split, int sharedBelow) {
    return new ImportanceMeasures(EveryGateDiagrams.of(tree, mode),
        new Checkpoints(AnalysisMonitor.NONE), hubParents, keptNodes, split, sharedBelow)
        .compute(0.1, 1);
  }
}
