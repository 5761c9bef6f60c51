package dev.thicket.model.io.formats;

import dev.thicket.model.analysis.Mode;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Scales;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What of a tree an export format cannot carry: one phrase per kind of data the tree has and the
 * format leaves out ("the attack potential of 3 steps (a, b, c)"), for {@code convert} to say so.
 * Open-PSA MEF keeps the structure, titles, the leaves' probabilities and the mitigations counted
 * in its mode; ADTool the structure, titles, descriptions, mitigations and the leaves' cost and
 * time (docs/interchange.md). YAML and OTM carry everything. Linear in the size of the tree.
 */
public final class ConversionLosses {
  private static final int NAMED = 3;

  private final AttackTree tree;
  private final List<String> losses = new ArrayList<>();

  private ConversionLosses(AttackTree tree) {
    this.tree = tree;
  }

  /** What writing {@code tree} to Open-PSA MEF with the mitigations of {@code mode} leaves out. */
  public static List<String> mef(AttackTree tree, Mode mode) {
    ConversionLosses of = new ConversionLosses(tree);
    of.treeTexts();
    of.nodes("the description of %s", node -> node.description() != null);
    of.leaves("the likelihood ranges of %s: only the likely values are written",
        leaf -> leaf.likelihood() != null && leaf.likelihood().isRange());
    of.nodes("the likelihood level names of %s: written as their numbers",
        node -> node.likelihood() != null && node.likelihood().isLevel());
    of.commonNodeKeys();
    of.steps("the cost of %s", node -> node.attacker().cost() != null);
    of.steps("the time of %s", node -> node.attacker().time() != null);
    of.mitigations("%s not counted in " + mode.keyword() + " mode",
        mitigation -> !mode.counts(mitigation));
    of.mitigations("the description or cost of %s",
        mitigation -> mode.counts(mitigation) && (mitigation.description() != null
            || mitigation.cost() != null));
    of.mitigations("the effectiveness ranges of %s: only the likely values are written",
        mitigation -> mode.counts(mitigation) && mitigation.effectivenessRange() != null);
    of.treeKeys();
    return List.copyOf(of.losses);
  }

  /** What writing {@code tree} to ADTool XML leaves out. */
  public static List<String> adtool(AttackTree tree) {
    ConversionLosses of = new ConversionLosses(tree);
    of.treeTexts();
    of.leaves("the likelihood of %s", leaf -> leaf.likelihood() != null);
    of.commonNodeKeys();
    of.mitigations("the effectiveness, cost and status of %s", mitigation -> true);
    of.treeKeys();
    return List.copyOf(of.losses);
  }

  private void treeTexts() {
    if (tree.description() != null || !tree.title().equals(tree.rootNode().title())) {
      losses.add("the tree's title and description (the goal's title is kept)");
    }
  }

  private void commonNodeKeys() {
    nodes("the impact of %s", node -> node.impact() != null);
    nodes("the rationale of %s", node -> node.rationale() != null);
    nodes("the references of %s", node -> !node.references().isEmpty());
    nodes("the estimation votes of %s", node -> !node.estimates().isEmpty());
    nodes("the x- keys of %s", node -> !node.extensions().isEmpty());
    steps("the attack potential of %s", node -> !node.attacker().potential().isEmpty());
    mitigations("the estimation votes of %s", mitigation -> !mitigation.estimates().isEmpty());
    mitigations("the references of %s", mitigation -> !mitigation.references().isEmpty());
    mitigations("the x- keys of %s", mitigation -> !mitigation.extensions().isEmpty());
  }

  private void treeKeys() {
    if (!tree.profiles().isEmpty()) {
      losses.add(tree.profiles().size() + " attacker profile" + plural(tree.profiles().size())
          + " (" + named(tree.profiles().keySet()) + ")");
    }
    if (tree.scalesGiven() && tree.scales().riskMatrix() != null) {
      losses.add("the risk matrix (scales.riskMatrix)");
    }
    if (!tree.scales().likelihood().equals(Scales.DEFAULT.likelihood())
        || !tree.scales().impact().equals(Scales.DEFAULT.impact())) {
      losses.add("the likelihood and impact scales (scales.likelihood, scales.impact)");
    }
    if (tree.settings().given()) {
      losses.add("the analysis settings (thresholds, budget)");
    }
    if (!tree.extensions().isEmpty()) {
      losses.add("the tree's x- keys (" + named(tree.extensions().keySet()) + ")");
    }
  }

  private void nodes(String what, Predicate<Node> has) {
    add(what, "node", tree.nodes().values(), has, Node::id);
  }

  private void leaves(String what, Predicate<Node> has) {
    add(what, "leaf", tree.nodes().values(), has.and(Node::isLeaf), Node::id);
  }

  /** The attacker's keys, which only leaves (steps) have. */
  private void steps(String what, Predicate<Node> has) {
    add(what, "step", tree.nodes().values(), has, Node::id);
  }

  private void mitigations(String what, Predicate<Mitigation> has) {
    add(what, "mitigation", tree.mitigations().values(), has, Mitigation::id);
  }

  /** {@code what} with "2 nodes (goal, sub)" for its {@code %s}, when some element has it. */
  private <T> void add(String what, String kind, Collection<T> elements, Predicate<T> has,
      Function<T, String> id) {
    List<String> ids = elements.stream().filter(has).map(id).toList();
    if (!ids.isEmpty()) {
      String kinds = ids.size() == 1 ? kind : kind.equals("leaf") ? "leaves" : kind + "s";
      losses.add(what.replace("%s", ids.size() + " " + kinds + " (" + named(ids) + ")"));
    }
  }

  private static String named(Collection<String> ids) {
    List<String> first = ids.stream().limit(NAMED).toList();
    return String.join(", ", first) + (ids.size() > NAMED ? ", …" : "");
  }

  private static String plural(int count) {
    return count == 1 ? "" : "s";
  }
}
