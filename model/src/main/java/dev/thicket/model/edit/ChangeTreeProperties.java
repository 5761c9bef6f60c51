package dev.thicket.model.edit;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.InvalidTreeException;
import dev.thicket.model.tree.RiskValues;
import dev.thicket.model.tree.Scales;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Sets the tree's own values: title, description, scales, analysis thresholds and its {@code x-}
 * keys; nodes, mitigations and profiles stay as they are. A blank title, a threshold out of
 * range, or a scale that drops a level a node uses refuses the edit.
 *
 * @param description {@code null} for none
 * @param scales {@code null} for the default scales (then not written to the file)
 * @param extensions the top level's {@code x-} keys
 * @param what the changed value, for the Undo menu item ("title")
 */
public record ChangeTreeProperties(String title, String description, Scales scales,
    AnalysisSettings settings, Map<String, Object> extensions, String what) implements TreeEdit {

  public ChangeTreeProperties {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(extensions, "extensions");
  }

  /** {@code tree}'s properties, to change one with the {@code with...} methods. */
  public static ChangeTreeProperties of(AttackTree tree, String what) {
    return new ChangeTreeProperties(tree.title(), tree.description(),
        tree.scalesGiven() ? tree.scales() : null, tree.settings(), tree.extensions(), what);
  }

  public ChangeTreeProperties withTitle(String newTitle) {
    return new ChangeTreeProperties(newTitle, description, scales, settings, extensions, what);
  }

  public ChangeTreeProperties withDescription(String newDescription) {
    return new ChangeTreeProperties(title, newDescription, scales, settings, extensions, what);
  }

  public ChangeTreeProperties withScales(Scales newScales) {
    return new ChangeTreeProperties(title, description, newScales, settings, extensions, what);
  }

  /**
   * The scales {@code levels} ({@code null}: the default ones) with the risk matrix these
   * properties have, if any: the editor's scale fields set the levels only.
   */
  public ChangeTreeProperties withScaleLevels(Scales levels) {
    RiskValues matrix = scales == null ? null : scales.riskMatrix();
    if (matrix == null) {
      return withScales(levels);
    }
    Scales base = levels == null ? Scales.DEFAULT : levels;
    return withScales(new Scales(base.likelihood(), base.impact(), matrix));
  }

  public ChangeTreeProperties withSettings(AnalysisSettings newSettings) {
    return new ChangeTreeProperties(title, description, scales, newSettings, extensions, what);
  }

  public ChangeTreeProperties withExtensions(Map<String, Object> newExtensions) {
    return new ChangeTreeProperties(title, description, scales, settings, newExtensions, what);
  }

  @Override
  public AttackTree apply(AttackTree tree) {
    if (title == null || title.isBlank()) {
      throw new EditRefusedException("a tree needs a title");
    }
    try {
      return new AttackTree(title, description, tree.root(), List.copyOf(tree.nodes().values()),
          List.copyOf(tree.mitigations().values()), scales, settings,
          List.copyOf(tree.profiles().values()), extensions);
    } catch (InvalidTreeException invalid) {
      throw new EditRefusedException(invalid.problems().stream()
          .map(Object::toString).distinct().collect(Collectors.joining("; ")));
    }
  }

  @Override
  public String description() {
    return "Change tree " + what;
  }
}
