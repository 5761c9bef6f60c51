package dev.thicket.exports.report;

import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.NodeImportance;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a risk report shows, computed once and rendered by {@code MarkdownReport}, {@code
 * PdfReport} and {@code SvgDiagram} (pure functions of a report, usable by the CLI and the
 * editor alike). Made with {@link #of}.
 *
 * @param result the analysis; its mode is the report's mode
 * @param mitigations the effect of each mitigation on its own, in file order
 * @param gaps the listed high-risk scenarios on whose way no mitigation (of any status) is attached
 * @param riskMatrix the listed scenarios on the likelihood × impact grid
 * @param importance the importance of every node, by id, in file order
 * @param highRiskEdges the parent → child edges on a path of a listed high-risk scenario
 */
public record Report(
    AttackTree tree,
    AnalysisResult result,
    ReportSource source,
    List<MitigationEffect> mitigations,
    List<Scenario> gaps,
    RiskMatrix riskMatrix,
    Map<String, NodeImportance> importance,
    Set<Edge> highRiskEdges) {

  /** A parent → child edge of the tree. */
  public record Edge(String parent, String child) {}

  public Report {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(source, "source");
    mitigations = List.copyOf(mitigations);
    gaps = List.copyOf(gaps);
    importance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(importance));
    highRiskEdges = Set.copyOf(highRiskEdges);
  }

  /** The report of a scored tree (its scenarios and importance in the report's mode). */
  public static Report of(ScoredTree scored, ReportSource source) {
    return of(scored.tree(), scored.result(), source);
  }

  /**
   * The report of {@code tree} analysed as {@code result}. Runs one more analysis per mitigation
   * (see {@link MitigationEffect}).
   */
  private static Report of(AttackTree tree, AnalysisResult result, ReportSource source) {
    List<Scenario> scenarios = result.cutSets().listed();
    Map<String, NodeImportance> importance = new LinkedHashMap<>();
    result.nodes().forEach(node -> importance.put(node.id(), node));
    return new Report(tree, result, source, MitigationEffects.of(tree, result),
        gaps(tree, scenarios),
        RiskMatrix.of(tree.scales(), scenarios, result.impact()), importance,
        highRiskEdges(scenarios));
  }

  public Mode mode() {
    return result.mode();
  }

  /** The listed scenarios, by descending risk. */
  public List<Scenario> scenarios() {
    return result.cutSets().listed();
  }

  public long highRiskCount() {
    return scenarios().stream().filter(Scenario::highRisk).count();
  }

  /** Whether every scenario is listed (otherwise counts of high-risk ones are lower bounds). */
  public boolean listsAll() {
    return result.cutSets().count().compareTo(java.math.BigInteger.valueOf(scenarios().size()))
        <= 0;
  }

  public HeatScale heat() {
    return new HeatScale(result.highRiskThreshold());
  }

  /** P(X) × root impact, P(X) the node's residual probability after its own mitigations. */
  public double nodeRisk(String id) {
    return importance.get(id).probability() * result.impact();
  }

  public boolean isCritical(String id) {
    return importance.get(id).critical();
  }

  public Node node(String id) {
    return tree.node(id);
  }

  private static List<Scenario> gaps(AttackTree tree, List<Scenario> scenarios) {
    return scenarios.stream()
        .filter(Scenario::highRisk)
        .filter(scenario -> scenario.paths().stream().flatMap(List::stream)
            .allMatch(id -> tree.node(id).mitigations().isEmpty()))
        .toList();
  }

  private static Set<Edge> highRiskEdges(List<Scenario> scenarios) {
    Set<Edge> edges = new HashSet<>();
    for (Scenario scenario : scenarios) {
      if (scenario.highRisk()) {
        for (List<String> path : scenario.paths()) {
          for (int i = 1; i < path.size(); i++) {
            edges.add(new Edge(path.get(i - 1), path.get(i)));
          }
        }
      }
    }
    return edges;
  }
}
