package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.edit.ChangeTreeProperties;
import dev.thicket.model.merge.MergeConflict;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Numbers;
import dev.thicket.model.tree.Scales;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The tree's own values as text: title and description, analysis thresholds and budget, scales,
 * {@code x-} keys (the Tree tab; the budget in the Plan tab), each committed on its own as one
 * undoable edit. A value that does not parse or that the format refuses (a critical threshold of
 * 1.5) stays in its field with an error and never reaches the model. Empty thresholds use the
 * program's defaults, an empty budget means none; empty scales the default scales (and are then
 * not written to the file). The tree's {@code x-merge-conflicts} is the conflicts panel's: not
 * shown here, refused when typed, kept last.
 */
public final class TreePropertiesViewModel {
  private final DocumentViewModel document;
  private final Map<TreeField, StringProperty> text = new EnumMap<>(TreeField.class);
  private final Map<TreeField, ReadOnlyStringWrapper> errors = new EnumMap<>(TreeField.class);
  private boolean loading;

  public TreePropertiesViewModel(DocumentViewModel document) {
    this.document = document;
    for (TreeField field : TreeField.values()) {
      text.put(field, new SimpleStringProperty(""));
      errors.put(field, new ReadOnlyStringWrapper(""));
    }
    document.treeProperty().addListener((observable, before, after) -> load());
    load();
  }

  public StringProperty textProperty(TreeField field) {
    return text.get(field);
  }

  /** The error of {@code field}'s value; empty when it is fine. */
  public ReadOnlyStringProperty errorProperty(TreeField field) {
    return errors.get(field).getReadOnlyProperty();
  }

  /** The tree's values, replacing whatever the fields hold. */
  public void load() {
    AttackTree tree = document.tree();
    loading = true;
    try {
      errors.values().forEach(error -> error.set(""));
      AnalysisSettings settings = tree.settings();
      text.get(TreeField.TITLE).set(tree.title());
      text.get(TreeField.DESCRIPTION).set(tree.description() == null ? "" : tree.description());
      text.get(TreeField.CRITICAL_THRESHOLD).set(number(settings.criticalThreshold()));
      text.get(TreeField.HIGH_RISK_THRESHOLD).set(number(settings.highRiskThreshold()));
      text.get(TreeField.BUDGET).set(number(settings.budget()));
      text.get(TreeField.LIKELIHOOD_SCALE).set(tree.scalesGiven()
          ? levels(tree.scales().likelihood()) : "");
      text.get(TreeField.IMPACT_SCALE).set(tree.scalesGiven() ? levels(tree.scales().impact())
          : "");
      Map<String, Object> own = new LinkedHashMap<>(tree.extensions());
      own.remove(MergeConflict.EXTENSION);
      text.get(TreeField.EXTENSIONS).set(ExtensionLines.text(own));
    } finally {
      loading = false;
    }
  }

  /** The default scale of {@code field} on one line ("low: 2, medium: 5"), for a prompt. */
  public static String defaultLevels(TreeField field) {
    return levels(field == TreeField.IMPACT_SCALE ? Scales.DEFAULT.impact()
        : Scales.DEFAULT.likelihood()).replace("\n", ", ");
  }

  /**
   * Commits {@code field}'s text to the tree as one edit; does nothing when it is unchanged.
   * Returns false, with the error on the field, when the value is refused.
   */
  public boolean commit(TreeField field) {
    if (loading) {
      return false;
    }
    AttackTree tree = document.tree();
    ChangeTreeProperties current = ChangeTreeProperties.of(tree, what(field));
    ChangeTreeProperties changed;
    try {
      changed = changed(current, field, value(field));
    } catch (IllegalArgumentException unparsable) {
      errors.get(field).set(unparsable.getMessage());
      return false;
    }
    if (changed.equals(current)) {
      errors.get(field).set("");
      return true;
    }
    if (!document.edit(changed)) {
      errors.get(field).set(document.messageProperty().get());
      return false;
    }
    return true;
  }

