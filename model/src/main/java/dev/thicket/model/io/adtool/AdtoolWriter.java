package dev.thicket.model.io.adtool;

import dev.thicket.model.io.xml.XmlText;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an attack tree as an ADTool 2 file ({@code <adtree>}) so that it can be opened there.
 * ADTool has no sharing, so a shared node is written under each of its parents; a node's
 * mitigations become its one countermeasure ({@code switchRole="yes"}), several grouped under a
 * disjunctive countermeasure (the node is blocked when any of them works). AT-LEAST-k gates are
 * written as the OR of the ANDs of every k children (at most {@link #MAX_COMBINATIONS}); NOT and
 * XOR, which ADTool cannot express, are refused. Of the numbers, only the leaves' cost and time
 * are written, as the domains MinCost and MinTimeSeq. Mapping: docs/interchange.md.
 */
public final class AdtoolWriter {
  /** The most k-subsets an AT-LEAST gate is expanded into. */
  public static final int MAX_COMBINATIONS = 64;
  /** The most {@code <node>} elements written (shared nodes count once per copy). */
  public static final long MAX_NODES = 100_000;
  /** The deepest tree written. */
  public static final int MAX_DEPTH = 500;

  private final AttackTree tree;
  private final List<String> domainKeys;
  private final StringBuilder out = new StringBuilder();

  private AdtoolWriter(AttackTree tree) {
    this.tree = tree;
    this.domainKeys = domainKeys(tree);
  }

  /** The ADTool XML of {@code tree}. */
  public static String toXml(AttackTree tree) throws AdtoolExportException {
    check(tree);
    AdtoolWriter writer = new AdtoolWriter(tree);
    writer.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<adtree>\n");
    writer.node(tree.rootNode(), 1);
    writer.domains();
    return writer.out.append("</adtree>\n").toString();
  }

  /** The step attributes the leaves give, "cost" before "time", as ADTool domains carry them. */
  private static List<String> domainKeys(AttackTree tree) {
    List<String> keys = new ArrayList<>();
    if (tree.nodes().values().stream().anyMatch(node -> node.attacker().cost() != null)) {
      keys.add(AdtoolDomains.COST);
    }
    if (tree.nodes().values().stream().anyMatch(node -> node.attacker().time() != null)) {
      keys.add(AdtoolDomains.TIME);
    }
    return keys;
  }

  /** After the root node, as ADTool 2 writes them: {@code <domain id="MinCost1">…}. */
  private void domains() {
    for (String key : domainKeys) {
      out.append("  <domain id=\"").append(AdtoolDomains.writtenId(key, domainKeys))
          .append("\">\n    <class>").append(AdtoolDomains.PACKAGE)
          .append(AdtoolDomains.WRITTEN.get(key)).append("</class>\n    <tool>ADTool2</tool>\n"
              + "  </domain>\n");
    }
  }

  /** A leaf's cost and time as basic values of the domains, in ADTool's number form. */
  private void parameters(Node leaf, int level) {
    for (String key : domainKeys) {
      Double value = key.equals(AdtoolDomains.COST) ? leaf.attacker().cost()
          : leaf.attacker().time();
      if (value != null) {
        out.append("  ".repeat(level + 1)).append("<parameter domainId=\"")
            .append(AdtoolDomains.writtenId(key, domainKeys)).append("\" category=\"basic\">")
            .append(Double.toString(value)).append("</parameter>\n");
      }
    }
  }

  private static void check(AttackTree tree) throws AdtoolExportException {
    List<String> problems = new ArrayList<>();
    Map<String, BigInteger> copies = new HashMap<>();
    Map<String, Integer> depth = new HashMap<>();
    for (String id : tree.bottomUpOrder()) {
      Node node = tree.node(id);
      BigInteger size = BigInteger.ONE.add(BigInteger.valueOf(node.mitigations().size()));
      int levels = 1;
      if (node.gate().isNonCoherent()) {
        problems.add("node '" + id + "' is a " + node.gate().keyword().orElseThrow()
            + " gate, which ADTool cannot express");
      }
      BigInteger repeat = BigInteger.ONE;
      if (node.gate() == Gate.ATLEAST && node.k() > 1 && node.k() < node.children().size()) {
        BigInteger combinations = binomial(node.children().size(), node.k());
        if (combinations.compareTo(BigInteger.valueOf(MAX_COMBINATIONS)) > 0) {
          problems.add("node '" + id + "' is an atleast gate (" + node.k() + " of "
              + node.children().size() + ") that would expand into " + combinations
              + " alternatives in ADTool (at most " + MAX_COMBINATIONS + ")");
        }
        size = size.add(combinations);
        repeat = binomial(node.children().size() - 1, node.k() - 1);
      }
      for (String child : node.children()) {
        size = size.add(copies.get(child).multiply(repeat));
        levels = Math.max(levels, depth.get(child) + 2);
      }
      copies.put(id, size);
      depth.put(id, levels);
    }
    BigInteger total = copies.get(tree.root());
    if (total.compareTo(BigInteger.valueOf(MAX_NODES)) > 0) {
      problems.add("the tree would be " + total + " ADTool nodes once its shared nodes are "
          + "copied under each parent (at most " + MAX_NODES + ")");
    }
    if (depth.get(tree.root()) > MAX_DEPTH) {
      problems.add("the tree is deeper than " + MAX_DEPTH + " levels");
    }
    if (!problems.isEmpty()) {
      throw new AdtoolExportException(problems);
    }
  }

  private static BigInteger binomial(int n, int k) {
    BigInteger result = BigInteger.ONE;
    for (int i = 0; i < k; i++) {
      result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
    }
    return result;
  }

  private void node(Node node, int level) {
    int n = node.children().size();
    boolean expand = node.gate() == Gate.ATLEAST && node.k() > 1 && node.k() < n;
    String refinement = node.gate() == Gate.AND
        || (node.gate() == Gate.ATLEAST && node.k() == n && n > 1) ? "conjunctive"
        : "disjunctive";
    open(level, refinement, false, node.title(), node.description());
    if (node.isLeaf()) {
      parameters(node, level);
    }
    if (expand) {
      combinations(node, level + 1);
    } else {
      for (String child : node.children()) {
        node(tree.node(child), level + 1);
      }
    }
    countermeasure(node, level + 1);
    close(level);
  }

  /** An AT-LEAST-k gate as the OR of the ANDs of every k of its children. */
  private void combinations(Node node, int level) {
    List<List<String>> subsets = new ArrayList<>();
    subsets(node.children(), node.k(), 0, new ArrayList<>(), subsets);
    for (List<String> subset : subsets) {
      List<String> titles = subset.stream().map(id -> tree.node(id).title()).toList();
      open(level, "conjunctive", false, node.title() + " (" + node.k() + " of "
          + node.children().size() + "): " + String.join(" + ", titles), null);
      for (String child : subset) {
        node(tree.node(child), level + 1);
      }
      close(level);
    }
  }

  private static void subsets(List<String> items, int k, int from, List<String> chosen,
      List<List<String>> result) {
    if (chosen.size() == k) {
      result.add(List.copyOf(chosen));
      return;
    }
    for (int i = from; i <= items.size() - (k - chosen.size()); i++) {
      chosen.add(items.get(i));
      subsets(items, k, i + 1, chosen, result);
      chosen.remove(chosen.size() - 1);
    }
  }

  private void countermeasure(Node node, int level) {
    List<Mitigation> guards =
        node.mitigations().stream().map(id -> tree.mitigations().get(id)).toList();
    if (guards.size() == 1) {
      Mitigation only = guards.get(0);
      open(level, "disjunctive", true, only.title(), comment(only));
      close(level);
    } else if (guards.size() > 1) {
      String titles = String.join("; ", guards.stream().map(Mitigation::title).toList());
      open(level, "disjunctive", true, AdtoolMapper.MITIGATION_GROUP + titles, null);
      for (Mitigation guard : guards) {
        open(level + 1, "disjunctive", false, guard.title(), comment(guard));
        close(level + 1);
      }
      close(level);
    }
  }

  /** The description without the note the importer adds, so that a round trip keeps it once. */
  private static String comment(Mitigation mitigation) {
    String description = mitigation.description();
    if (description == null || !description.startsWith(AdtoolMapper.MITIGATION_NOTE)) {
      return description;
    }
    String rest = description.substring(AdtoolMapper.MITIGATION_NOTE.length()).strip();
    return rest.isEmpty() ? null : rest;
  }

  private void open(int level, String refinement, boolean switchRole, String label,
      String comment) {
    String indent = "  ".repeat(level);
    out.append(indent).append("<node refinement=\"").append(refinement).append('"');
    if (switchRole) {
      out.append(" switchRole=\"yes\"");
    }
    out.append(">\n").append(indent).append("  <label>").append(XmlText.escape(label))
        .append("</label>\n");
    if (comment != null) {
      out.append(indent).append("  <comment>").append(XmlText.escape(comment))
          .append("</comment>\n");
    }
  }

  private void close(int level) {
    out.append("  ".repeat(level)).append("</node>\n");
  }
}
