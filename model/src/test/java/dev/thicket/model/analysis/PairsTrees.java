package dev.thicket.model.analysis;

import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.List;

/** Trees in which an order that keeps file order makes a diagram exponential in their size. */
final class PairsTrees {
  private PairsTrees() {}

  /**
   * The nodes of the OR {@code orId} of x1 ∧ … ∧ xn, y1 ∧ … ∧ yn and each pair xi ∧ yi, the pairs
   * last in file order (leaves of probability 0.5): entering every x before every y gives about
   * 2^n nodes, each pair's two leaves together a linear diagram.
   */
  static List<Node> pairsAfterTheirHalves(String orId, int n) {
    List<Node> nodes = new ArrayList<>();
    List<String> orChildren = new ArrayList<>(List.of("xs", "ys"));
    List<String> xs = new ArrayList<>();
    List<String> ys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      xs.add("x" + i);
      ys.add("y" + i);
      nodes.add(Node.leaf("x" + i, "x" + i, Estimate.of(0.5)));
      nodes.add(Node.leaf("y" + i, "y" + i, Estimate.of(0.5)));
      nodes.add(Node.gate("p" + i, "pair " + i, Gate.AND, 0, List.of("x" + i, "y" + i)));
      orChildren.add("p" + i);
    }
    nodes.add(Node.gate("xs", "all x", Gate.AND, 0, xs));
    nodes.add(Node.gate("ys", "all y", Gate.AND, 0, ys));
    nodes.add(Node.gate(orId, orId, Gate.OR, 0, orChildren));
    return nodes;
  }
}
