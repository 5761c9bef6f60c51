package dev.thicket.model.tree;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * An attack tree: goals refined by AND / OR / at-least-k gates down to attack steps, with
 * mitigations attached to nodes. Immutable; every edit returns a new tree. A node listed as a
 * child of several gates is one shared node, so the structure is a directed acyclic graph (a
 * JGraphT {@link DirectedAcyclicGraph} whose edges go from parent to child).
 *
 * <p>Construction checks every rule of the format and throws {@link InvalidTreeException} with all
 * problems found.
 */
public final class AttackTree {
  private final String title;
  private final String description;
  private final String root;
  private final NodeMap nodes;
  private final Map<String, Mitigation> mitigations;
  private final Scales scales;
  private final boolean scalesGiven;
  private final AnalysisSettings settings;
  private final Map<String, AttackerProfile> profiles;
  private final Map<String, Object> extensions;
  private final TreeStructure structure;

  /** Without attacker profiles. */
  public AttackTree(
      String title,
      String description,
      String root,
      List<Node> nodes,
      List<Mitigation> mitigations,
      Scales scales,
      AnalysisSettings settings,
      Map<String, Object> extensions) {
    this(title, description, root, nodes, mitigations, scales, settings, List.of(), extensions);
  }

  /**
   * @param scales {@code null} for the default scales (then not written to files)
   * @param settings thresholds given in the file; {@link AnalysisSettings#NONE} for none
   * @param profiles the attacker profiles, in file order
   */
  public AttackTree(
      String title,
      String description,
      String root,
      List<Node> nodes,
      List<Mitigation> mitigations,
      Scales scales,
      AnalysisSettings settings,
      List<AttackerProfile> profiles,
      Map<String, Object> extensions) {
    this(title, description, root, NodeMap.of(nodes), mitigations, scales, settings, profiles,
        extensions, null);
  }

  /** As above, rebuilt from {@code previous} (null for none): see {@link #rebuilt}. */
  private AttackTree(
      String title,
      String description,
      String root,
      NodeMap nodes,
      List<Mitigation> mitigations,
      Scales scales,
      AnalysisSettings settings,
      List<AttackerProfile> profiles,
      Map<String, Object> extensions,
      AttackTree previous) {
    this.title = title;
    this.description = description;
    this.root = root;
    this.nodes = nodes;
    this.mitigations = indexMitigations(mitigations);
    this.scalesGiven = scales != null;
    this.scales = scales != null ? scales : Scales.DEFAULT;
    this.settings = Objects.requireNonNull(settings, "settings");
    this.profiles = indexProfiles(profiles);
    this.extensions = Extensions.copyOf(extensions);
    PreviousTree kept = previous == null ? null : PreviousTree.of(this.nodes, previous.nodes,
        previous.structure, this.mitigations, previous.mitigations,
        this.scales == previous.scales);
    TreeValidator.Result result = TreeValidator.validate(title, root, this.nodes,
        this.mitigations, this.scales, settings, this.profiles.values(), kept);
    if (!result.problems().isEmpty()) {
      throw new InvalidTreeException(result.problems());
    }
    this.structure = Objects.requireNonNull(result.structure(),
        "the structure's rules and the validator's disagree on this tree");
  }

  /** {@code base} with other nodes of the same ids and children: shares the graph and order. */
  private AttackTree(AttackTree base, NodeMap nodes) {
    this.title = base.title;
    this.description = base.description;
    this.root = base.root;
    this.nodes = nodes;
    this.mitigations = base.mitigations;
    this.scales = base.scales;
    this.scalesGiven = base.scalesGiven;
    this.settings = base.settings;
    this.profiles = base.profiles;
    this.extensions = base.extensions;
    this.structure = base.structure;
  }

  private static Map<String, Mitigation> indexMitigations(List<Mitigation> mitigations) {
    Map<String, Mitigation> index = new LinkedHashMap<>();
    for (Mitigation mitigation : mitigations) {
      if (index.put(mitigation.id(), mitigation) != null) {
        throw new InvalidTreeException(List.of(TreeProblem.mitigation(mitigation.id(), null,
            "duplicate mitigation id '" + mitigation.id() + "'")));
      }
    }
    return Collections.unmodifiableMap(index);
  }

  private static Map<String, AttackerProfile> indexProfiles(List<AttackerProfile> profiles) {
    Map<String, AttackerProfile> index = new LinkedHashMap<>();
    for (AttackerProfile profile : profiles) {
      if (index.put(profile.id(), profile) != null) {
        throw new InvalidTreeException(List.of(new TreeProblem(TreeProblem.Section.PROFILES,
            profile.id(), null, -1, "duplicate profile id '" + profile.id() + "'")));
      }
    }
    return Collections.unmodifiableMap(index);
  }

  public String title() {
    return title;
  }

  /** Optional; {@code null} when absent. */
  public String description() {
    return description;
  }

  public String root() {
    return root;
  }

  public Node rootNode() {
    return nodes.get(root);
  }

  /** All nodes by id, in file order. */
  public Map<String, Node> nodes() {
    return nodes;
  }

  public Node node(String id) {
    Node node = nodes.get(id);
    if (node == null) {
      throw new IllegalArgumentException("no node '" + id + "'");
    }
    return node;
  }

  /** All mitigations by id, in file order. */
  public Map<String, Mitigation> mitigations() {
    return mitigations;
  }

  public Scales scales() {
    return scales;
  }

  /** Whether the file gave its own scales (a writer writes them back only then). */
  public boolean scalesGiven() {
    return scalesGiven;
  }

  public AnalysisSettings settings() {
    return settings;
  }

  /** The attacker profiles by id, in file order. */
  public Map<String, AttackerProfile> profiles() {
    return profiles;
  }

