package dev.thicket.model.analysis;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The full analysis of a tree: exact top-event probability and risk in the three modes, the
 * scenarios (minimal cut sets) ranked by risk, and the importance of every node. See
 * docs/analysis.md for the definitions.
 */
public final class TreeAnalysis {
  /** The stage of the importance of every node, as monitors see it ({@link AnalysisMonitor}). */
  public static final String IMPORTANCE_STAGE = "importance";
  /**
   * A system property: the most diagram nodes the importance may make on the analysis's own
   * diagrams (not a second worker's copy) before it stops with {@link
   * dev.thicket.model.analysis.bdd.BddTooLargeException}, as when it runs out of memory; for
   * tests and diagnostics of what the commands do then. Unset: no limit but memory.
   */
  public static final String IMPORTANCE_NODE_LIMIT = "thicket.importanceNodeLimit";

  private TreeAnalysis() {}

  public static AnalysisResult run(AttackTree tree, AnalysisOptions options) {
    return run(tree, options, AnalysisMonitor.NONE);
  }

  /**
   * Runs the analysis, reporting progress to {@code monitor}, which may cancel it: then {@link
   * AnalysisCancelledException} is thrown. Too large for memory: {@link
   * AnalysisTooLargeException}. The diagrams are built with garbage collections also when every
   * node's importance is asked for: it builds the functions collected again, once, and the
   * variable order is then the one a run without importance chooses (decision 36).
   */
  public static AnalysisResult run(
      AttackTree tree, AnalysisOptions options, AnalysisMonitor monitor) {
    return DeepStack.call(() -> compute(tree, options, new Checkpoints(monitor),
        DiagramLimits.DEFAULT, RestoreHandOver.WAIT_NANOS));
  }

  /**
   * Only the exact top-event probability in every mode: the diagrams, no cut sets, scenarios or
   * importance (a CI gate needs no more). Cancellation and size limits as {@link #run}.
   */
  public static Map<Mode, Double> probabilities(AttackTree tree, AnalysisMonitor monitor) {
    return DeepStack.call(() -> {
      Checkpoints checkpoints = new Checkpoints(monitor);
      TreeIndex index = new TreeIndex(tree);
      Modules modules = new Modules(index);
      DiagramSet diagrams = DiagramSet.build(index, modules, DiagramLimits.DEFAULT, checkpoints);
      Map<Mode, Double> probability = new EnumMap<>(Mode.class);
      for (Mode mode : Mode.values()) {
        probability.put(mode, diagrams.of(mode).top());
      }
      checkpoints.done();
      return probability;
    });
  }

  /** As {@link #run}, with the fallback variable order from the start (for tests). */
  static AnalysisResult runWithFallbackOrder(AttackTree tree, AnalysisOptions options) {
    return run(tree, options, DiagramLimits.DEFAULT.withFirstOrderNodeBudget(0));
  }

  /** As {@link #run}, with other limits for building the diagrams (for tests). */
  static AnalysisResult run(AttackTree tree, AnalysisOptions options, DiagramLimits limits) {
    return run(tree, options, AnalysisMonitor.NONE, limits, RestoreHandOver.WAIT_NANOS);
  }

  /**
   * As {@link #run}, with a monitor, other limits for building the diagrams and another wait
   * before the result without the dropped functions is handed over ({@link RestoreHandOver}; for
   * tests).
   */
  static AnalysisResult run(AttackTree tree, AnalysisOptions options, AnalysisMonitor monitor,
      DiagramLimits limits, long restoreWait) {
    return DeepStack.call(() -> compute(tree, options, new Checkpoints(monitor), limits,
        restoreWait));
  }

  private static AnalysisResult compute(AttackTree tree, AnalysisOptions options,
      Checkpoints checkpoints, DiagramLimits limits, long restoreWait) {
    AnalysisSettings settings = tree.settings().overriddenBy(options.overrides());
    TreeIndex index = new TreeIndex(tree);
    Modules modules = new Modules(index);
    DiagramSet diagrams = DiagramSet.build(index, modules, limits, checkpoints);
    double impact = tree.rootImpact();
    Map<Mode, Double> probability = new EnumMap<>(Mode.class);
    Map<Mode, Double> risk = new EnumMap<>(Mode.class);
    for (Mode mode : Mode.values()) {
      double p = diagrams.of(mode).top();
      probability.put(mode, p);
      risk.put(mode, p * impact);
    }
    checkpoints.stage("minimal cut sets", 0.5, 0.7);
    MinimalCutSets cutSets = new MinimalCutSets(diagrams.of(Mode.INHERENT), checkpoints);
    checkpoints.stage("scenarios", 0.7, 0.85);
    ScenarioRanking ranking = new ScenarioRanking(index, cutSets, options.mode(), impact,
        settings.highRiskOrDefault(), checkpoints);
    CutSetSummary scenarios = ranking.top(options.top(), options.limitOrder(), options.cutOff());
    checkpoints.stage("attackers", 0.85, 0.85);
    AttackerResult attackers =
        AttackerAnalysis.run(index, diagrams, cutSets, ranking, impact, checkpoints);
    List<MitigationEffect> mitigations =
        MitigationMeasures.of(diagrams.all(), options.importanceMode(), impact);
    checkpoints.stage(IMPORTANCE_STAGE, 0.85, 1.0);
    AnalysisResult withoutImportance = new AnalysisResult(tree.title(), tree.root(), impact,
        probability, risk, options.mode(), scenarios, options.importanceMode(), List.of(),
        List.of(), mitigations, index.unestimated, settings.criticalOrDefault(),
        settings.highRiskOrDefault(), attackers);
    AnalysisResult result = withoutImportance;
    if (options.nodeImportance()) {
      ModeDiagrams forImportance = diagrams.of(options.importanceMode());
      Consumer<List<NodeImportance>> handOver =
          known -> checkpoints.beforeImportance(withoutImportance.withNodes(known));
      RestoreHandOver.restore(forImportance, restoreWait, handOver);
      Integer nodeLimit = Integer.getInteger(IMPORTANCE_NODE_LIMIT);
      if (nodeLimit != null) {
        forImportance.bdd.limitNodeBudget(
            (int) Math.min(Integer.MAX_VALUE, forImportance.bdd.nodesMade() + nodeLimit));
      }
      ImportanceMeasures measures = new ImportanceMeasures(forImportance, checkpoints);
      if (options.onlyCriticalNodes()) {
        measures.onlyCritical();
      }
      result = withoutImportance.withNodes(
          measures.compute(settings.criticalOrDefault(), impact, handOver));
    }
    checkpoints.done();
    return result;
  }
}
