package dev.thicket.model.io;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Numbers;
import dev.thicket.model.tree.RiskValues;
import dev.thicket.model.tree.Vote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes trees in the canonical {@code attacktree/v1} form (see {@code docs/format.md}): fixed key
 * order, absent fields left out, two-space indentation, one field per line, so that reading and
 * writing a canonical file gives the same bytes and a one-field edit changes one line.
 */
public final class TreeWriter {
  private TreeWriter() {}

  /** The canonical text of {@code tree}. */
  public static String toYaml(AttackTree tree) {
    return toYaml(tree, tree.nodes().values(), tree.mitigations().values());
  }

  /**
   * The canonical text of {@code tree} with only {@code nodes} and {@code mitigations} (some of
   * its own, in its order): a part to read values from ({@link TreeDocument}), not always a valid
   * tree.
   */
  static String toYaml(AttackTree tree, Collection<Node> nodes,
      Collection<Mitigation> mitigations) {
    StringBuilder out = new StringBuilder();
    out.append("format: ").append(TreeMapper.FORMAT).append('\n');
    field(out, 0, "title", tree.title());
    field(out, 0, "description", tree.description());
    field(out, 0, "root", tree.root());
    out.append("nodes:\n");
    nodes.forEach(node -> node(out, node));
    if (!mitigations.isEmpty()) {
      out.append("mitigations:\n");
      mitigations.forEach(mitigation -> mitigation(out, mitigation));
    }
    if (!tree.profiles().isEmpty()) {
      out.append("profiles:\n");
      tree.profiles().values().forEach(profile -> profile(out, profile));
    }
    if (tree.scalesGiven()) {
      out.append("scales:\n");
      levels(out, "likelihood", tree.scales().likelihood());
      levels(out, "impact", tree.scales().impact());
      riskMatrix(out, tree.scales().riskMatrix());
    }
    AnalysisSettings settings = tree.settings();
    if (settings.given()) {
      out.append("analysis:\n");
      number(out, 2, "criticalThreshold", settings.criticalThreshold());
      number(out, 2, "highRiskThreshold", settings.highRiskThreshold());
      number(out, 2, "budget", settings.budget());
    }
    ExtensionWriter.write(out, 0, tree.extensions());
    checkLineLengths(out);
    return out.toString();
  }

