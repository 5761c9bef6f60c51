package dev.thicket.model.analysis;

import dev.thicket.model.tree.AnalysisSettings;
import java.util.Objects;

/**
 * What to analyse.
 *
 * @param mode the mode the scenarios are scored in
 * @param top how many scenarios to list; negative for all
 * @param overrides thresholds that replace the file's (null fields keep the file's)
 * @param limitOrder count and list only cut sets of at most this many events; 0 for no limit
 * @param cutOff count and list only cut sets whose product of leaf probabilities is at least
 *     this; 0 for none
 * @param nodeImportance whether to compute the importance of every node (the costliest part on
 *     large shared structures); without it, {@code nodes} and {@code criticalNodes} are empty
 * @param importanceMode the mode node probabilities and importance are computed in (residual
 *     unless asked otherwise: the editor's view switch asks for the mode it shows)
 * @param onlyCriticalNodes with {@code nodeImportance}, whether only the nodes that may be
 *     critical get their measures, the others left pending (docs/analysis.md, "Critical nodes
 *     only"): for a summary that lists the critical nodes alone
 */
public record AnalysisOptions(Mode mode, int top, AnalysisSettings overrides, int limitOrder,
    double cutOff, boolean nodeImportance, Mode importanceMode, boolean onlyCriticalNodes) {
  public static final int DEFAULT_TOP = 20;
  public static final AnalysisOptions DEFAULT =
      new AnalysisOptions(Mode.RESIDUAL, DEFAULT_TOP, AnalysisSettings.NONE);

  public AnalysisOptions {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(overrides, "overrides");
    Objects.requireNonNull(importanceMode, "importanceMode");
    if (limitOrder < 0) {
      throw new IllegalArgumentException("limitOrder must be >= 0");
    }
    if (!(cutOff >= 0 && cutOff <= 1)) {
      throw new IllegalArgumentException("cutOff must be in [0,1]");
    }
  }

  /** The measures of every node, with node importance. */
  public AnalysisOptions(Mode mode, int top, AnalysisSettings overrides, int limitOrder,
      double cutOff, boolean nodeImportance, Mode importanceMode) {
    this(mode, top, overrides, limitOrder, cutOff, nodeImportance, importanceMode, false);
  }

  /** Node importance in residual mode. */
  public AnalysisOptions(Mode mode, int top, AnalysisSettings overrides, int limitOrder,
      double cutOff, boolean nodeImportance) {
    this(mode, top, overrides, limitOrder, cutOff, nodeImportance, Mode.RESIDUAL);
  }

  /** No limit on order or probability; importance of every node. */
  public AnalysisOptions(Mode mode, int top, AnalysisSettings overrides) {
    this(mode, top, overrides, 0, 0);
  }

  /** With importance of every node. */
  public AnalysisOptions(
      Mode mode, int top, AnalysisSettings overrides, int limitOrder, double cutOff) {
    this(mode, top, overrides, limitOrder, cutOff, true);
  }

  public AnalysisOptions withLimits(int newLimitOrder, double newCutOff) {
    return new AnalysisOptions(mode, top, overrides, newLimitOrder, newCutOff, nodeImportance,
        importanceMode, onlyCriticalNodes);
  }

  public AnalysisOptions withoutNodeImportance() {
    return new AnalysisOptions(mode, top, overrides, limitOrder, cutOff, false, importanceMode,
        onlyCriticalNodes);
  }

  /** The same options with node probabilities and importance computed in {@code newMode}. */
  public AnalysisOptions withImportanceMode(Mode newMode) {
    return new AnalysisOptions(mode, top, overrides, limitOrder, cutOff, nodeImportance, newMode,
        onlyCriticalNodes);
  }

  /** The same options with measures for the nodes that may be critical only. */
  public AnalysisOptions withOnlyCriticalNodes() {
    return new AnalysisOptions(mode, top, overrides, limitOrder, cutOff, nodeImportance,
        importanceMode, true);
  }
}
