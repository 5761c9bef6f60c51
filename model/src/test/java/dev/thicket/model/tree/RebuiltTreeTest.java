package dev.thicket.model.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.generate.TreeGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link AttackTree#rebuilt} takes what it can from the tree it is called on (kept nodes are not
 * checked again, their children come from its structure): after random changes of the node list,
 * valid or not, it must give the tree, or the problems, that the constructor gives.
 */
class RebuiltTreeTest {

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16})
  void givesWhatTheConstructorGives(long seed) {
    Random random = new Random(seed);
    AttackTree tree = TreeGenerator.generate(150, 0.2, seed);
    for (int round = 0; round < 150; round++) {
      AttackTree before = tree;
      List<Node> nodes = new ArrayList<>(tree.nodes().values());
      List<Mitigation> mitigations = new ArrayList<>(tree.mitigations().values());
      String change = change(random, tree, nodes, mitigations);

      Object fresh = treeOrProblems(() -> new AttackTree(before.title(), before.description(),
          before.root(), nodes, mitigations, before.scalesGiven() ? before.scales() : null,
          before.settings(), List.copyOf(before.profiles().values()), before.extensions()));
      Object rebuilt = treeOrProblems(() -> before.rebuilt(before.root(), nodes, mitigations));

      assertThat(rebuilt).as(change).isEqualTo(fresh);
      if (fresh instanceof String || random.nextInt(3) > 0) {
        continue; // go on from the valid tree now and then, so that edits pile up
      }
      tree = before.rebuilt(before.root(), nodes, mitigations);
    }
  }

  /** One random change of the node (or mitigation) list, valid or not; says which. */
  private static String change(Random random, AttackTree tree, List<Node> nodes,
      List<Mitigation> mitigations) {
    int at = random.nextInt(nodes.size());
    Node node = nodes.get(at);
    List<String> children = new ArrayList<>(node.children());
    switch (random.nextInt(7)) {
      case 0 -> { // a child more (maybe one closing a cycle, or listed twice)
        String child = nodes.get(random.nextInt(nodes.size())).id();
        children.add(child);
        nodes.set(at, Node.gate(node.id(), node.title(), Gate.OR, 0, children));
        return "link " + child + " under " + node.id();
      }
      case 1 -> { // a node and its mentions gone (what is left may be a second root)
        nodes.remove(at);
        for (int i = 0; i < nodes.size(); i++) {
          Node parent = nodes.get(i);
          if (parent.children().contains(node.id())) {
            List<String> left = new ArrayList<>(parent.children());
            left.remove(node.id());
            nodes.set(i, left.isEmpty() ? Node.leaf(parent.id(), parent.title(), null)
                : Node.gate(parent.id(), parent.title(), Gate.AND, 0, left));
          }
        }
        return "delete " + node.id();
      }
      case 2 -> { // a new step appended under a node
        String id = "new-" + random.nextInt(1_000_000);
        nodes.add(Node.leaf(id, "New step", null));
        children.add(id);
        nodes.set(at, Node.gate(node.id(), node.title(), Gate.OR, 0, children));
        return "add " + id + " under " + node.id();
      }
      case 3 -> { // the same children in another order
        Collections.shuffle(children, random);
        nodes.set(at, Node.gate(node.id(), node.title(), node.isLeaf() ? Gate.OR : node.gate(),
            node.k(), children));
        return "reorder " + node.id();
      }
      case 4 -> { // a node with a new id object of the same text, or an unknown child
        String copy = new String(node.id().toCharArray());
        nodes.set(at, node.isLeaf() ? Node.leaf(copy, node.title(), node.likelihood())
            : Node.gate(copy, node.title(), node.gate(), node.k(), List.of("unknown-child")));
        return "same id anew / unknown child " + node.id();
      }
      case 5 -> { // two nodes swap places in the file
        int other = random.nextInt(nodes.size());
        Collections.swap(nodes, at, other);
        return "swap " + node.id() + " and " + nodes.get(at).id();
      }
      default -> { // a mitigation gone (nodes listing it now name an unknown one)
        if (!mitigations.isEmpty()) {
          return "drop mitigation " + mitigations.remove(random.nextInt(mitigations.size())).id();
        }
        return "nothing";
      }
    }
  }

  private static Object treeOrProblems(java.util.function.Supplier<AttackTree> build) {
    try {
      AttackTree tree = build.get();
      List<Object> shape = new ArrayList<>(List.of(tree.nodes(), tree.bottomUpOrder()));
      for (String id : tree.nodes().keySet()) {
        shape.add(tree.parents(id));
      }
      return shape;
    } catch (InvalidTreeException invalid) {
      return invalid.problems().toString();
    }
  }
}
