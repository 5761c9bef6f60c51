package dev.thicket.model.merge;

import dev.thicket.model.diff.FieldText;
import dev.thicket.model.merge.MergeConflict.Element;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.InvalidTreeException;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fallback of a merge whose structure breaks a rule (a cycle, two roots, a gate left without
 * children): ours's structure — ours's nodes, gates, k, children and root — with the other
 * merged fields, each structural change of theirs that is lost a conflict. Should even that break
 * a rule (a level name whose scale change was a conflict, say), the result is ours whole, with
 * one conflict saying so.
 */
final class OursStructure {
  private final AttackTree base;
  private final AttackTree ours;
  private final AttackTree theirs;
  private final List<MergeConflict> conflicts;
  private final String reason;

  OursStructure(AttackTree base, AttackTree ours, AttackTree theirs,
      List<MergeConflict> conflicts, String reason) {
    this.base = base;
    this.ours = ours;
    this.theirs = theirs;
    this.conflicts = conflicts;
    this.reason = reason;
  }

  /** The tree of {@code tree}'s merged fields over ours's structure, or ours whole. */
  AttackTree apply(Map<String, Object> tree, Map<String, Node> merged,
      Map<String, Mitigation> mitigations) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (Node own : ours.nodes().values()) {
      Node node = merged.get(own.id());
      if (node == null) {
        conflict(own.id(), null, "present", "deleted");
        nodes.put(own.id(), own);
        continue;
      }
      structureConflicts(node, own);
      nodes.put(own.id(), new Node(own.id(), node.title(), node.description(), own.gate(),
          own.k(), own.children(), own.isLeaf() ? node.likelihood() : null, node.impact(),
          node.rationale(), node.mitigations(), node.references(), node.estimates(),
          own.isLeaf() ? node.attacker() : null, node.extensions()));
    }
    merged.keySet().stream().filter(id -> !ours.nodes().containsKey(id))
        .forEach(id -> conflict(id, null, base != null && base.nodes().containsKey(id)
            ? "deleted" : null, "present"));
    if (!Objects.equals(tree.get("root"), ours.root())) {
      conflicts.add(new MergeConflict(Element.TREE, null, "root",
          base == null ? null : base.root(), ours.root(), theirs.root(), reason));
    }
    Map<String, Mitigation> attached = new LinkedHashMap<>(mitigations);
    new References(base, ours, conflicts).mend(nodes, attached);
    try {
      return TreeMerge.build(tree, ours.root(), nodes, attached);
    } catch (InvalidTreeException invalid) {
      conflicts.add(new MergeConflict(Element.TREE, null, null, null, "kept whole",
          "not merged", TreeMerge.why(invalid)));
      return ours;
    }
  }

  private void structureConflicts(Node node, Node own) {
    if (node.gate() != own.gate() || node.k() != own.k()) {
      conflicts.add(new MergeConflict(Element.NODE, own.id(), "gate", value(base, own.id(), true),
          FieldText.gate(own), value(theirs, own.id(), true), reason));
    }
    if (!node.children().equals(own.children())) {
      conflicts.add(new MergeConflict(Element.NODE, own.id(), "children",
          value(base, own.id(), false), FieldText.list(own.children()),
          value(theirs, own.id(), false), reason));
    }
  }

  private static String value(AttackTree tree, String id, boolean gate) {
    Node node = tree == null ? null : tree.nodes().get(id);
    if (node == null) {
      return null;
    }
    return gate ? FieldText.gate(node) : FieldText.list(node.children());
  }

  /** A node ours has and theirs's merge lost, or one the merge added and ours's structure lacks. */
  private void conflict(String id, String field, String ours, String theirs) {
    boolean inBase = base != null && base.nodes().containsKey(id);
    conflicts.add(new MergeConflict(Element.NODE, id, field, inBase ? "present" : null, ours,
        theirs, reason));
  }
}
