package dev.thicket.app.cli;

import dev.thicket.model.analysis.Mode;
import picocli.CommandLine.Option;

/** The {@code --mode} option shared by the commands that score a tree. */
public final class ModeOption {
  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "residual",
      converter = Converters.ModeConverter.class,
      completionCandidates = Converters.ModeCandidates.class,
      description = "Which mitigations count: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}).")
  Mode mode;
}
