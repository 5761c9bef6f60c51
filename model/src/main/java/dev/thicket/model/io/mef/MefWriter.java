package dev.thicket.model.io.mef;

import dev.thicket.model.analysis.Mode;
import dev.thicket.model.io.xml.XmlText;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Numbers;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an attack tree as an Open-PSA MEF model that SCRAM or XFTA can analyse, so they can check
 * Thicket's numbers: leaves become basic events, gates {@code define-gate}s, and every mitigation
 * counted in the chosen mode a basic event "the mitigation fails" (probability 1 − e) in an AND
 * with each node it guards. The model's top-event probability equals the tree's in that mode.
 * Mapping and examples: docs/interchange.md. Linear in the size of the tree.
 */
public final class MefWriter {
  /** Suffix of the name of a guarded node's own condition (its gate or leaf event). */
  static final String UNMITIGATED = "-unmitigated";

  private final AttackTree tree;
  private final Mode mode;
  private final MefNames names = new MefNames();
  private final Map<String, String> nodeNames = new HashMap<>();
  private final Map<String, String> ownNames = new HashMap<>();
  private final Map<String, String> mitigationNames = new HashMap<>();
  private final StringBuilder gates = new StringBuilder();
  private final StringBuilder events = new StringBuilder();

  private MefWriter(AttackTree tree, Mode mode) {
    this.tree = tree;
    this.mode = mode;
  }

  /** The MEF XML of {@code tree}, with the mitigations {@code mode} counts. */
  public static String toXml(AttackTree tree, Mode mode) {
    return new MefWriter(tree, mode).write();
  }

  private String write() {
    for (String id : tree.nodes().keySet()) {
      nodeNames.put(id, names.claim(id));
    }
    Set<String> counted = new LinkedHashSet<>();
    for (Node node : tree.nodes().values()) {
      List<String> guards = counted(node);
      if (!guards.isEmpty()) {
        ownNames.put(node.id(), names.claim(node.id() + UNMITIGATED));
        counted.addAll(guards);
      }
    }
    for (String id : counted) {
      mitigationNames.put(id, names.claim(id));
    }
    for (Node node : tree.nodes().values()) {
      writeNode(node);
    }
    for (String id : counted) {
      Mitigation mitigation = tree.mitigations().get(id);
      basicEvent(mitigationNames.get(id), "Mitigation fails: " + mitigation.title(),
          1 - mitigation.effectiveness(), null);
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!-- Exported by Thicket in " + mode.keyword() + " mode: the mitigations counted in "
        + "that mode are basic events (the mitigation fails) in an AND with the nodes they "
        + "guard. -->\n"
        + "<opsa-mef>\n"
        + "  <define-fault-tree name=\"" + MefNames.adapt(nodeNames.get(tree.root())) + "\">\n"
        + gates
        + "  </define-fault-tree>\n"
        + "  <model-data>\n"
        + events
        + "  </model-data>\n"
        + "</opsa-mef>\n";
  }

  private List<String> counted(Node node) {
    return node.mitigations().stream()
        .filter(id -> mode.counts(tree.mitigations().get(id))).toList();
  }

  private void writeNode(Node node) {
    String name = nodeNames.get(node.id());
    String own = ownNames.get(node.id());
    if (own != null) {
      StringBuilder formula = new StringBuilder("      <and>\n");
      formula.append("        ").append(reference(node.id(), own)).append('\n');
      for (String mitigation : counted(node)) {
        formula.append("        <basic-event name=\"").append(mitigationNames.get(mitigation))
            .append("\"/>\n");
      }
      formula.append("      </and>\n");
      define(name, node.title(), formula.toString());
    }
    String ownName = own != null ? own : name;
    String ownTitle = own != null ? node.title() + " (without its mitigations)" : node.title();
    if (node.isLeaf()) {
      boolean unestimated = node.likelihood() == null;
      double probability = unestimated ? tree.scales().defaultLikelihood()
          : node.likelihood().resolve(tree.scales().likelihood());
      basicEvent(ownName, ownTitle, probability, unestimated
          ? "unestimated in Thicket: the scale's medium level" : null);
    } else {
      define(ownName, ownTitle, formula(node));
    }
  }

  /** The reference to the own condition of {@code id}, written under the name {@code name}. */
  private String reference(String id, String name) {
    return (tree.node(id).isLeaf() ? "<basic-event" : "<gate") + " name=\"" + name + "\"/>";
  }

  /** How {@code id} is referenced by its parents: a gate when it is one or is guarded. */
  private String childReference(String id) {
    boolean gate = !tree.node(id).isLeaf() || ownNames.containsKey(id);
    return (gate ? "<gate" : "<basic-event") + " name=\"" + nodeNames.get(id) + "\"/>";
  }

  private String formula(Node node) {
    int n = node.children().size();
    String connective = switch (node.gate()) {
      case AND -> "and";
      case OR -> "or";
      case ATLEAST -> node.k() == 1 ? "or" : node.k() == n ? "and" : "atleast";
      case NOT -> "not";
      case XOR -> "xor";
      case LEAF -> throw new IllegalArgumentException("a leaf has no formula");
    };
    if (n == 1 && !connective.equals("not")) {
      return "      " + childReference(node.children().get(0)) + "\n";
    }
    StringBuilder formula = new StringBuilder("      <").append(connective);
    if (connective.equals("atleast")) {
      formula.append(" min=\"").append(node.k()).append('"');
    }
    formula.append(">\n");
    for (String child : node.children()) {
      formula.append("        ").append(childReference(child)).append('\n');
    }
    return formula.append("      </").append(connective).append(">\n").toString();
  }

  private void define(String name, String title, String formula) {
    gates.append("    <define-gate name=\"").append(name).append("\">\n")
        .append("      <label>").append(XmlText.escape(title)).append("</label>\n")
        .append(formula)
        .append("    </define-gate>\n");
  }

  private void basicEvent(String name, String title, double probability, String note) {
    events.append("    <define-basic-event name=\"").append(name).append("\">\n")
        .append("      <label>").append(XmlText.escape(title)).append("</label>\n");
    if (note != null) {
      events.append("      <!-- ").append(note).append(" -->\n");
    }
    events.append("      <float value=\"").append(Numbers.format(probability))
        .append("\"/>\n")
        .append("    </define-basic-event>\n");
  }
}
