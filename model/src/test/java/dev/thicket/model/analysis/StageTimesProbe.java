package dev.thicket.model.analysis;

import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.tree.AttackTree;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * A developer tool, not a test: where one tree's probability-and-counts analysis (what {@code
 * bench aralia} times) spends its time, as wall and analysis-thread CPU seconds per stage:
 * reading, child order up to the smallest-first trial, the trial, the two orders of the race
 * ({@link OrderRace}) up to the race count, the rest of the
 * diagrams in the order that won, the ZDD of minimal cut sets and the counts. Repeats the whole
 * run to show warm figures. Node counts: made (collected ones included) and live.
 *
 * <pre>
 * javac -d /tmp/probe -cp app/target/thicket.jar model/src/test/java/dev/thicket/model/analysis/StageTimesProbe.java
 * java -cp /tmp/probe:app/target/thicket.jar dev.thicket.model.analysis.StageTimesProbe \
 *     ../shared/benchmarks/aralia/das9701.xml 3
 * </pre>
 */
final class StageTimesProbe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private long wall;
  private long cpu;

  private StageTimesProbe() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    for (int run = 0; run < runs; run++) {
      DeepStack.call(() -> {
        new StageTimesProbe().probe(Path.of(args[0]));
        return null;
      });
    }
  }

  private void probe(Path file) throws Exception {
    long start = System.nanoTime();
    lap(null);
    AttackTree tree = TreeFiles.read(List.of(file));
    TreeIndex index = new TreeIndex(tree);
    Modules modules = new Modules(index);
    lap("read, index, modules");
    Checkpoints checkpoints = new Checkpoints(AnalysisMonitor.NONE);
    boolean[] counted = ModeDiagrams.countedIn(index, Mode.INHERENT);
    DiagramLimits limits = DiagramLimits.DEFAULT;
    ModeDiagrams child = unbuilt(index, modules, Variables.Order.CHILD_ORDER, counted, limits,
        checkpoints);
    boolean childDone = child.buildUntil(limits.trialAt());
    lap(String.format("child order to %,d made (%d of %d built)", child.bdd.nodesMade(),
        child.built(), index.size));
    ModeDiagrams chosen = child;
    if (!childDone) {
      long made = child.bdd.nodesMade();
      ModeDiagrams smallest = new ModeDiagrams(index,
          new Variables(index, modules, Variables.Order.SMALLEST_FIRST), modules, counted,
          (int) (made + made / 4), checkpoints, limits.collectAbove(), false);
      try {
        childDone = smallest.buildUntil(Long.MAX_VALUE);
        chosen = smallest;
      } catch (dev.thicket.model.analysis.bdd.BddTooLargeException tooLarge) {
        childDone = child.buildUntil(limits.raceAt());
      }
      lap(String.format("smallest-first trial: %s at %,d made; child order to %,d made",
          chosen == smallest ? "won" : "lost", smallest.bdd.nodesMade(), child.bdd.nodesMade()));
    }
    if (!childDone) {
      ModeDiagrams largest = unbuilt(index, modules, Variables.Order.LARGEST_FIRST, counted,
          limits, checkpoints);
      largest.buildUntil(child.bdd.nodesMade());
      lap(String.format("largest-first to %,d made (%d built)", largest.bdd.nodesMade(),
          largest.built()));
      chosen = largest.built() > child.built() ? largest : child;
      chosen.buildUntil(Long.MAX_VALUE);
      lap(String.format("rest in %s: %,d made, %,d live, root %,d", chosen.variables.order,
          chosen.bdd.nodesMade(), chosen.bdd.size(),
          chosen.bdd.nodesByVariable(chosen.own[index.root]).length));
    }
    MinimalCutSets cutSets = new MinimalCutSets(chosen, checkpoints);
    lap(String.format("ZDD of minimal cut sets: %,d nodes", cutSets.zdd.size()));
    ScenarioRanking ranking = new ScenarioRanking(index, cutSets, Mode.INHERENT, 1, 0.5,
        checkpoints);
    CutSetSummary summary = ranking.top(10, 20, 0);
    lap(String.format("counts and top 10: %,d cut sets", summary.count()));
    System.out.printf("%-60s wall %6.2f  P(top) %s%n", "total", (System.nanoTime() - start) / 1e9,
        chosen.top());
  }

  private static ModeDiagrams unbuilt(TreeIndex index, Modules modules, Variables.Order order,
      boolean[] counted, DiagramLimits limits, Checkpoints checkpoints) {
    return new ModeDiagrams(index, new Variables(index, modules, order), modules, counted,
        Integer.MAX_VALUE, checkpoints, limits.collectAbove(), false);
  }

  private void lap(String stage) {
    if (stage != null) {
      System.out.printf("%-60s wall %6.2f  cpu %6.2f%n", stage, (System.nanoTime() - wall) / 1e9,
          (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
    }
    wall = System.nanoTime();
    cpu = THREADS.getCurrentThreadCpuTime();
  }
}
