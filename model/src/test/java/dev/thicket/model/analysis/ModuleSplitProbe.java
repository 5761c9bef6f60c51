package dev.thicket.model.analysis;

import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Path;
import java.util.List;

/**
 * A developer tool, not a test: prints {@link ModuleSplitEstimate} of a tree (inherent mode) with
 * its parts and times; with the whole tree's simulation for comparison. nus9601: decision 0034.
 *
 * <pre>
 * javac -d /tmp/probe -cp app/target/thicket.jar model/src/test/java/dev/thicket/model/analysis/ModuleSplitProbe.java
 * java -cp /tmp/probe:app/target/thicket.jar dev.thicket.model.analysis.ModuleSplitProbe \
 *     ../shared/benchmarks/aralia/nus9601.xml 10000000
 * </pre>
 */
final class ModuleSplitProbe {
  private ModuleSplitProbe() {}

  public static void main(String[] args) throws Exception {
    AttackTree tree = TreeFiles.read(List.of(Path.of(args[0])));
    long samples = Long.parseLong(args[1]);
    long start = System.nanoTime();
    ModuleSplitEstimate split = ModuleSplitEstimate.of(tree, Mode.INHERENT, samples, 1,
        GoalSimulation.CONFIDENCE, AnalysisMonitor.NONE).orElseThrow();
    SimulatedProbability q = split.moduleProbability();
    System.out.printf("module %s: P(goal | not achieved) %s, P(goal | achieved) %s%n",
        split.module(), split.whenNotAchieved(), split.whenAchieved());
    System.out.printf("P(%s) simulated: %d in %d, %.4e [%.4e, %.4e]%n", split.module(), q.hits(),
        q.samples(), q.estimate(), q.lower(), q.upper());
    System.out.printf("P(goal) %.6e, 99.9 %% [%.6e, %.6e], %.1f s%n", split.estimate(),
        split.lower(), split.upper(), (System.nanoTime() - start) / 1e9);
    start = System.nanoTime();
    SimulatedProbability whole = GoalSimulation.estimate(tree, Mode.INHERENT, samples, 1,
        GoalSimulation.CONFIDENCE);
    System.out.printf("whole tree simulated: %.4e [%.4e, %.4e], %.1f s%n", whole.estimate(),
        whole.lower(), whole.upper(), (System.nanoTime() - start) / 1e9);
  }
}
