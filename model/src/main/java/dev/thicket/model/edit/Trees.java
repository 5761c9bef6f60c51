package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.InvalidTreeException;
import dev.thicket.model.tree.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Helpers shared by the edits: rebuilding a tree, walking it, keeping gates valid. */
final class Trees {
  private Trees() {}

  /** {@code tree} with exactly {@code nodes} (in this order); broken rules refuse the edit. */
  static AttackTree withNodes(AttackTree tree, Collection<Node> nodes) {
    return rebuild(tree, nodes, tree.mitigations().values());
  }

  /** {@code tree} with exactly these nodes and mitigations; broken rules refuse the edit. */
  static AttackTree rebuild(AttackTree tree, Collection<Node> nodes,
      Collection<dev.thicket.model.tree.Mitigation> mitigations) {
    return rebuild(tree, tree.root(), nodes, mitigations);
  }

  /** {@code tree} with another root and exactly these nodes and mitigations. */
  static AttackTree rebuild(AttackTree tree, String root, Collection<Node> nodes,
      Collection<dev.thicket.model.tree.Mitigation> mitigations) {
    try {
      return tree.rebuilt(root, List.copyOf(nodes), List.copyOf(mitigations));
    } catch (InvalidTreeException invalid) {
      throw refused(invalid);
    }
  }

  /**
   * The nodes of {@code tree} in file order without those of {@code removed} ids, with each of
   * {@code replaced} in the place of the node of its id, then {@code appended} (new ids): what a
   * structural edit rebuilds from. A few changes are found by comparing node objects, so a large
   * tree is walked without a look-up per node.
   */
  static List<Node> edited(AttackTree tree, Collection<Node> replaced, Set<String> removed,
      List<Node> appended) {
    List<Node> nodes = new ArrayList<>(tree.nodes().size() - removed.size() + appended.size());
    if (replaced.size() + removed.size() > FEW_CHANGES) {
      Map<String, Node> byId = new HashMap<>();
      replaced.forEach(node -> byId.put(node.id(), node));
      tree.nodes().values().stream().filter(node -> !removed.contains(node.id()))
          .map(node -> byId.getOrDefault(node.id(), node)).forEach(nodes::add);
      nodes.addAll(appended);
      return nodes;
    }
    Node[] gone = removed.stream().map(tree::node).toArray(Node[]::new);
    Node[] old = replaced.stream().map(node -> existing(tree, node.id())).toArray(Node[]::new);
    Node[] changed = replaced.toArray(Node[]::new);
    walk:
    for (Node node : tree.nodes().values()) {
      for (Node dropped : gone) {
        if (node == dropped) {
          continue walk;
        }
      }
      Node kept = node;
      for (int i = 0; i < old.length; i++) {
        kept = node == old[i] ? changed[i] : kept;
      }
      nodes.add(kept);
    }
    nodes.addAll(appended);
    return nodes;
  }

  /** The ids of {@code ids} in the order of the file; a few are found by their node objects. */
  static Set<String> inFileOrder(AttackTree tree, Set<String> ids) {
    Set<String> ordered = new LinkedHashSet<>();
    if (ids.size() > FEW_CHANGES) {
      tree.nodes().keySet().stream().filter(ids::contains).forEach(ordered::add);
      return ordered;
    }
    Node[] wanted = ids.stream().map(tree::node).toArray(Node[]::new);
    for (Node node : tree.nodes().values()) {
      for (Node one : wanted) {
        if (node == one) {
          ordered.add(node.id());
        }
      }
    }
    return ordered;
  }

  /** Changes up to which {@link #edited} and {@link #inFileOrder} compare nodes. */
  private static final int FEW_CHANGES = 16;

  /** {@code tree} with {@code changed} replacing the nodes of the same ids. */
  static AttackTree replacing(AttackTree tree, Node... changed) {
    try {
      return tree.withNodes(List.of(changed));
    } catch (InvalidTreeException invalid) {
      throw refused(invalid);
    }
  }

  private static EditRefusedException refused(InvalidTreeException invalid) {
    return new EditRefusedException(invalid.problems().stream()
        .map(Object::toString).distinct().collect(Collectors.joining("; ")));
  }

  static Node existing(AttackTree tree, String id) {
    Node node = tree.nodes().get(id);
    if (node == null) {
      throw new EditRefusedException("there is no node '" + id + "'");
    }
    return node;
  }

  /** {@code node} under another id, with {@code children} (the same ones, maybe renamed). */
  static Node renamed(Node node, String id, List<String> children) {
    return new Node(id, node.title(), node.description(), node.gate(), node.k(), children,
        node.likelihood(), node.impact(), node.rationale(), node.mitigations(),
        node.references(), node.estimates(), node.attacker(), node.extensions());
  }

  /** Every node below {@code id}, and {@code id} itself. */
  static Set<String> subtree(AttackTree tree, String id) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(id));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(tree.node(next).children());
      }
    }
    return seen;
  }

  /** {@code node} with {@code child} removed from its children, its gate kept valid. */
  static Node withoutChild(Node node, String child) {
    List<String> children = new ArrayList<>(node.children());
    children.remove(child);
    return withChildren(node, children);
  }

  /**
   * {@code node} with other children: a gate left without children becomes a leaf (not yet
   * estimated), an at-least gate's k is lowered to the number of children, an XOR left with one
   * child becomes an OR.
   */
  static Node withChildren(Node node, List<String> children) {
    if (children.isEmpty()) {
      return node.withGate(Gate.LEAF, 0, List.of());
    }
    Gate gate = node.gate();
    int k = node.k();
    if (gate == Gate.ATLEAST) {
      k = Math.min(k, children.size());
    } else if (gate == Gate.XOR && children.size() == 1) {
      gate = Gate.OR;
    }
    return node.withGate(gate, k, children);
  }

  /** {@code parent} with {@code child} added at {@code index} (-1: last); a leaf becomes OR. */
  static Node withChildAdded(Node parent, String child, int index) {
    if (parent.children().contains(child)) {
      throw new EditRefusedException(
          "'" + child + "' is already a child of '" + parent.id() + "'");
    }
    int n = parent.children().size();
    if (parent.gate() == Gate.NOT && n >= 1) {
      throw new EditRefusedException("a NOT gate has exactly one child: '" + parent.id()
          + "' has one already");
    }
    if (parent.gate() == Gate.XOR && n >= 2) {
      throw new EditRefusedException("an XOR gate has exactly two children: '" + parent.id()
          + "' has two already");
    }
    List<String> children = new ArrayList<>(parent.children());
    children.add(index < 0 || index > n ? n : index, child);
    if (parent.isLeaf()) {
      return parent.withLikelihood(null).withEstimates(List.of())
          .withAttacker(dev.thicket.model.tree.StepAttributes.EMPTY)
          .withGate(Gate.OR, 0, children);
    }
    return parent.withGate(parent.gate(), parent.k(), children);
  }

  /** Refuses to put {@code child} under {@code parent} when that would close a cycle. */
  static void refuseCycle(AttackTree tree, String parent, String child) {
    if (parent.equals(child) || subtree(tree, child).contains(parent)) {
      throw new EditRefusedException("'" + child + "' cannot go under '" + parent + "': '"
          + parent + "' is inside '" + child + "', that would make a cycle");
    }
  }
}
