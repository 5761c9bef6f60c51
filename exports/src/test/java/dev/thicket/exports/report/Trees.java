package dev.thicket.exports.report;

import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.StepAttributes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Trees and reports for the report tests. */
public final class Trees {
  /**
   * A title that would be HTML, a table pipe, emphasis, a script link and (on GitHub) two
   * autolinks if not escaped, with a bidi override that would make the rest read backwards.
   */
  public static final String NASTY = "<img src=http://example.org/x> | **bold** "
      + "[link](javascript:alert(1)) www.evil.example/login admin@evil.example \u202Esdrawkcab";
  /** {@link #NASTY} as every report shows it: the bidi override spelled out. */
  public static final String NASTY_SHOWN = NASTY.replace("\u202E", "\\u202E");
  /** Text the embedded font cannot draw: CJK and an emoji. */
  public static final String UNICODE = "攻撃ツリー 🌳 Ωmega";
  public static final Path KERAS = Path.of("../trees/keras.yaml");
  public static final LocalDate DATE = LocalDate.of(2026, 11, 27);

  private Trees() {}

  /**
   * The safe, computed by hand: goal = OR(a, both = AND(c, d)), impact 10, a = 0.5 behind an
   * implemented lock (0.5), c = 0.4 with {@code mitigationsOnC} (an alarm, 0.5, planned), d = 0.5.
   *
   * <pre>
   * residual  P = 1 - (1 - 0.25)(1 - 0.2) = 0.4, risk 4; scenarios {a} 0.25, {c, d} 0.2
   * blocking a: P = 0.2; blocking both, c or d: P = 0.25; so a removes 2, both, c, d 1.5
   * lock (implemented): without 1 - 0.5 * 0.8 = 0.6 → 6, with 4, perfect 0.2 → 2
   * alarm (planned): without 4, with 1 - 0.75 * 0.9 = 0.325 → 3.25, perfect 0.25 → 2.5
   * </pre>
   */
  public static AttackTree safe(List<String> mitigationsOnC) {
    return new AttackTree("Open the safe", null, "goal",
        List.of(
            Node.gate("goal", "Open the safe", Gate.OR, 0, List.of("a", "both"))
                .withImpact(Estimate.of(10)),
            Node.leaf("a", "Pick the lock", Estimate.of(0.5)).withMitigations(List.of("lock")),
            Node.gate("both", "Learn and use the combination", Gate.AND, 0, List.of("c", "d")),
            Node.leaf("c", "Learn the combination", Estimate.of(0.4))
                .withMitigations(mitigationsOnC),
            Node.leaf("d", "Get to the safe unseen", Estimate.of(0.5))),
        List.of(
            new Mitigation("lock", "Pick-resistant lock", 0.5, MitigationStatus.IMPLEMENTED),
            new Mitigation("alarm", "Alarm on the office", 0.5, MitigationStatus.PLANNED)),
        null, AnalysisSettings.NONE, Map.of());
  }

  /**
   * A ladder of {@code levels} diamonds over one step: goal = OR(a1, b1), a_i = b_i = OR(a_i+1,
   * b_i+1), a_levels = b_levels = OR(step), plus a leaf "other" under the goal. The scenario
   * {step} reaches the goal along 2^levels paths, all of one length.
   */
  public static AttackTree diamonds(int levels) {
    List<Node> nodes = new java.util.ArrayList<>();
    nodes.add(Node.gate("goal", "Reach the goal", Gate.OR, 0, List.of("a1", "b1", "other"))
        .withImpact(Estimate.of(10)));
    for (int level = 1; level <= levels; level++) {
      List<String> below = level == levels ? List.of("step")
          : List.of("a" + (level + 1), "b" + (level + 1));
      nodes.add(Node.gate("a" + level, "Left " + level, Gate.OR, 0, below));
      nodes.add(Node.gate("b" + level, "Right " + level, Gate.OR, 0, below));
    }
    nodes.add(Node.leaf("step", "The shared step", Estimate.of(0.5)));
    nodes.add(Node.leaf("other", "Another way", Estimate.of(0.1)));
    return new AttackTree("Diamonds", null, "goal", nodes, List.of(), null,
        AnalysisSettings.NONE, Map.of());
  }

