package dev.thicket.model.io;

import dev.thicket.model.tree.TreeProblem;

/**
 * Finds where in a file a {@link TreeProblem} points: the list item for (field, index), else the
 * field's value, else the node's, mitigation's or scale's key, else the section's key; the start
 * of the file when none of these is there.
 */
final class ProblemLocator {
  private final YamlValue.Mapping top;

  ProblemLocator(YamlValue.Mapping top) {
    this.top = top;
  }

  Position locate(TreeProblem problem) {
    Position position = Position.START;
    YamlValue container = top;
    String section = switch (problem.section()) {
      case TREE -> null;
      case NODE -> "nodes";
      case MITIGATION -> "mitigations";
      case SCALES -> "scales";
      case ANALYSIS -> "analysis";
      case PROFILES -> "profiles";
    };
    if (section != null) {
      YamlValue.Entry entry = entry(container, section);
      if (entry == null) {
        return position;
      }
      position = entry.keyPosition();
      container = entry.value();
      if (problem.id() != null) {
        YamlValue.Entry element = entry(container, problem.id());
        if (element == null) {
          return position;
        }
        position = element.keyPosition();
        container = element.value();
      }
    }
    if (problem.field() != null) {
      YamlValue.Entry field = entry(container, problem.field());
      if (field == null) {
        return position;
      }
      position = field.value().position();
      container = field.value();
    }
    if (problem.index() >= 0 && container instanceof YamlValue.Sequence sequence
        && problem.index() < sequence.items().size()) {
      position = sequence.items().get(problem.index()).position();
    }
    return position;
  }

  private static YamlValue.Entry entry(YamlValue container, String key) {
    return container instanceof YamlValue.Mapping mapping ? mapping.entry(key) : null;
  }
}
