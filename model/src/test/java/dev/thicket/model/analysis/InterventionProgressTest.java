package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.analysis.ParallelInterventions.Split;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The progress of the importance's interventions ({@link InterventionProgress}): counted value by
 * value, so it moves inside one module; it never goes back, and it reaches the end of the stage
 * once, with the last value (the editor's bar stood at 85 % for the whole of a large module).
 */
class InterventionProgressTest {
  private static final double FROM = 0.85;

  @Test
  void progressMovesInsideOneModule() throws Exception {
    AttackTree tree = TreeReader.read("shared.yaml",
        ParallelInterventionsTest.SHARED.getBytes(StandardCharsets.UTF_8));

    for (Split split : new Split[] {Split.ONE, Split.ALTERNATE}) {
      List<Double> fractions = progress(tree, Mode.RESIDUAL, split);

      assertThat(fractions.stream().filter(f -> f > FROM && f < 1.0).distinct().count())
          .as(split + ": " + fractions).isGreaterThanOrEqualTo(3);
      assertEndsOnce(fractions, split.toString());
    }
  }

  /**
   * Random trees (a third non-coherent): on one thread, and on two workers in turn, the progress
   * never goes back and reaches the end exactly with the last value; on two threads (only the
   * first reports, counting the second's values too) it never goes back nor past the end.
   */
  @Property(tries = 150)
  void progressNeverGoesBackAndEndsWithTheLastValue(@ForAll long seed) {
    AttackTree tree = RandomTrees.generate(seed, 16, 9, 2, seed % 3 == 0);
    Mode mode = Mode.values()[Math.floorMod(seed, Mode.values().length)];

    for (Split split : Split.values()) {
      List<Double> fractions = progress(tree, mode, split);

      for (int i = 1; i < fractions.size(); i++) {
        assertThat(fractions.get(i)).as(split + ", seed " + seed + ": " + fractions)
            .isGreaterThanOrEqualTo(fractions.get(i - 1)).isLessThanOrEqualTo(1.0);
      }
      if (fractions.size() > 1 && split != Split.TWO) {
        assertEndsOnce(fractions, split + ", seed " + seed);
      }
    }
  }

  /**
   * Results handed over while the interventions run (at every value here), on random and hub
   * trees and every split: each known node's measures are its final ones, the others pending,
   * and each hand-over knows more nodes than the one before; on one thread, and on two workers
   * in turn, the last hand-over knows every node; the final measures are exact against
   * enumeration. A value read before it is in, a linked copy of a value not in, or a node marked
   * known with one value missing would differ from the final measures. The same with the nodes
   * that may be critical alone ({@link ImportanceMeasures#onlyCritical}): a node left out is
   * never handed over as known.
   */
  @Property(tries = 150)
  void resultsHandedOverWhileTheInterventionsRunAreFinalWhereKnown(@ForAll long seed) {
    boolean hubs = seed % 2 == 0;
    AttackTree tree = HubTrees.orRandom(seed, 16, 9, 2);
    Mode mode = Mode.values()[Math.floorMod(seed, Mode.values().length)];

    for (Split split : new Split[] {Split.ONE, Split.TWO, Split.ALTERNATE}) {
      for (boolean onlyCritical : new boolean[] {false, true}) {
        handOversAreFinalWhereKnown(tree, mode, hubs, split, onlyCritical,
            ", " + split + (onlyCritical ? ", critical nodes only" : "") + ", seed " + seed);
      }
    }
  }

  private static void handOversAreFinalWhereKnown(AttackTree tree, Mode mode, boolean hubs,
      Split split, boolean onlyCritical, String what) {
    List<List<NodeImportance>> handedOver = Collections.synchronizedList(new ArrayList<>());
    ImportanceMeasures measures = new ImportanceMeasures(EveryGateDiagrams.of(tree, mode),
        new Checkpoints(AnalysisMonitor.NONE), hubs ? 3 : HubCuts.HUB_PARENTS,
        Interventions.KEPT_NODES, split, 0).handingOverEvery(0);
    List<NodeImportance> last = (onlyCritical ? measures.onlyCritical() : measures)
        .compute(0.1, 1, handedOver::add);

    long knownBefore = -1;
    for (List<NodeImportance> partial : handedOver) {
      for (int i = 0; i < last.size(); i++) {
        NodeImportance done = last.get(i);
        assertThat(partial.get(i)).as(what).isIn(done, NodeImportance.pending(done.id(),
            done.title(), done.gate(), done.probability()));
      }
      long known = partial.stream().filter(node -> !node.pending()).count();
      assertThat(known).as(what).isGreaterThan(knownBefore);
      knownBefore = known;
    }
    if (handedOver.size() > 1 && split != Split.TWO) {
      assertThat(handedOver.get(handedOver.size() - 1)).as(what).isEqualTo(last);
    }
    // the final measures, which every known one equals, against enumeration
    ForcedMeasures.assertExact(new BruteForce(tree), mode, tree.root(), 1,
        last.stream().filter(node -> !node.pending()).toList(), 1e-9, what);
  }

  /** The last fraction is the stage's end, and no earlier one is. */
  private static void assertEndsOnce(List<Double> fractions, String what) {
    assertThat(fractions.get(fractions.size() - 1)).as(what + ": " + fractions)
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(fractions.subList(0, fractions.size() - 1)).as(what + ": " + fractions)
        .allSatisfy(f -> assertThat(f).isLessThan(1.0 - 1e-12));
  }

  /** The fractions reported in the importance stage, [0.85, 1], in order. */
  private static List<Double> progress(AttackTree tree, Mode mode, Split split) {
    List<Double> fractions = Collections.synchronizedList(new ArrayList<>());
    Checkpoints checkpoints = new Checkpoints(new AnalysisMonitor() {
      @Override
      public void progress(String stage, double fraction) {
        fractions.add(fraction);
      }

      @Override
      public boolean cancelled() {
        return false;
      }
    });
    checkpoints.stage("importance", FROM, 1.0);
    new ImportanceMeasures(EveryGateDiagrams.of(tree, mode), checkpoints, HubCuts.HUB_PARENTS,
        Interventions.KEPT_NODES, split, 0).compute(0.1, 1);
    return List.copyOf(fractions);
  }
}