  public static Report keras() {
    try {
      AttackTree tree = TreeReader.read(KERAS);
      return Report.of(ScoredTree.analyse(tree, AnalysisOptions.DEFAULT),
          ReportSource.of("keras.yaml", Files.readAllBytes(KERAS), DATE));
    } catch (TreeFileException e) {
      throw new AssertionError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Keras tree with workshop ranges (trees/keras-ranges.yaml). */
  public static final Path KERAS_RANGES = Path.of("../trees/keras-ranges.yaml");

  public static Report kerasRanges() {
    try {
      AttackTree tree = TreeReader.read(KERAS_RANGES);
      return Report.of(ScoredTree.analyse(tree, AnalysisOptions.DEFAULT),
          ReportSource.of("keras-ranges.yaml", Files.readAllBytes(KERAS_RANGES), DATE));
    } catch (TreeFileException e) {
      throw new AssertionError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #hostile()} with ranges on its hostile leaf and its hostile mitigation. */
  public static AttackTree hostileRanged() {
    AttackTree tree = hostile();
    return tree.withNode(tree.node("nasty").withLikelihood(
            Estimate.of(0.5).withRange(dev.thicket.model.tree.Range.of(0.2, 0.7))))
        .withMitigation(tree.mitigations().get("m").withEffectiveness(
            Estimate.of(0.5).withRange(dev.thicket.model.tree.Range.of(0.1, 0.9))));
  }

  /**
   * goal = OR(nasty, both), both = AND(shared, c), and shared also under goal's other branch
   * x = OR(shared): every string is hostile, {@code shared} has two parents, {@code c} is
   * titled in CJK.
   */
  public static AttackTree hostile() {
    return new AttackTree(NASTY, NASTY, "goal",
        List.of(
            Node.gate("goal", NASTY, Gate.OR, 0, List.of("nasty", "both", "x"))
                .withImpact(Estimate.of(10)),
            Node.leaf("nasty", NASTY, Estimate.of(0.5)).withDescription(NASTY)
                .withRationale(NASTY).withReferences(List.of(NASTY, "https://example.org/y"))
                .withMitigations(List.of("m")),
            Node.gate("both", "Both | of *them*", Gate.AND, 0, List.of("shared", "c")),
            Node.leaf("shared", "Shared `step` & <b>", Estimate.of(0.4)),
            Node.leaf("c", UNICODE, Estimate.of(0.3)),
            Node.gate("x", "X # heading", Gate.OR, 0, List.of("shared"))),
        List.of(new Mitigation("m", NASTY, NASTY, 0.5, 2.0, MitigationStatus.IMPLEMENTED,
            Map.of()).withReferences(List.of(NASTY, "https://example.org/z"))),
        null, AnalysisSettings.NONE, Map.of());
  }

  /** The text of the Keras tree's file. */
  public static String kerasText() {
    try {
      return Files.readString(KERAS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Keras tree with every mitigation proposed (none implemented) and {@code budget}. */
  public static AttackTree kerasProposed(double budget) {
    return yaml(kerasText().replaceAll("status: (implemented|planned)", "status: proposed")
        + "  budget: " + budget + "\n");
  }

  /**
   * goal = OR of ten leaves, leaf i with likelihood 0.05 i behind its own proposed mitigation
   * (effectiveness 0.8) of cost the i-th digit of π: a front of many plans.
   */
  public static AttackTree tenCandidates(String analysis) {
    int[] costs = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
    StringBuilder text = new StringBuilder("format: attacktree/v1\ntitle: Ten\nroot: goal\n"
        + "nodes:\n  goal:\n    title: Goal\n    gate: or\n    impact: 10\n    children: [");
    for (int i = 1; i <= 10; i++) {
      text.append(i == 1 ? "" : ", ").append("l").append(i);
    }
    text.append("]\n");
    for (int i = 1; i <= 10; i++) {
      text.append("  l").append(i).append(":\n    title: Step ").append(i)
          .append("\n    likelihood: ").append(i * 5 / 100.0).append("\n    mitigations: [m")
          .append(i).append("]\n");
    }
    text.append("mitigations:\n");
    for (int i = 1; i <= 10; i++) {
      text.append("  m").append(i).append(":\n    title: Stop ").append(i)
          .append("\n    effectiveness: 0.8\n    cost: ").append(costs[i - 1])
          .append("\n    status: proposed\n");
    }
    return yaml(text + analysis);
  }

  /** A tree read from YAML text. */
  public static AttackTree yaml(String text) {
    try {
      return TreeReader.read("test.yaml", text.getBytes(StandardCharsets.UTF_8));
    } catch (TreeFileException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  public static Report report(AttackTree tree) {
    return Report.of(ScoredTree.analyse(tree, AnalysisOptions.DEFAULT),
        ReportSource.unsaved(NASTY, "x", DATE));
  }

  /** "cost 500, 8 h; elapsed one-day, … (4 points)": what a step with every attribute takes. */
  public static String step(Node node) {
    StepAttributes step = node.attacker();
    return "cost " + Decimals.of(step.cost()) + ", " + Decimals.of(step.time()) + " h; "
        + step.potential() + " (" + step.potential().total() + " points)";
  }
}
