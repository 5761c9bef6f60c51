package dev.thicket.model.io.adtool;

import dev.thicket.model.io.xml.XmlElement;
import dev.thicket.model.io.xml.XmlProblems;
import dev.thicket.model.io.xml.XmlRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the elements of an ADTool file into {@link AdtoolNode}s, refusing anything else. */
final class AdtoolParser {
  private static final Set<String> REFINEMENTS = Set.of("disjunctive", "conjunctive", "sequential");

  private final XmlProblems problems;

  AdtoolParser(XmlProblems problems) {
    this.problems = problems;
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
    List<AdtoolNode> nodes = new ArrayList<>();
    for (XmlElement child : root.children()) {
      if (child.name().equals("node")) {
        nodes.add(node(child));
      } else {
        unsupported(child, root, "<node>");
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
        default -> unsupported(child, element, "<label>, <comment> or <node>");
      }
    }
    if (label == null || label.isBlank()) {
      problems.add(element.position(), "a <node> needs a non-empty <label>");
      label = "node";
    }
    return new AdtoolNode(label.strip().replaceAll("\\s+", " "),
        comment == null || comment.isBlank() ? null : comment.strip(), refinement,
        switchRole.orElse("no").equals("yes"), children, element.position());
  }

  private String text(XmlElement element) {
    XmlRules.onlyAttributes(element, problems);
    for (XmlElement child : element.children()) {
      XmlRules.unexpected(child, element, "text only", problems);
    }
    return element.text();
  }

  private void unsupported(XmlElement element, XmlElement parent, String expected) {
    if (element.name().equals("domain") || element.name().equals("parameter")) {
      problems.add(element.position(), "attribute domains (<" + element.name()
          + ">) are not imported: ADTool's values have no Thicket meaning; remove the domains "
          + "in ADTool and import the tree, then give likelihoods in Thicket");
    } else {
      XmlRules.unexpected(element, parent, expected, problems);
    }
  }
}