  /** Refuses to write what {@link TreeReader} would refuse to read. */
  private static void checkLineLengths(CharSequence text) {
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (Character.codePointCount(text, start, i) > TreeReader.MAX_LINE_LENGTH) {
          throw new IllegalArgumentException("a text is too long to write: line "
              + text.subSequence(0, start).chars().filter(c -> c == '\n').count() + 1
              + " would be longer than " + TreeReader.MAX_LINE_LENGTH + " characters");
        }
        start = i + 1;
      }
    }
  }

  private static void node(StringBuilder out, Node node) {
    out.append("  ").append(YamlText.scalar(node.id(), false)).append(":\n");
    field(out, 4, "title", node.title());
    field(out, 4, "description", node.description());
    if (node.gate() != Gate.LEAF) {
      out.append("    gate: ").append(node.gate().keyword().orElseThrow()).append('\n');
    }
    if (node.gate() == Gate.ATLEAST || node.k() != 0) {
      out.append("    k: ").append(node.k()).append('\n');
    }
    list(out, "children", node.children());
    estimate(out, "likelihood", node.likelihood());
    estimate(out, "impact", node.impact());
    field(out, 4, "rationale", node.rationale());
    list(out, "mitigations", node.mitigations());
    list(out, "references", node.references());
    votes(out, node.estimates());
    number(out, 4, "cost", node.attacker().cost());
    number(out, 4, "time", node.attacker().time());
    potential(out, node.attacker().potential());
    ExtensionWriter.write(out, 4, node.extensions());
  }

  private static void mitigation(StringBuilder out, Mitigation mitigation) {
    out.append("  ").append(YamlText.scalar(mitigation.id(), false)).append(":\n");
    field(out, 4, "title", mitigation.title());
    field(out, 4, "description", mitigation.description());
    estimate(out, "effectiveness", mitigation.effectivenessEstimate());
    number(out, 4, "cost", mitigation.cost());
    out.append("    status: ").append(mitigation.status().keyword()).append('\n');
    list(out, "references", mitigation.references());
    votes(out, mitigation.estimates());
    ExtensionWriter.write(out, 4, mitigation.extensions());
  }

  /** {@code potential: {elapsed: one-week, expertise: layman}}, in the standard's order. */
  private static void potential(StringBuilder out, Potential potential) {
    if (potential.isEmpty()) {
      return;
    }
    StringBuilder flow = new StringBuilder();
    potential.levels().forEach((factor, level) -> flow.append(flow.isEmpty() ? "" : ", ")
        .append(factor.keyword()).append(": ").append(level));
    out.append("    potential: {").append(flow).append("}\n");
  }

  private static void profile(StringBuilder out, AttackerProfile profile) {
    out.append("  ").append(YamlText.scalar(profile.id(), false)).append(":\n");
    field(out, 4, "title", profile.title());
    field(out, 4, "description", profile.description());
    number(out, 4, "budget", profile.budget());
    number(out, 4, "time", profile.time());
    profile.limits().forEach((factor, level) ->
        out.append("    ").append(factor.keyword()).append(": ").append(level).append('\n'));
  }

  private static void levels(StringBuilder out, String scale, Map<String, Double> levels) {
    out.append("  ").append(scale).append(levels.isEmpty() ? ": {}\n" : ":\n");
    levels.forEach((level, value) -> number(out, 4, YamlText.scalar(level, false), value));
  }

  /** {@code high: [1, 3, 4, 5]}: one row per feasibility rating, most feasible first. */
  private static void riskMatrix(StringBuilder out, RiskValues matrix) {
    if (matrix == null) {
      return;
    }
    out.append("  riskMatrix:\n");
    matrix.rows().forEach((rating, row) -> out.append("    ").append(YamlText.scalar(rating, false))
        .append(": ").append(row).append('\n'));
  }

  private static void field(StringBuilder out, int indent, String key, String value) {
    if (value != null) {
      out.append(" ".repeat(indent)).append(key).append(':')
          .append(YamlText.blockValue(value, indent));
    }
  }

  private static void number(StringBuilder out, int indent, String key, Double value) {
    if (value != null) {
      out.append(" ".repeat(indent)).append(key).append(": ").append(Numbers.format(value))
          .append('\n');
    }
  }

  /**
   * {@code key: 0.4}, {@code key: low}, or a range {@code key: {low: 0.1, likely: 0.4, high:
   * 0.6}}.
   */
  private static void estimate(StringBuilder out, String key, Estimate estimate) {
    if (estimate == null) {
      return;
    }
    out.append("    ").append(key).append(": ");
    if (estimate.isRange()) {
      out.append("{low: ").append(single(estimate.range().low(), true))
          .append(", likely: ").append(single(estimate, true))
          .append(", high: ").append(single(estimate.range().high(), true)).append('}');
    } else {
      out.append(single(estimate, false));
    }
    out.append('\n');
  }

  /** The estimation rounds' votes, one per line: {@code - {by: AB, value: 0.3, round: 1}}. */
  private static void votes(StringBuilder out, List<Vote> votes) {
    if (votes.isEmpty()) {
      return;
    }
    out.append("    estimates:\n");
    for (Vote vote : votes) {
      out.append("      - {by: ").append(YamlText.scalar(vote.by(), true))
          .append(", value: ").append(single(vote.value(), true))
          .append(", round: ").append(vote.round()).append("}\n");
    }
  }

  private static String single(Estimate estimate, boolean flow) {
    return estimate.isLevel() ? YamlText.scalar(estimate.level(), flow)
        : Numbers.format(estimate.value());
  }

  /**
   * A list in flow style on one line, {@code [a, b]}; one item per line ({@code - a}) when that
   * line would be longer than a reader accepts (a gate of 100,000 children, say).
   */
  private static void list(StringBuilder out, String key, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    String flow = ExtensionWriter.flow(items);
    if (flow.length() + key.length() + 6 <= TreeReader.MAX_LINE_LENGTH) {
      out.append("    ").append(key).append(": ").append(flow).append('\n');
      return;
    }
    out.append("    ").append(key).append(":\n");
    for (String item : items) {
      out.append("      - ").append(YamlText.scalar(item, false)).append('\n');
    }
  }

  /**
   * Writes {@code tree} to {@code file} atomically ({@link AtomicFiles}): the old file or the new
   * one, never a part; on failure {@code file} is left as it was and an {@link
   * OutputFileException} says why.
   */
  public static void save(AttackTree tree, Path file) throws IOException {
    save(tree, file, AtomicFiles.RENAME);
  }

  /**
   * Writes {@code text} (another format's export, say) to {@code file} in UTF-8, atomically like
   * {@link #save(AttackTree, Path)}.
   */
  public static void saveText(String text, Path file) throws IOException {
    saveBytes(text.getBytes(StandardCharsets.UTF_8), file);
  }

  /**
   * Writes {@code bytes} (a PDF report, say) to {@code file}, atomically like {@link
   * #save(AttackTree, Path)}.
   */
  public static void saveBytes(byte[] bytes, Path file) throws IOException {
    AtomicFiles.write(bytes, file, AtomicFiles.RENAME);
  }

  static void save(AttackTree tree, Path file, AtomicFiles.Move move) throws IOException {
    AtomicFiles.write(toYaml(tree).getBytes(StandardCharsets.UTF_8), file, move);
  }
}
