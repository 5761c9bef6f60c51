package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.ProbabilityProgram;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The goal's exact probability and risk in one mode for versions of a tree that differ from it in
 * numbers only: leaf likelihoods, impacts and mitigation effectiveness, with the same structure
 * ({@link #sameStructure}) and the same mitigations counted in every mode ({@link
 * #sameCounting}). The diagrams are built once, exactly as {@link TreeAnalysis#probabilities}
 * builds them for such a version, and one {@link ProbabilityProgram} pass evaluates each version,
 * so the result is the very number {@code TreeAnalysis.probabilities} gives (the same diagrams,
 * variable probabilities and arithmetic). Cost: one build, then O(reached diagram nodes +
 * variables) per version. Not for concurrent use.
 */
public final class RevaluedProbability {
  private final AttackTree tree;
  private final TreeIndex index;
  private final Variables variables;
  private final boolean[] counted;
  private final ProbabilityProgram program;
  private final double[] base;
  private final double[] working;
  private final double[] scratch;
  private final Map<String, Integer> mitigationIndex = new HashMap<>();

  /** Builds the diagrams of {@code tree} for {@code mode}. */
  public RevaluedProbability(AttackTree tree, Mode mode) {
    this.tree = tree;
    this.index = new TreeIndex(tree);
    ModeDiagrams diagrams = DeepStack.call(() -> DiagramSet.build(index, new Modules(index),
        DiagramLimits.DEFAULT, new Checkpoints(AnalysisMonitor.NONE)).of(mode));
    variables = diagrams.variables;
    counted = diagrams.counted;
    program = new ProbabilityProgram(diagrams.bdd, diagrams.own[index.root],
        diagrams.variableFunction);
    base = diagrams.baseProbabilities(counted);
    working = base.clone();
    scratch = program.scratch();
    for (int m = 0; m < index.mitigation.length; m++) {
      mitigationIndex.put(index.mitigation[m].id(), m);
    }
  }

  /** Whether {@code a} and {@code b} have the same gate, k, children and mitigations attached. */
  public static boolean sameStructure(Node a, Node b) {
    return a.id().equals(b.id()) && a.gate() == b.gate() && a.k() == b.k()
        && a.children().equals(b.children()) && a.mitigations().equals(b.mitigations());
  }

  /** Whether every mode counts both mitigations or neither. */
  public static boolean sameCounting(Mitigation a, Mitigation b) {
    for (Mode mode : Mode.values()) {
      if (mode.counts(a) != mode.counts(b)) {
        return false;
      }
    }
    return a.id().equals(b.id());
  }

  /**
   * P(goal) of the built tree with {@code nodes} and {@code mitigations} replacing those of the
   * same ids, each of the same structure or counting (else {@link IllegalArgumentException}).
   */
  public double probability(Collection<Node> nodes, Collection<Mitigation> mitigations) {
    System.arraycopy(base, 0, working, 0, base.length);
    for (Node node : nodes) {
      Node built = tree.nodes().get(node.id());
      if (built == null || !sameStructure(built, node)) {
        throw new IllegalArgumentException("node " + node.id() + " changes the structure");
      }
      int at = index.indexOf(node.id());
      if (index.isLeaf(at) && variables.leafVariable[at] >= 0) {
        working[variables.leafVariable[at]] = TreeIndex.likelihood(node, tree.scales());
      }
    }
    for (Mitigation mitigation : mitigations) {
      Integer m = mitigationIndex.get(mitigation.id());
      if (m == null || !sameCounting(index.mitigation[m], mitigation)) {
        throw new IllegalArgumentException("mitigation " + mitigation.id()
            + " changes what is counted");
      }
      if (variables.mitigationVariable[m] >= 0) {
        working[variables.mitigationVariable[m]] = ModeDiagrams.failure(mitigation, counted[m]);
      }
    }
    return program.evaluate(working, scratch);
  }

  /** {@link #probability} × the root's impact (the replacing root's, when it is replaced). */
  public double risk(Collection<Node> nodes, Collection<Mitigation> mitigations) {
    Node root = nodes.stream().filter(n -> n.id().equals(tree.root())).findFirst()
        .orElse(tree.rootNode());
    return probability(nodes, mitigations) * tree.impactOf(root);
  }
}
