package dev.thicket.model.io.adtool;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Numbers;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.StepAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps ADTool nodes to an attack tree: attack nodes to gates (disjunctive → OR, conjunctive and
 * sequential → AND) and unestimated leaves, each countermeasure of an attack node to a mitigation
 * of that node. What a mitigation cannot hold (the countermeasure's refinement, counter-attacks
 * below it) is kept as an outline in its description. See docs/interchange.md.
 */
final class AdtoolMapper {
  /** ADTool gives no numbers: the effectiveness assumed for a countermeasure. */
  static final double DEFAULT_EFFECTIVENESS = 0.5;

  static final String MITIGATION_NOTE = "Countermeasure imported from ADTool, which gives it no "
      + "effectiveness: 0.5 and status planned are assumed.";

  static final String DEFEAT = "Defeat: ";

  /**
   * The label of the countermeasure the export writes for a node of several mitigations, before
   * their titles joined by {@code "; "}; such a group is read back as those mitigations.
   */
  static final String MITIGATION_GROUP = "Mitigations: ";

  private final Slugs ids = new Slugs();
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final List<Mitigation> mitigations = new ArrayList<>();

  /** The tree; a defence at the root is imported as the goal of defeating it. */
  AttackTree map(AdtoolNode root, String fileName) {
    String rootId = root.switchRole() ? defeat(root) : attack(root);
    String title = root.switchRole() ? DEFEAT + root.label() : root.label();
    return new AttackTree(title, "Imported from ADTool (" + fileName + ").", rootId,
        List.copyOf(nodes.values()), mitigations, null, AnalysisSettings.NONE, Map.of());
  }

  private String attack(AdtoolNode node) {
    String id = ids.claim(node.label());
    nodes.put(id, null);
    List<String> children = new ArrayList<>();
    List<String> guards = new ArrayList<>();
    // countermeasures first, wherever they stand among the children: the export writes them
    // last, and the ids of equal labels must be claimed in the same order when read back
    for (AdtoolNode child : node.children()) {
      if (child.switchRole() && isMitigationGroup(child)) {
        child.children().forEach(part -> guards.add(countermeasure(part)));
      } else if (child.switchRole()) {
        guards.add(countermeasure(child));
      }
    }
    for (AdtoolNode child : node.children()) {
      if (!child.switchRole()) {
        children.add(attack(child));
      }
    }
    Node mapped = children.isEmpty() ? Node.leaf(id, node.label(), null)
        .withAttacker(new StepAttributes(node.cost(), node.time(), Potential.NONE))
        : Node.gate(id, node.label(), gate(node.refinement()), 0, children);
    if (node.comment() != null) {
      mapped = mapped.withDescription(node.comment());
    }
    nodes.put(id, mapped.withMitigations(guards));
    return id;
  }

  /**
   * Whether a countermeasure is the export's group of a node's mitigations: disjunctive, two
   * parts or more (no counter-attacks) and nothing of its own but the label {@link
   * #MITIGATION_GROUP} and the parts' labels.
   */
  private static boolean isMitigationGroup(AdtoolNode node) {
    List<AdtoolNode> parts = node.children();
    return node.refinement().equals("disjunctive") && node.comment() == null
        && node.cost() == null && node.time() == null && parts.size() >= 2
        && parts.stream().noneMatch(AdtoolNode::switchRole)
        && node.label().equals(MITIGATION_GROUP
            + String.join("; ", parts.stream().map(AdtoolNode::label).toList()));
  }

  static Gate gate(String refinement) {
    return refinement.equals("disjunctive") ? Gate.OR : Gate.AND;
  }

  /**
   * A defence seen from the attacker (the root of a defence tree): the goal of defeating it.
   * Defeating a conjunctive defence means defeating any part (OR), a disjunctive one every part
   * (AND); a counter-attack is one more way to defeat it. A defence with neither parts nor
   * counter-attacks is an attack step of its own.
   */
  private String defeat(AdtoolNode defence) {
    String id = ids.claim("defeat " + defence.label());
    nodes.put(id, null);
    List<String> parts = new ArrayList<>();
    List<String> counters = new ArrayList<>();
    for (AdtoolNode child : defence.children()) {
      if (child.switchRole()) {
        counters.add(attack(child));
      } else {
        parts.add(defeat(child));
      }
    }
    Gate dual = gate(defence.refinement()) == Gate.OR ? Gate.AND : Gate.OR;
    String title = DEFEAT + defence.label();
    Node mapped;
    if (parts.isEmpty() && counters.isEmpty()) {
      mapped = Node.leaf(id, title, null);
    } else if (counters.isEmpty()) {
      mapped = Node.gate(id, title, dual, 0, parts);
    } else if (parts.isEmpty()) {
      mapped = Node.gate(id, title, Gate.OR, 0, counters);
    } else {
      String partsId = ids.claim("defeat " + defence.label() + " its parts");
      nodes.put(partsId, Node.gate(partsId, title + " (its parts)", dual, 0, parts));
      List<String> ways = new ArrayList<>(counters);
      ways.add(0, partsId);
      mapped = Node.gate(id, title, Gate.OR, 0, ways);
    }
    String note = "A defence in ADTool; imported as the attacker's goal of defeating it."
        + valuesNote(defence);
    nodes.put(id, mapped.withDescription(defence.comment() == null ? note
        : defence.comment() + "\n\n" + note));
    return id;
  }

  private String countermeasure(AdtoolNode node) {
    String id = ids.claim(node.label());
    StringBuilder description = new StringBuilder(MITIGATION_NOTE).append(valuesNote(node));
    if (node.comment() != null) {
      description.append("\n\n").append(node.comment());
    }
    if (!node.children().isEmpty()) {
      description.append("\n\nIn ADTool it is refined (").append(node.refinement())
          .append(") into:");
      outline(node.children(), "", description);
    }
    mitigations.add(new Mitigation(id, node.label(), description.toString(),
        DEFAULT_EFFECTIVENESS, null, MitigationStatus.PLANNED, Map.of()));
    return id;
  }

  /** One line per node below a countermeasure, counter-attacks named as such, indented. */
  private static void outline(List<AdtoolNode> children, String indent, StringBuilder out) {
    for (AdtoolNode child : children) {
      out.append('\n').append(indent).append("- ");
      if (child.switchRole()) {
        out.append("countered by the attack: ");
      }
      out.append(child.label()).append(values(child));
      if (!child.children().isEmpty()) {
        out.append(", refined (").append(child.refinement()).append(") into:");
        outline(child.children(), indent + "  ", out);
      }
    }
  }

  /** " (ADTool cost 100, time 5)" for a node whose values are no attack step's; else empty. */
  private static String values(AdtoolNode node) {
    String values = valueList(node);
    return values.isEmpty() ? "" : " (ADTool " + values + ")";
  }

  /** " Its values in ADTool: cost 100." for a countermeasure or defence; else empty. */
  private static String valuesNote(AdtoolNode node) {
    String values = valueList(node);
    return values.isEmpty() ? "" : " Its values in ADTool: " + values + ".";
  }

  private static String valueList(AdtoolNode node) {
    List<String> values = new ArrayList<>();
    if (node.cost() != null) {
      values.add("cost " + Numbers.format(node.cost()));
    }
    if (node.time() != null) {
      values.add("time " + Numbers.format(node.time()));
    }
    return String.join(", ", values);
  }
}
