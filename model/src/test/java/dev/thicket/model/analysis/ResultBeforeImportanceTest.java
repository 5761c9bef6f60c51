package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The result handed over before the costly part of the importance ({@link
 * AnalysisMonitor#beforeImportance}): the final result, but for the nodes whose measures need
 * interventions, which are pending.
 */
class ResultBeforeImportanceTest {
  private static final Path KERAS = Path.of("..", "trees", "keras.yaml");
  private static final AttackTree SHARED = TreeGenerator.generate(400, 0.1, 11);

  /**
   * A shared mitigation and gates inside a module: interventions where the mitigation counts;
   * the leaves, and the nodes whose values are linked to theirs, come at once. Without counted
   * mitigations (inherent) every value is known at once and nothing is handed over.
   */
  @Test
  void kerasGetsEverythingButTheInterventionsFirst() throws Exception {
    AttackTree keras = TreeReader.read(KERAS);

    for (Mode mode : List.of(Mode.RESIDUAL, Mode.PLANNED)) {
      agreesWithTheFinalResult(keras, AnalysisOptions.DEFAULT.withImportanceMode(mode));
    }
    Recording inherent = new Recording();
    AnalysisResult result = TreeAnalysis.run(keras,
        AnalysisOptions.DEFAULT.withImportanceMode(Mode.INHERENT), inherent);
    assertThat(inherent.early).isEmpty();
    assertThat(result.nodes()).noneMatch(NodeImportance::pending);
  }

  /** Shared nodes: the importance goes through the interventions of gates inside modules. */
  @Test
  void aGeneratedTreeWithSharedNodesToo() {
    agreesWithTheFinalResult(SHARED, AnalysisOptions.DEFAULT);
  }

  /**
   * Diagrams that dropped functions while they were built (collected before every gate here, as
   * das9701's are when they grow, and gates their parents fold in), with no wait for building
   * them again (das9701's takes seconds): a result comes before, every node pending and the
   * dropped ones' probability not known yet (NaN); then the results above.
   */
  @Test
  void aResultComesBeforeTheDroppedFunctionsAreBuiltAgain() {
    Recording monitor = new Recording();

    AnalysisResult result = collectedEverywhere(monitor, 0);

    AnalysisResult first = monitor.early.get(0);
    assertThat(first.nodes()).allMatch(NodeImportance::pending);
    assertThat(first.nodes()).filteredOn(node -> Double.isNaN(node.probability())).isNotEmpty();
    assertThat(first.nodes().get(0).id()).isEqualTo(SHARED.root());
    assertThat(first.nodes().get(0).probability())
        .isEqualTo(result.nodes().get(0).probability());
    assertAgree(monitor, result, SHARED);
    assertThat(monitor.early).hasSizeGreaterThan(1); // the derivatives' result follows
  }

  /**
   * The restore on its own thread, the result waiting for it (1 ns here) handed over meanwhile:
   * the same final result as with the restore first.
   */
  @Test
  void theRestoreOnItsOwnThreadGivesTheSameResults() {
    Recording monitor = new Recording();

    AnalysisResult result = collectedEverywhere(monitor, 1);

    assertAgree(monitor, result, SHARED);
    assertThat(result).isEqualTo(collectedEverywhere(AnalysisMonitor.NONE, 0));
  }

  /** {@link #SHARED}, its diagrams collected before every gate, and this restore wait. */
  private static AnalysisResult collectedEverywhere(AnalysisMonitor monitor, long restoreWait) {
    return TreeAnalysis.run(SHARED, AnalysisOptions.DEFAULT, monitor,
        DiagramLimits.DEFAULT.withCollectAbove(0), restoreWait);
  }

  /**
   * On random and hub trees (a third non-coherent, with mitigations), diagrams collected before
   * every gate, the restore first (wait 0) or on its own thread (1 ns): every probability handed
   * over early is unknown (NaN) or the enumerated P(node), every early result agrees with the
   * final one, and the final measures are exact against enumeration.
   */
  @Property(tries = 100)
  void everyResultHandedOverAroundTheRestoreIsExact(@ForAll long seed) {
    AttackTree tree = HubTrees.orRandom(seed, 16, 9, 2);
    Mode mode = Mode.values()[Math.floorMod(seed, Mode.values().length)];
    Recording monitor = new Recording();
    BruteForce brute = new BruteForce(tree);

    AnalysisResult result = TreeAnalysis.run(tree,
        AnalysisOptions.DEFAULT.withImportanceMode(mode), monitor,
        DiagramLimits.DEFAULT.withCollectAbove(0), Math.floorMod(seed, 2));

    for (AnalysisResult early : monitor.early) {
      for (NodeImportance node : early.nodes()) {
        if (!Double.isNaN(node.probability())) {
          assertThat(node.probability()).as(node.id() + ", seed " + seed)
              .isCloseTo(brute.probabilityOfAll(mode, node.id()), within(1e-9));
        }
      }
    }
    if (!monitor.early.isEmpty()) {
      assertAgree(monitor, result, tree);
    }
    ForcedMeasures.assertExact(brute, mode, tree.root(), tree.rootImpact(), result.nodes(),
        1e-9, ", seed " + seed);
  }

  /** Nothing shared: every gate is a module, every measure a derivative, nothing pending. */
  @Test
  void nothingIsHandedOverWhenNoNodeWouldBePending() {
    Recording monitor = new Recording();

    AnalysisResult result =
        TreeAnalysis.run(TreeGenerator.generate(400, 0, 11), AnalysisOptions.DEFAULT, monitor);

    assertThat(result.nodes()).hasSize(400).noneMatch(NodeImportance::pending);
    assertThat(monitor.early).isEmpty();
  }

  @Test
  void nothingIsHandedOverWhenTheImportanceIsSkipped() throws Exception {
    AttackTree keras = TreeReader.read(KERAS);
    Recording monitor = new Recording();

    AnalysisResult result =
        TreeAnalysis.run(keras, AnalysisOptions.DEFAULT.withoutNodeImportance(), monitor);

    assertThat(result.nodes()).isEmpty();
    assertThat(result.importancePending()).isFalse();
    assertThat(monitor.early).isEmpty();
  }

  private static void agreesWithTheFinalResult(AttackTree tree, AnalysisOptions options) {
    Recording monitor = new Recording();

    AnalysisResult result = TreeAnalysis.run(tree, options, monitor);

    assertAgree(monitor, result, tree);
  }

  /**
   * Every result handed over is the final one but for pending nodes, whose probability is the
   * final one or, before the restore only, not known yet (NaN); what is known only grows.
   */
  private static void assertAgree(Recording monitor, AnalysisResult result, AttackTree tree) {
    assertThat(monitor.early).isNotEmpty();
    assertThat(monitor.stageWhenHandedOver).isEqualTo("importance");
    assertThat(result.importancePending()).isFalse();
    int knownBefore = 0;
    boolean restored = false;
    for (AnalysisResult early : monitor.early) {
      assertThat(early.importancePending()).isTrue();
      assertThat(result.nodes()).hasSameSizeAs(early.nodes()).hasSize(tree.nodes().size());
      boolean unrestored = early.nodes().stream().anyMatch(n -> Double.isNaN(n.probability()));
      assertThat(unrestored && restored).as("unknown probabilities after the restore").isFalse();
      restored |= !unrestored;
      int known = 0;
      for (int i = 0; i < result.nodes().size(); i++) {
        NodeImportance first = early.nodes().get(i);
        NodeImportance done = result.nodes().get(i);
        assertThat(done.pending()).as(done.id()).isFalse();
        if (first.pending()) {
          assertThat(first).isIn(NodeImportance.pending(done.id(), done.title(), done.gate(),
              done.probability()), NodeImportance.pending(done.id(), done.title(), done.gate(),
              Double.NaN));
        } else {
          assertThat(first).as("known early, so final").isEqualTo(done);
          known++;
        }
      }
      assertThat(known).as("the goal's and the leaves' come at once, and stay known")
          .isGreaterThanOrEqualTo(knownBefore);
      if (!unrestored) {
        assertThat(known).as("once restored, the derivatives' measures").isPositive();
      }
      knownBefore = known;
      assertThat(early.criticalNodes()).isSubsetOf(result.criticalNodes());
      // everything else is the final result's
      assertThat(early.withNodes(result.nodes())).isEqualTo(result);
    }
  }

  /** Records what the analysis hands over before its importance, and the stage it was in. */
  private static final class Recording implements AnalysisMonitor {
    final List<AnalysisResult> early = new ArrayList<>();
    String stage = "";
    String stageWhenHandedOver;

    @Override
    public void progress(String name, double fraction) {
      stage = name;
    }

    @Override
    public boolean cancelled() {
      return false;
    }

    @Override
    public void beforeImportance(AnalysisResult result) {
      early.add(result);
      stageWhenHandedOver = stage;
    }
  }
}
