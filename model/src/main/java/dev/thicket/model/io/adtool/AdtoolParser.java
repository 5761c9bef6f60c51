package dev.thicket.model.io.adtool;

import dev.thicket.model.io.xml.XmlElement;
import dev.thicket.model.io.xml.XmlProblems;
import dev.thicket.model.io.xml.XmlRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the elements of an ADTool file into {@link AdtoolNode}s, refusing anything else. */
final class AdtoolParser {
  private static final Set<String> REFINEMENTS = Set.of("disjunctive", "conjunctive", "sequential");

  private final XmlProblems problems;
  private final AdtoolDomains domains;

  AdtoolParser(XmlProblems problems) {
    this.problems = problems;
    this.domains = new AdtoolDomains(problems);
  }

  /** The root node, or {@code null} after the problems found. */
  AdtoolNode read(XmlElement root) {
    if (!root.name().equals("adtree")) {
      problems.add(root.position(), "the root element is <" + root.name()
          + ">, not <adtree>: not an ADTool file");
      return null;
    }
    XmlRules.onlyAttributes(root, problems);
    XmlRules.noText(root, problems);
    root.children("domain").forEach(domains::declare);
    List<AdtoolNode> nodes = new ArrayList<>();
    for (XmlElement child : root.children()) {
      if (child.name().equals("node")) {
        nodes.add(node(child));
      } else if (!child.name().equals("domain")) {
        XmlRules.unexpected(child, root, "<node> or <domain>", problems);
      }
    }
    if (nodes.size() != 1) {
      problems.add(root.position(), "<adtree> needs exactly one root <node>, not " + nodes.size());
      return null;
    }
    return nodes.get(0);
  }

  private AdtoolNode node(XmlElement element) {
    XmlRules.onlyAttributes(element, problems, "refinement", "switchRole");
    XmlRules.noText(element, problems);
    String refinement = XmlRules.required(element, "refinement", problems).orElse("disjunctive");
    if (!REFINEMENTS.contains(refinement)) {
      problems.add(element.position(), "refinement '" + refinement
          + "' is not one of disjunctive, conjunctive, sequential");
    }
    Optional<String> switchRole = element.attribute("switchRole");
    if (switchRole.isPresent() && !Set.of("yes", "no").contains(switchRole.get())) {
      problems.add(element.position(), "switchRole '" + switchRole.get()
          + "' is neither yes nor no");
    }
    String label = null;
    String comment = null;
    List<AdtoolNode> children = new ArrayList<>();
    Map<String, AdtoolDomains.Value> values = new HashMap<>();
    for (XmlElement child : element.children()) {
      switch (child.name()) {
        case "label" -> {
          if (label != null) {
            problems.add(child.position(), "a <node> has one <label>");
          }
          label = text(child);
        }
        case "comment" -> {
          if (comment != null) {
            problems.add(child.position(), "a <node> has at most one <comment>");
          }
          comment = text(child);
        }
        case "node" -> children.add(node(child));
        case "parameter" -> value(domains.parameter(child), values);
        case "ranking" -> XmlRules.onlyAttributes(child, problems, "rank");
        default -> XmlRules.unexpected(child, element,
            "<label>, <comment>, <parameter> or <node>", problems);
      }
    }
    if (children.stream().anyMatch(child -> !child.switchRole())) {
      values.values().forEach(value -> problems.add(value.position(), "ADTool gives values to "
          + "basic actions only; this <node> is refined, so its " + value.key()
          + " follows from its children: remove the value"));
    }
    if (label == null || label.isBlank()) {
      problems.add(element.position(), "a <node> needs a non-empty <label>");
      label = "node";
    }
    return new AdtoolNode(label.strip().replaceAll("\\s+", " "),
        comment == null || comment.isBlank() ? null : comment.strip(), refinement,
        switchRole.orElse("no").equals("yes"), children, element.position(),
        number(values.get(AdtoolDomains.COST)), number(values.get(AdtoolDomains.TIME)));
  }

  private void value(AdtoolDomains.Value value, Map<String, AdtoolDomains.Value> values) {
    if (value != null && values.putIfAbsent(value.key(), value) != null) {
      problems.add(value.position(), "a second " + value.key() + " value on one <node>");
    }
  }

  private static Double number(AdtoolDomains.Value value) {
    return value == null ? null : value.number();
  }

  private String text(XmlElement element) {
    XmlRules.onlyAttributes(element, problems);
    for (XmlElement child : element.children()) {
      XmlRules.unexpected(child, element, "text only", problems);
    }
    return element.text();
  }
}