  public Map<String, Object> extensions() {
    return extensions;
  }

  /**
   * The parent → child graph, read-only, built when first asked (the tree's own queries do not
   * need it): vertices in file order, each node's edges in the order of its children.
   */
  public Graph<String, DefaultEdge> graph() {
    return structure.graph();
  }

  /**
   * Every node, each after all of its children (leaves first, root last): the reverse of the
   * topological order a JGraphT {@link DirectedAcyclicGraph} builds over the nodes in file order.
   */
  public List<String> bottomUpOrder() {
    return structure.bottomUp();
  }

  /** The gates that list {@code id} as a child, in file order; a new list. */
  public List<String> parents(String id) {
    return structure.parents(id);
  }

  /**
   * Whether this tree and {@code other} share one structure: one was made from the other by
   * edits that kept every children list (titles, gates, estimates...), so both have the same root
   * and the same ids in the same order with the same children. False says nothing either way.
   */
  public boolean sharesStructureWith(AttackTree other) {
    return structure == other.structure;
  }

  /** The impact of the root, resolved against the scale; 1 when none is given. */
  public double rootImpact() {
    return impactOf(rootNode());
  }

  /** {@code node}'s impact on this tree's scales, 1 when it has none. */
  public double impactOf(Node node) {
    Estimate impact = node.impact();
    return impact == null ? 1.0 : impact.resolve(scales.impact());
  }

  /** This tree with {@code node} replacing the node of the same id, or appended when new. */
  public AttackTree withNode(Node node) {
    return withNodes(List.of(node));
  }

  /**
   * This tree with {@code changed} replacing the nodes of the same ids (file order kept), or
   * appended when new. When every changed node already exists with the same children, the
   * structure is shared and only the changed nodes are checked (an edit of a title, gate or
   * estimate costs a copy of the node map, not a new graph); otherwise (and for a NOT or XOR gate
   * in a tree with profiles) the whole tree is rebuilt and checked. Throws {@link
   * InvalidTreeException} as the constructor does.
   */
  public AttackTree withNodes(Collection<Node> changed) {
    NodeMap replaced = nodes.replacing(changed);
    boolean sameStructure = replaced != null; // no new node
    if (sameStructure) {
      for (Node node : changed) {
        sameStructure &= nodes.get(node.id()).children().equals(node.children())
            && (profiles.isEmpty() || !node.gate().isNonCoherent());
      }
    }
    if (!sameStructure && replaced != null) { // the same ids: their index is kept
      return rebuilt(root, replaced, List.copyOf(mitigations.values()));
    }
    if (!sameStructure) {
      Map<String, Node> byId = new LinkedHashMap<>();
      changed.forEach(node -> byId.put(node.id(), node));
      List<Node> list = new ArrayList<>(nodes.size() + byId.size());
      for (Node node : nodes.values()) {
        Node replacement = byId.remove(node.id());
        list.add(replacement == null ? node : replacement);
      }
      list.addAll(byId.values()); // new ids, in the order given
      return rebuilt(root, list, List.copyOf(mitigations.values()));
    }
    List<TreeProblem> problems = TreeValidator.checkNodes(changed, mitigations, scales);
    if (!problems.isEmpty()) {
      throw new InvalidTreeException(problems);
    }
    return new AttackTree(this, replaced);
  }

  /**
   * This tree with {@code root}, exactly {@code nodes} (in this order) and {@code mitigations},
   * everything else kept: what a structural edit (add, delete, move, paste) makes. The nodes it
   * keeps from this tree (the very same objects) are not checked again and their children are
   * found through this tree's structure, so an edit of a large tree does not cost a full build;
   * the tree, or the problems thrown, are those the constructor gives.
   */
  public AttackTree rebuilt(String root, List<Node> nodes, List<Mitigation> mitigations) {
    return rebuilt(root, NodeMap.of(nodes, this.nodes), mitigations);
  }

  private AttackTree rebuilt(String newRoot, NodeMap newNodes, List<Mitigation> newMitigations) {
    return new AttackTree(title, description, newRoot, newNodes, newMitigations,
        scalesGiven ? scales : null, settings, List.copyOf(profiles.values()), extensions, this);
  }

  /** This tree with {@code mitigation} replacing the one of the same id, or appended when new. */
  public AttackTree withMitigation(Mitigation mitigation) {
    Map<String, Mitigation> copy = new LinkedHashMap<>(mitigations);
    copy.put(mitigation.id(), mitigation);
    return new AttackTree(title, description, root, List.copyOf(nodes.values()),
        List.copyOf(copy.values()), scalesGiven ? scales : null, settings,
        List.copyOf(profiles.values()), extensions);
  }

  /** This tree with other thresholds. */
  public AttackTree withSettings(AnalysisSettings newSettings) {
    return new AttackTree(title, description, root, List.copyOf(nodes.values()),
        List.copyOf(mitigations.values()), scalesGiven ? scales : null, newSettings,
        List.copyOf(profiles.values()), extensions);
  }

  /** This tree with other attacker profiles. */
  public AttackTree withProfiles(List<AttackerProfile> newProfiles) {
    return new AttackTree(title, description, root, List.copyOf(nodes.values()),
        List.copyOf(mitigations.values()), scalesGiven ? scales : null, settings, newProfiles,
        extensions);
  }

  /** This tree with other {@code x-} keys of its own (the top level's). */
  public AttackTree withExtensions(Map<String, Object> newExtensions) {
    return new AttackTree(title, description, root, List.copyOf(nodes.values()),
        List.copyOf(mitigations.values()), scalesGiven ? scales : null, settings,
        List.copyOf(profiles.values()), newExtensions);
  }

  @Override
  public String toString() {
    return "AttackTree[" + title + ", " + nodes.size() + " nodes]";
  }
}
