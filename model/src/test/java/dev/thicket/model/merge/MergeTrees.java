package dev.thicket.model.merge;

import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A small base tree for the merge tests and edits of it: goal = OR(a, g, h), g = AND(b, c),
 * h = OR(c, d); mitigation m on a.
 */
final class MergeTrees {
  private MergeTrees() {}

  static AttackTree base() {
    return tree(List.of(
        Node.gate("goal", "Goal", Gate.OR, 0, List.of("a", "g", "h")),
        Node.leaf("a", "A", Estimate.of(0.1)).withMitigations(List.of("m")),
        Node.gate("g", "G", Gate.AND, 0, List.of("b", "c")),
        Node.gate("h", "H", Gate.OR, 0, List.of("c", "d")),
        Node.leaf("b", "B", Estimate.of(0.2)),
        Node.leaf("c", "C", Estimate.of(0.3)),
        Node.leaf("d", "D", Estimate.of(0.4))),
        List.of(new Mitigation("m", "M", 0.5, MitigationStatus.IMPLEMENTED)));
  }

  static AttackTree tree(List<Node> nodes, List<Mitigation> mitigations) {
    return new AttackTree("T", null, "goal", nodes, mitigations, null, AnalysisSettings.NONE,
        Map.of());
  }

  /** {@code tree} with node {@code id} changed by {@code edit}. */
  static AttackTree node(AttackTree tree, String id, UnaryOperator<Node> edit) {
    return tree.withNode(edit.apply(tree.node(id)));
  }

  /** {@code tree} with mitigation {@code id} changed by {@code edit}. */
  static AttackTree mitigation(AttackTree tree, String id, UnaryOperator<Mitigation> edit) {
    return tree.withMitigation(edit.apply(tree.mitigations().get(id)));
  }

  /** {@code tree} with a new leaf {@code id} under {@code parent}, last. */
  static AttackTree addLeaf(AttackTree tree, String parent, String id, double likelihood) {
    Node gate = tree.node(parent);
    List<String> children = new ArrayList<>(gate.children());
    children.add(id);
    List<Node> nodes = new ArrayList<>(tree.nodes().values());
    nodes.set(nodes.indexOf(gate), gate.withGate(gate.gate(), gate.k(), children));
    nodes.add(Node.leaf(id, id.toUpperCase(java.util.Locale.ROOT), Estimate.of(likelihood)));
    return with(tree, nodes);
  }

  /** {@code tree} without node {@code id}, unlinked from every gate. */
  static AttackTree delete(AttackTree tree, String id) {
    List<Node> nodes = new ArrayList<>();
    for (Node node : tree.nodes().values()) {
      if (!node.id().equals(id)) {
        nodes.add(node.withGate(node.gate(), node.k(),
            node.children().stream().filter(child -> !child.equals(id)).toList()));
      }
    }
    return with(tree, nodes);
  }

  /** {@code tree} with {@code child} also listed last by {@code parent}. */
  static AttackTree link(AttackTree tree, String parent, String child) {
    return node(tree, parent, gate -> {
      List<String> children = new ArrayList<>(gate.children());
      children.add(child);
      return gate.withGate(gate.gate(), gate.k(), children);
    });
  }

  static AttackTree with(AttackTree tree, List<Node> nodes) {
    return new AttackTree(tree.title(), tree.description(), tree.root(), nodes,
        List.copyOf(tree.mitigations().values()), tree.scalesGiven() ? tree.scales() : null,
        tree.settings(), tree.extensions());
  }

  /** {@code tree} with these top-level extensions. */
  static AttackTree withExtensions(AttackTree tree, Map<String, Object> extensions) {
    return new AttackTree(tree.title(), tree.description(), tree.root(),
        List.copyOf(tree.nodes().values()), List.copyOf(tree.mitigations().values()),
        tree.scalesGiven() ? tree.scales() : null, tree.settings(),
        new LinkedHashMap<>(extensions));
  }

  /**
   * {@code tree} with its listed conflicts less their recorded {@code values}, to compare the
   * listing with {@link MergeConflict#toExtension} (the values have their own tests).
   */
  static AttackTree withoutValues(AttackTree tree) {
    Map<String, Object> extensions = new LinkedHashMap<>(tree.extensions());
    extensions.computeIfPresent(MergeConflict.EXTENSION, (key, listed) ->
        ((List<?>) listed).stream().map(item -> {
          Map<?, ?> entry = new LinkedHashMap<>((Map<?, ?>) item);
          entry.remove("values");
          return entry;
        }).toList());
    return withExtensions(tree, extensions);
  }

  /** The canonical text, to compare whole trees. */
  static String yaml(AttackTree tree) {
    return TreeWriter.toYaml(tree);
  }
}
