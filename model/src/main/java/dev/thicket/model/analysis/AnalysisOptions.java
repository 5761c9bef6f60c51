package dev.thicket.model.analysis;

import dev.thicket.model.tree.AnalysisSettings;
import java.util.Objects;

/**
 * What to analyse.
 *
 * @param mode the mode the scenarios are scored in
 * @param top how many scenarios to list; negative for all
 * @param overrides thresholds that replace the file's (null fields keep the file's)
 */
public record AnalysisOptions(Mode mode, int top, AnalysisSettings overrides) {
  public static final int DEFAULT_TOP = 20;
  public static final AnalysisOptions DEFAULT =
      new AnalysisOptions(Mode.RESIDUAL, DEFAULT_TOP, AnalysisSettings.NONE);

  public AnalysisOptions {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(overrides, "overrides");
  }
}
