package dev.thicket.model.score;

import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.MitigationEffect;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.NodeImportance;
import dev.thicket.model.analysis.ProfileView;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A tree and its analysis in one mode, with everything the editor and the reports derive from
 * them computed once: per node its probability, importance, contribution, colour band, critical
 * flag and gate label; per listed scenario the edges of its paths; per mitigation its effect and
 * the nodes it covers. Immutable; made with {@link #of} from a result whose scenarios and
 * importance are in the same mode. While the importance is being computed (the editor shows the
 * rest first: {@link dev.thicket.model.analysis.AnalysisMonitor#beforeImportance}) some nodes
 * are {@linkplain #importancePending() pending}: probability known, no band yet.
 */
public final class ScoredTree {
  private final AttackTree tree;
  private final AnalysisResult result;
  private final RiskBands bands;
  private final Map<String, NodeScore> nodes;
  private final List<List<Edge>> scenarioEdges;
  private final Set<Edge> highRiskEdges;
  private final List<MitigationScore> mitigations;
  private final boolean importancePending;

  private ScoredTree(AttackTree tree, AnalysisResult result) {
    this.tree = tree;
    this.result = result;
    this.bands = new RiskBands(result.highRiskThreshold());
    this.importancePending = result.importancePending();
    Map<String, NodeScore> byId = new LinkedHashMap<>();
    for (NodeImportance importance : result.nodes()) {
      byId.put(importance.id(), new NodeScore(importance,
          importance.pending() ? NodeScore.PENDING : bands.band(importance.contribution()),
          gateLabel(tree.node(importance.id()))));
    }
    this.nodes = Collections.unmodifiableMap(byId);
    List<List<Edge>> edges = new ArrayList<>();
    Set<Edge> highRisk = new LinkedHashSet<>();
    for (Scenario scenario : result.cutSets().listed()) {
      List<Edge> list = edges(scenario);
      edges.add(list);
      if (scenario.highRisk()) {
        highRisk.addAll(list);
      }
    }
    this.scenarioEdges = List.copyOf(edges);
    this.highRiskEdges = Collections.unmodifiableSet(highRisk);
    Map<String, List<String>> covered = new HashMap<>();
    for (Node node : tree.nodes().values()) {
      node.mitigations().forEach(m -> covered.computeIfAbsent(m, k -> new ArrayList<>())
          .add(node.id()));
    }
    List<MitigationScore> scores = new ArrayList<>();
    for (MitigationEffect effect : result.mitigations()) {
      scores.add(new MitigationScore(tree.mitigations().get(effect.id()), effect,
          covered.getOrDefault(effect.id(), List.of())));
    }
    this.mitigations = List.copyOf(scores);
  }

  /**
   * The scored tree of {@code tree} analysed as {@code result}; the result must carry node
   * importance, in the mode of its scenarios.
   *
   * @throws IllegalArgumentException when the modes differ or importance is missing
   */
  public static ScoredTree of(AttackTree tree, AnalysisResult result) {
    Objects.requireNonNull(tree, "tree");
    if (result.mode() != result.importanceMode()) {
      throw new IllegalArgumentException("scenarios in " + result.mode().keyword()
          + " but importance in " + result.importanceMode().keyword());
    }
    if (result.nodes().size() != tree.nodes().size()) {
      throw new IllegalArgumentException("the result has no importance of every node");
    }
    return new ScoredTree(tree, result);
  }

  /**
   * Analyses {@code tree} with {@code options}, node importance and mitigation effects in the
   * mode of the scenarios, and scores it.
   */
  public static ScoredTree analyse(AttackTree tree, AnalysisOptions options) {
    return analyse(tree, options, AnalysisMonitor.NONE);
  }

  /** As {@link #analyse(AttackTree, AnalysisOptions)}, watched by {@code monitor}. */
  public static ScoredTree analyse(AttackTree tree, AnalysisOptions options,
      AnalysisMonitor monitor) {
    return of(tree, TreeAnalysis.run(tree, options.withImportanceMode(options.mode()), monitor));
  }

  /**
   * This tree scored for attacker profile {@code profile} (docs/analysis.md, "Attackers"),
   * reusing this analysis of the whole tree; {@code options} are those it was analysed with
   * ({@link #analyse}).
   */
  public ScoredTree forProfile(String profile, AnalysisOptions options) {
    AnalysisOptions same = options.withImportanceMode(options.mode());
    return of(tree, ProfileView.analyse(tree, profile, same, result));
  }

  /** "AND", "OR", "NOT", "XOR", "k of n"; empty for a leaf. */
  public static String gateLabel(Node node) {
    return switch (node.gate()) {
      case LEAF -> "";
      case ATLEAST -> node.k() + " of " + node.children().size();
      default -> node.gate().name();
    };
  }

  public AttackTree tree() {
    return tree;
  }

  public AnalysisResult result() {
    return result;
  }

  public Mode mode() {
    return result.mode();
  }

  /** Whether some nodes' importance, contribution and band are still being computed. */
  public boolean importancePending() {
    return importancePending; // read on every status update: not a scan of every node
  }

  public RiskBands bands() {
    return bands;
  }

  /** The goal's risk in this mode. */
  public double risk() {
    return result.risk().get(mode());
  }

  /** The score of node {@code id}. */
  public NodeScore node(String id) {
    NodeScore score = find(id);
    if (score == null) {
      throw new IllegalArgumentException("no node '" + id + "'");
    }
    return score;
  }

  /** The score of node {@code id}, or null when the scored tree has no such node. */
  public NodeScore find(String id) {
    return nodes.get(id);
  }

  /** Every node's score, in file order. */
  public List<NodeScore> nodes() {
    return List.copyOf(nodes.values());
  }

  /** The listed scenarios, by descending risk. */
  public List<Scenario> scenarios() {
    return result.cutSets().listed();
  }

  /** The parent → child edges on the paths of listed scenario {@code index}. */
  public List<Edge> edges(int index) {
    return scenarioEdges.get(index);
  }

  /** The edges on a path of a listed high-risk scenario. */
  public Set<Edge> highRiskEdges() {
    return highRiskEdges;
  }

  /** Every mitigation with its effect in this mode, in file order. */
  public List<MitigationScore> mitigations() {
    return mitigations;
  }

  private static List<Edge> edges(Scenario scenario) {
    Set<Edge> edges = new LinkedHashSet<>();
    for (List<String> path : scenario.paths()) {
      for (int i = 1; i < path.size(); i++) {
        edges.add(new Edge(path.get(i - 1), path.get(i)));
      }
    }
    return List.copyOf(edges);
  }
}