  private ChangeTreeProperties changed(ChangeTreeProperties current, TreeField field,
      String value) {
    AnalysisSettings settings = current.settings();
    return switch (field) {
      case TITLE -> current.withTitle(value);
      case DESCRIPTION -> current.withDescription(value.isEmpty() ? null : value);
      case CRITICAL_THRESHOLD -> current.withSettings(new AnalysisSettings(
          optional(value, "criticalThreshold", "a number in [0,1]"),
          settings.highRiskThreshold(), settings.budget()));
      case HIGH_RISK_THRESHOLD -> current.withSettings(new AnalysisSettings(
          settings.criticalThreshold(),
          optional(value, "highRiskThreshold", "a number >= 0"), settings.budget()));
      case BUDGET -> current.withSettings(settings.withBudget(
          optional(value, "budget", "a number >= 0 or empty")));
      case LIKELIHOOD_SCALE, IMPACT_SCALE -> current.withScaleLevels(scales());
      case EXTENSIONS -> current.withExtensions(extensions( // unstripped: YAML indentation
          java.util.Objects.toString(text.get(field).get(), ""), current.extensions()));
    };
  }

  /**
   * The keys typed in {@code value}, with the merge's list of conflicts of {@code kept} as it is,
   * last: it belongs to the conflicts panel.
   */
  private static Map<String, Object> extensions(String value, Map<String, Object> kept) {
    Map<String, Object> extensions = new LinkedHashMap<>(ExtensionLines.of(value));
    if (extensions.containsKey(MergeConflict.EXTENSION)) {
      throw new IllegalArgumentException(MergeConflict.EXTENSION + " is the merge's list: "
          + "resolve its conflicts in the panel above the canvas");
    }
    if (kept.containsKey(MergeConflict.EXTENSION)) {
      extensions.put(MergeConflict.EXTENSION, kept.get(MergeConflict.EXTENSION));
    }
    return extensions;
  }

  /** Both scale fields together: none when both are empty, a default for an empty one. */
  private Scales scales() {
    String likelihood = value(TreeField.LIKELIHOOD_SCALE);
    String impact = value(TreeField.IMPACT_SCALE);
    if (likelihood.isEmpty() && impact.isEmpty()) {
      return null;
    }
    return new Scales(
        likelihood.isEmpty() ? Scales.DEFAULT.likelihood() : parseLevels(likelihood),
        impact.isEmpty() ? Scales.DEFAULT.impact() : parseLevels(impact));
  }

  /** "name: value" per line (or separated by commas) → levels in the order given. */
  static Map<String, Double> parseLevels(String value) {
    Map<String, Double> levels = new LinkedHashMap<>();
    for (String line : value.split("\\R|,")) {
      String entry = line.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int colon = entry.lastIndexOf(':');
      String name = colon < 0 ? "" : entry.substring(0, colon).strip();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("write each level as 'name: number', not '"
            + entry + "'");
      }
      double number = FieldNumbers.parse(entry.substring(colon + 1).strip(),
          "the value of level '" + name + "'", "a number");
      if (levels.put(name, number) != null) {
        throw new IllegalArgumentException("level '" + name + "' is given twice");
      }
    }
    return levels;
  }

  private static Double optional(String value, String what, String range) {
    if (value.isEmpty()) {
      return null;
    }
    return FieldNumbers.parse(value, what, range);
  }

  private String value(TreeField field) {
    String value = text.get(field).get();
    return value == null ? "" : value.strip();
  }

  private static String what(TreeField field) {
    return switch (field) {
      case TITLE, DESCRIPTION -> field.label();
      case CRITICAL_THRESHOLD, HIGH_RISK_THRESHOLD, BUDGET -> field.key();
      case LIKELIHOOD_SCALE, IMPACT_SCALE -> "scales";
      case EXTENSIONS -> field.label();
    };
  }

  private static String number(Double value) {
    return value == null ? "" : Numbers.format(value);
  }

  private static String levels(Map<String, Double> scale) {
    return scale.entrySet().stream()
        .map(level -> level.getKey() + ": " + Numbers.format(level.getValue()))
        .collect(Collectors.joining("\n"));
  }
}
