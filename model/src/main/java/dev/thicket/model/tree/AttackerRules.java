package dev.thicket.model.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rules of a leaf's {@code cost}, {@code time} and {@code potential}, and of the profiles. */
final class AttackerRules {
  private AttackerRules() {}

  static List<TreeProblem> stepProblems(Node node) {
    StepAttributes attacker = node.attacker();
    List<TreeProblem> problems = new ArrayList<>();
    if (attacker.isEmpty()) {
      return problems;
    }
    if (!node.isLeaf()) {
      String field = attacker.cost() != null ? "cost" : attacker.time() != null ? "time"
          : "potential";
      problems.add(TreeProblem.node(node.id(), field, "a gate's cost, time and potential follow "
          + "from its scenarios; give them on leaves only"));
      return problems;
    }
    nonNegative(attacker.cost(), "cost", "the attacker's cost")
        .ifPresent(message -> problems.add(TreeProblem.node(node.id(), "cost", message)));
    nonNegative(attacker.time(), "time", "hours")
        .ifPresent(message -> problems.add(TreeProblem.node(node.id(), "time", message)));
    attacker.potential().levels().forEach((factor, level) -> levelProblem(factor, level)
        .ifPresent(message -> problems.add(TreeProblem.node(node.id(), "potential", message))));
    return problems;
  }

  static List<TreeProblem> profileProblems(AttackerProfile profile) {
    List<TreeProblem> problems = new ArrayList<>();
    String id = profile.id();
    if (!TreeValidator.isId(id) || id.length() > TreeValidator.MAX_ID_LENGTH) {
      problems.add(problem(id, null, "profile id '" + id + "' may only use letters, digits, '.', "
          + "'_' and '-', and starts with a letter or digit"));
    }
    if (profile.title().isBlank()) {
      problems.add(problem(id, "title", "profile '" + id + "' needs a title"));
    }
    nonNegative(profile.budget(), "budget", "in the cost unit of the steps")
        .ifPresent(message -> problems.add(problem(id, "budget", message)));
    nonNegative(profile.time(), "time", "hours")
        .ifPresent(message -> problems.add(problem(id, "time", message)));
    for (Map.Entry<PotentialFactor, String> limit : profile.limits().entrySet()) {
      PotentialFactor factor = limit.getKey();
      if (!PotentialFactor.PROFILE_LIMITS.contains(factor)) {
        problems.add(problem(id, factor.keyword(), "a profile limits expertise, knowledge, "
            + "window and equipment; the elapsed time is its 'time'"));
      } else {
        levelProblem(factor, limit.getValue())
            .ifPresent(message -> problems.add(problem(id, factor.keyword(), message)));
      }
    }
    return problems;
  }

  private static TreeProblem problem(String id, String field, String message) {
    return new TreeProblem(TreeProblem.Section.PROFILES, id, field, -1, message);
  }

  private static java.util.Optional<String> nonNegative(Double value, String key, String unit) {
    return value == null || value >= 0 ? java.util.Optional.empty()
        : java.util.Optional.of(key + " must be >= 0 (" + unit + "), not "
            + Numbers.format(value));
  }

  private static java.util.Optional<String> levelProblem(PotentialFactor factor, String level) {
    return factor.rank(level) >= 0 ? java.util.Optional.empty()
        : java.util.Optional.of("unknown " + factor.keyword() + " level '" + level + "'"
            + Suggestions.didYouMean(level, factor.levels()) + " (known: "
            + String.join(", ", factor.levels()) + ")");
  }
}
