package dev.thicket.model.diff;

import dev.thicket.model.io.YamlDocument;
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
import java.math.BigDecimal;
import java.util.LinkedHashMap;
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

  /**
   * The {@code x-} keys with their values as the file's flow style writes them, {@code x-owner:
   * Ada, x-review: {due: 2027-01, by: [Bo, Cy]}}; {@code null} when there are none.
   */
  public static String extensions(Map<String, Object> extensions) {
    return extensions.isEmpty() ? null : unbraced(YamlDocument.flow(extensions));
  }

  public static String scales(AttackTree tree) {
    return scales(tree.scales());
  }

  /**
   * The levels, and the risk matrix when the tree has its own, as the file writes them:
   * {@code likelihood: {low: 0.1, high: 0.6}, impact: {low: 2, high: 8}, riskMatrix: {high: [1,
   * 3, 4, 5], ...}} without the outer braces.
   */
  public static String scales(Scales scales) {
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("likelihood", levels(scales.likelihood()));
    given.put("impact", levels(scales.impact()));
    if (scales.riskMatrix() != null) {
      given.put("riskMatrix", scales.riskMatrix().rows());
    }
    return unbraced(YamlDocument.flow(given));
  }

  /** Level names with their numbers as the file writes them ({@code 2}, not {@code 2.0}). */
  private static Map<String, Object> levels(Map<String, Double> levels) {
    Map<String, Object> written = new LinkedHashMap<>();
    levels.forEach((level, value) -> written.put(level, value == Math.rint(value)
        && Math.abs(value) < 1e15 ? (Object) value.longValue()
        : new BigDecimal(Numbers.format(value))));
    return written;
  }

  /** A flow mapping's entries without its braces. */
  private static String unbraced(String flowMapping) {
    return flowMapping.substring(1, flowMapping.length() - 1);
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
