package dev.thicket.model.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * Checks every rule of the {@code attacktree/v1} format that concerns meaning rather than syntax:
 * references, structure (one root, no cycle, everything reachable), ranges and level names. All
 * problems are collected, not only the first.
 */
final class TreeValidator {
  /** Whether {@code id} is made of letters, digits, '.', '_' and '-' and starts with one of the first two. */
  static boolean isId(String id) {
    if (id.isEmpty() || !isLetterOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }
  /**
   * The longest id: an id is written on one line with others (a list of children), so ids any
   * reader accepts stay writable by every writer.
   */
  public static final int MAX_ID_LENGTH = 1000;

  private final List<TreeProblem> problems = new ArrayList<>();
  private final String root;
  private final Map<String, Node> nodes;
  private final Map<String, Mitigation> mitigations;
  private final Scales scales;
  /** Whether the graph has an edge for every child listed (none unknown, twice or in a cycle). */
  private boolean everyChildLinked = true;

  private TreeValidator(
      String root, Map<String, Node> nodes, Map<String, Mitigation> mitigations, Scales scales) {
    this.root = root;
    this.nodes = nodes;
    this.mitigations = mitigations;
    this.scales = scales;
  }

  /**
   * The problems of a tree, and its structure; for a tree rebuilt from {@code previous} (null
   * for none) the nodes it kept are not checked again and their children come from its
   * structure, with the same result.
   */
  static Result validate(
      String title,
      String root,
      NodeMap nodes,
      Map<String, Mitigation> mitigations,
      Scales scales,
      AnalysisSettings settings,
      java.util.Collection<AttackerProfile> profiles,
      PreviousTree previous) {
    TreeValidator validator = new TreeValidator(root, nodes, mitigations, scales);
    if (title == null || title.isBlank()) {
      validator.problems.add(TreeProblem.top("title", "the tree needs a title"));
    }
    validator.checkScales();
    validator.checkSettings(settings);
    profiles.forEach(profile -> validator.problems.addAll(AttackerRules.profileProblems(profile)));
    if (!profiles.isEmpty() && nodes.values().stream().anyMatch(n -> n.gate().isNonCoherent())) {
      validator.problems.add(new TreeProblem(TreeProblem.Section.PROFILES, null, null, -1,
          "attacker profiles need a tree without not and xor gates (a step out of reach could "
              + "then help the attacker)"));
    }
    mitigations.values().forEach(validator::checkMitigation);
    for (int node = 0; node < nodes.size(); node++) {
      if (previous == null || !previous.checked(node)) {
        validator.checkNode(nodes.at(node));
      }
    }
    TreeStructure structure = TreeStructure.of(root, nodes, previous);
    if (structure == null) {
      // a rule of structure is broken: find and word every such problem on a graph
      validator.checkReachability(validator.buildGraph());
    }
    return new Result(List.copyOf(validator.problems), structure);
  }

  /**
   * The problems of {@code changed} nodes on their own (ids, titles, gates, estimates, attached
   * mitigations): what {@link #validate} reports for them when the rest of the tree is valid and
   * their children are unchanged.
   */
  static List<TreeProblem> checkNodes(
      java.util.Collection<Node> changed, Map<String, Mitigation> mitigations, Scales scales) {
    TreeValidator validator = new TreeValidator(null, Map.of(), mitigations, scales);
    changed.forEach(validator::checkNode);
    return List.copyOf(validator.problems);
  }

  /** The problems, and the structure when the tree has none of structure (else {@code null}). */
  record Result(List<TreeProblem> problems, TreeStructure structure) {}

  private void checkScales() {
    scales.likelihood().forEach((level, value) -> {
      if (!(value >= 0 && value <= 1)) {
        problems.add(new TreeProblem(TreeProblem.Section.SCALES, "likelihood", level, -1,
            "likelihood level '" + level + "' must be a probability in [0,1], not " + value));
      }
    });
    scales.impact().forEach((level, value) -> {
      if (!(value >= 0 && value <= 10)) {
        problems.add(new TreeProblem(TreeProblem.Section.SCALES, "impact", level, -1,
            "impact level '" + level + "' must be in [0,10], not " + value));
      }
    });
    if (!scales.likelihood().containsKey(Scales.MEDIUM)) {
      problems.add(new TreeProblem(TreeProblem.Section.SCALES, "likelihood", null, -1,
          "the likelihood scale needs a 'medium' level (used for unestimated leaves)"));
    }
    if (scales.riskMatrix() != null) {
      problems.addAll(scales.riskMatrix().problems());
    }
  }

  private void checkSettings(AnalysisSettings settings) {
    Double critical = settings.criticalThreshold();
    if (critical != null && !(critical >= 0 && critical <= 1)) {
      problems.add(new TreeProblem(TreeProblem.Section.ANALYSIS, null, "criticalThreshold", -1,
          "criticalThreshold must be in [0,1], not " + Numbers.format(critical)));
    }
    Double highRisk = settings.highRiskThreshold();
    if (highRisk != null && !(highRisk >= 0)) {
      problems.add(new TreeProblem(TreeProblem.Section.ANALYSIS, null, "highRiskThreshold", -1,
          "highRiskThreshold must be >= 0, not " + Numbers.format(highRisk)));
    }
    Double budget = settings.budget();
    if (budget != null && !(budget >= 0)) {
      problems.add(new TreeProblem(TreeProblem.Section.ANALYSIS, null, "budget", -1,
          "budget must be >= 0, not " + Numbers.format(budget)));
    }
  }

  private void checkMitigation(Mitigation mitigation) {
    String id = mitigation.id();
    if (!isId(id)) {
      problems.add(TreeProblem.mitigation(id, null, "mitigation id '" + id
          + "' may only use letters, digits, '.', '_' and '-', and starts with a letter or digit"));
    } else if (id.length() > MAX_ID_LENGTH) {
      problems.add(TreeProblem.mitigation(id, null, "a mitigation id may have at most "
          + MAX_ID_LENGTH + " characters, not " + id.length()));
    }
    if (mitigation.title().isBlank()) {
      problems.add(TreeProblem.mitigation(id, "title", "mitigation '" + id + "' needs a title"));
    }
    if (!(mitigation.effectiveness() >= 0 && mitigation.effectiveness() <= 1)) {
      problems.add(TreeProblem.mitigation(id, "effectiveness", "effectiveness must be in [0,1], not "
          + Numbers.format(mitigation.effectiveness())));
    } else if (mitigation.effectivenessRange() != null) {
      String wrong = rangeProblem("effectiveness", mitigation.effectivenessEstimate(), Map.of(), 1);
      if (wrong != null) {
        problems.add(TreeProblem.mitigation(id, "effectiveness", wrong));
      }
    }
    if (mitigation.cost() != null && !(mitigation.cost() >= 0)) {
      problems.add(TreeProblem.mitigation(id, "cost",
          "cost must be >= 0, not " + Numbers.format(mitigation.cost())));
    }
    for (Vote vote : mitigation.estimates()) {
      String wrong = singleProblem("effectiveness", vote.value(), Map.of(), 1);
      if (wrong != null) {
        problems.add(TreeProblem.mitigation(id, "estimates",
            wrong + " in the estimate by " + vote.by()));
      }
    }
  }

  private void checkNode(Node node) {
    String id = node.id();
    if (!isId(id)) {
      problems.add(TreeProblem.node(id, null, "node id '" + id
          + "' may only use letters, digits, '.', '_' and '-', and starts with a letter or digit"));
    } else if (id.length() > MAX_ID_LENGTH) {
      problems.add(TreeProblem.node(id, null, "a node id may have at most " + MAX_ID_LENGTH
          + " characters, not " + id.length()));
    }
    if (node.title().isBlank()) {
      problems.add(TreeProblem.node(id, "title", "node '" + id + "' needs a title"));
    }
    checkGate(node);
    checkLikelihood(node);
    problems.addAll(AttackerRules.stepProblems(node));
    for (int i = 0; i < node.estimates().size(); i++) {
      Vote vote = node.estimates().get(i);
      String wrong = singleProblem("likelihood", vote.value(), scales.likelihood(), 1);
      if (wrong != null) {
        problems.add(TreeProblem.nodeItem(id, "estimates", i,
            wrong + " in the estimate by " + vote.by()));
      }
    }
    if (node.impact() != null) {
      checkEstimate(node, "impact", node.impact(), scales.impact(), 10);
    }
    RepeatFinder repeats = new RepeatFinder(node.mitigations());
    for (int i = 0; i < node.mitigations().size(); i++) {
      String mitigation = node.mitigations().get(i);
      if (!mitigations.containsKey(mitigation)) {
        problems.add(TreeProblem.nodeItem(id, "mitigations", i, "unknown mitigation '"
            + mitigation + "'" + Suggestions.didYouMean(mitigation, mitigations.keySet())));
      } else if (repeats.listedBefore(i)) {
        problems.add(TreeProblem.nodeItem(id, "mitigations", i,
            "mitigation '" + mitigation + "' is attached twice"));
      }
    }
  }

  private void checkGate(Node node) {
    String id = node.id();
    if (node.isLeaf()) {
      if (!node.children().isEmpty()) {
        problems.add(TreeProblem.node(id, "children",
            "node '" + id + "' has children but no gate (or | and | atleast | not | xor)"));
      }
      return;
    }
    if (node.children().isEmpty()) {
      problems.add(TreeProblem.node(id, "gate", "gate '" + id + "' has no children"));
    }
    if (node.gate() == Gate.ATLEAST) {
      int n = node.children().size();
      if (node.k() < 1 || node.k() > Math.max(n, 1)) {
        problems.add(TreeProblem.node(id, node.k() == 0 ? "gate" : "k",
            node.k() == 0 ? "an atleast gate needs k (1.." + n + ")"
                : "k must be between 1 and the number of children (" + n + "), not " + node.k()));
      }
    } else if (node.k() != 0) {
      problems.add(TreeProblem.node(id, "k", "k is only for atleast gates"));
    }
    int n = node.children().size();
    if (node.gate() == Gate.NOT && n > 1) {
      problems.add(TreeProblem.node(id, "children", "a not gate has exactly one child, not " + n));
    }
    if (node.gate() == Gate.XOR && n != 2 && n != 0) {
      problems.add(TreeProblem.node(id, "children", "an xor gate has exactly two children, not " + n));
    }
  }

  private void checkLikelihood(Node node) {
    if (node.likelihood() == null) {
      return;
    }
    if (!node.isLeaf()) {
      problems.add(TreeProblem.node(node.id(), "likelihood",
          "a gate's probability is computed from its children; give likelihoods on leaves only"));
      return;
    }
    checkEstimate(node, "likelihood", node.likelihood(), scales.likelihood(), 1);
  }

  private void checkEstimate(
      Node node, String field, Estimate estimate, Map<String, Double> scale, double max) {
    String wrong = singleProblem(field, estimate, scale, max);
    if (wrong == null && estimate.isRange()) {
      wrong = rangeProblem(field, estimate, scale, max);
    }
    if (wrong != null) {
      problems.add(TreeProblem.node(node.id(), field, wrong));
    }
  }

  /** What is wrong with one value (a level not on the scale, a number out of [0,max]), or null. */
  private static String singleProblem(String field, Estimate estimate, Map<String, Double> scale,
      double max) {
    if (estimate.isLevel()) {
      return scale.containsKey(estimate.level()) ? null : "unknown " + field + " level '"
          + estimate.level() + "' (known: " + String.join(", ", scale.keySet()) + ")";
    }
    return estimate.value() >= 0 && estimate.value() <= max ? null
        : field + " must be in [0," + (int) max + "], not " + Numbers.format(estimate.value());
  }

  /** What is wrong with a range's ends (each valid, low <= likely <= high), or null. */
  private static String rangeProblem(String field, Estimate estimate, Map<String, Double> scale,
      double max) {
    for (Estimate end : List.of(estimate.range().low(), estimate.range().high())) {
      String wrong = singleProblem(field, end, scale, max);
      if (wrong != null) {
        return wrong + " (in its range)";
      }
    }
    double low = estimate.resolveLow(scale);
    double likely = estimate.resolve(scale);
    double high = estimate.resolveHigh(scale);
    return low <= likely && likely <= high ? null : "the range of " + field
        + " needs low <= likely <= high, not " + Numbers.format(low) + ", "
        + Numbers.format(likely) + ", " + Numbers.format(high);
  }

  private DirectedAcyclicGraph<String, DefaultEdge> buildGraph() {
    // each edge is added once (a child listed twice is reported instead), so the graph need not
    // look for parallel edges nor index vertex pairs, which cost more than the rest of building it
    int edges = 0;
    for (Node node : nodes.values()) {
      edges += node.children().size();
    }
    DirectedAcyclicGraph<String, DefaultEdge> graph = new PresizedDag(nodes.size(), edges);
    nodes.keySet().forEach(graph::addVertex);
    for (Node node : nodes.values()) {
      RepeatFinder repeats = new RepeatFinder(node.children());
      for (int i = 0; i < node.children().size(); i++) {
        String child = node.children().get(i);
        if (!nodes.containsKey(child)) {
          everyChildLinked = false;
          problems.add(TreeProblem.nodeItem(node.id(), "children", i, "unknown child '" + child
              + "'" + Suggestions.didYouMean(child, nodes.keySet())));
        } else if (repeats.listedBefore(i)) {
          everyChildLinked = false;
          problems.add(TreeProblem.nodeItem(node.id(), "children", i,
              "child '" + child + "' is listed twice"));
        } else {
          try {
            graph.addEdge(node.id(), child);
          } catch (IllegalArgumentException cycle) {
            everyChildLinked = false;
            problems.add(TreeProblem.nodeItem(node.id(), "children", i,
                "child '" + child + "' makes a cycle: '" + child + "' already leads to '"
                    + node.id() + "'"));
          }
        }
      }
    }
    return graph;
  }

  private void checkReachability(DirectedAcyclicGraph<String, DefaultEdge> graph) {
    if (root == null || root.isEmpty()) {
      problems.add(TreeProblem.top("root", "the tree needs a root (the id of the goal node)"));
      return;
    }
    if (!nodes.containsKey(root)) {
      problems.add(TreeProblem.top("root", "root '" + root + "' is not a node"
          + Suggestions.didYouMean(root, nodes.keySet())));
      return;
    }
    // Cycle edges are not in the graph, so every node not reached from the root is reached from
    // a parentless node: report those "second roots", each with the size of what hangs below it.
    Set<String> reached = reachableFrom(List.of(root), graph);
    if (reached.size() == nodes.size()) {
      return;
    }
    for (String id : nodes.keySet()) {
      if (!reached.contains(id) && graph.inDegreeOf(id) == 0) {
        Set<String> island = reachableFrom(List.of(id), graph);
        island.removeAll(reached);
        int below = island.size() - 1;
        problems.add(TreeProblem.node(id, null, "second root: node '" + id
            + "' is not a child of any gate and is not the root '" + root + "'"
            + (below == 0 ? "" : "; the " + below + (below == 1 ? " node" : " nodes")
                + " below it " + (below == 1 ? "is" : "are") + " unreachable too")));
      }
    }
  }

  /** The nodes reachable from {@code starts} through the graph's edges. */
  private Set<String> reachableFrom(
      List<String> starts, DirectedAcyclicGraph<String, DefaultEdge> graph) {
    Set<String> reached = new HashSet<>(PresizedGraphSpecifics.capacity(nodes.size()));
    reached.addAll(starts);
    Deque<String> todo = new ArrayDeque<>(starts);
    while (!todo.isEmpty()) {
      // the children lists are the graph's edges when none was left out, and cheaper to walk
      List<String> children = everyChildLinked ? nodes.get(todo.pop()).children()
          : Graphs.successorListOf(graph, todo.pop());
      for (String child : children) {
        if (reached.add(child)) {
          todo.push(child);
        }
      }
    }
    return reached;
  }
}
