package dev.thicket.model.diff;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Numbers;
import dev.thicket.model.tree.Scales;
import dev.thicket.model.tree.Vote;
import java.util.List;
import java.util.Map;

/**
 * Field values as the diff and the merge show them: close to what a file writes, {@code null}
 * when the field is absent.
 */
public final class FieldText {
  private FieldText() {}

  /** {@code or}, {@code atleast 2}, {@code leaf}. */
  public static String gate(Node node) {
    return gate(node.gate(), node.k());
  }

  public static String gate(Gate gate, int k) {
    String keyword = gate.keyword().orElse("leaf");
    return k > 0 ? keyword + " " + k : keyword;
  }

  /** {@code a, b}; {@code null} for an empty list. */
  public static String list(List<String> items) {
    return items.isEmpty() ? null : String.join(", ", items);
  }

  /** {@code AB 0.2 (round 1), CD low (round 1)}; {@code null} without votes. */
  public static String votes(List<Vote> votes) {
    return votes.isEmpty() ? null : votes.stream()
        .map(vote -> vote.by() + " " + vote.value() + " (round " + vote.round() + ")")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** {@code 0.1}, {@code low}, {@code 0.05..0.1..0.3}. */
  public static String estimate(Estimate estimate) {
    return estimate == null ? null : estimate.toString();
  }

  public static String number(Double value) {
    return value == null ? null : Numbers.format(value);
  }

  public static String cost(Mitigation mitigation) {
    return number(mitigation.cost());
  }

  /** The {@code x-} keys with their values; {@code null} when there are none. */
  public static String extensions(Map<String, Object> extensions) {
    return extensions.isEmpty() ? null : extensions.toString();
  }

  public static String scales(AttackTree tree) {
    return scales(tree.scales());
  }

  /** The levels, and the risk matrix when the tree has its own. */
  public static String scales(Scales scales) {
    return "likelihood " + scales.likelihood() + ", impact " + scales.impact()
        + (scales.riskMatrix() == null ? "" : ", risk matrix " + scales.riskMatrix().rows());
  }

  /** Each profile as {@code id: title, budget 500, expertise proficient}; {@code null} for none. */
  public static String profiles(java.util.Collection<AttackerProfile> profiles) {
    if (profiles.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (AttackerProfile profile : profiles) {
      text.append(text.isEmpty() ? "" : "; ").append(profile.id()).append(": ")
          .append(profile.title());
      if (profile.description() != null) {
        text.append(", described");
      }
      if (profile.budget() != null) {
        text.append(", budget ").append(Numbers.format(profile.budget()));
      }
      if (profile.time() != null) {
        text.append(", time ").append(Numbers.format(profile.time()));
      }
      profile.limits().forEach((factor, level) ->
          text.append(", ").append(factor.keyword()).append(' ').append(level));
    }
    return text.toString();
  }

  /** {@code elapsed one-week, expertise layman}; {@code null} when unrated. */
  public static String potential(Node node) {
    return node.attacker().potential().isEmpty() ? null
        : node.attacker().potential().toString();
  }

  /**
   * The {@code analysis} keys the file gives, as {@code criticalThreshold 0.1, budget 500};
   * {@code null} when it gives none.
   */
  public static String settings(AnalysisSettings settings) {
    List<String> given = new java.util.ArrayList<>();
    if (settings.criticalThreshold() != null) {
      given.add("criticalThreshold " + Numbers.format(settings.criticalThreshold()));
    }
    if (settings.highRiskThreshold() != null) {
      given.add("highRiskThreshold " + Numbers.format(settings.highRiskThreshold()));
    }
    if (settings.budget() != null) {
      given.add("budget " + Numbers.format(settings.budget()));
    }
    return list(given);
  }
}
