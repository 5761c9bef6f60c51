package dev.thicket.model.merge;

import dev.thicket.model.merge.MergeConflict.Element;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Mends the references of a merge to nodes and mitigations it left out, ours winning as in any
 * conflict: a child or mitigation that ours has (theirs deleted it while ours linked it) is
 * restored from ours; one that ours deleted while theirs linked it is unlinked. Each is a
 * conflict. Cost: linear in the number of references.
 */
final class References {
  private final AttackTree base;
  private final AttackTree ours;
  private final List<MergeConflict> conflicts;

  References(AttackTree base, AttackTree ours, List<MergeConflict> conflicts) {
    this.base = base;
    this.ours = ours;
    this.conflicts = conflicts;
  }

  /** Mends {@code nodes} and {@code mitigations} in place until nothing refers to a missing id. */
  void mend(Map<String, Node> nodes, Map<String, Mitigation> mitigations) {
    Deque<String> unchecked = new ArrayDeque<>(nodes.keySet());
    while (!unchecked.isEmpty()) {
      Node node = nodes.get(unchecked.pop());
      List<String> children = new ArrayList<>();
      for (String child : node.children()) {
        if (!nodes.containsKey(child) && ours.nodes().containsKey(child)) {
          nodes.put(child, ours.node(child));
          unchecked.add(child);
          conflict(Element.NODE, child, node.id(), true);
        }
        if (nodes.containsKey(child)) {
          children.add(child);
        } else {
          conflict(Element.NODE, child, node.id(), false);
        }
      }
      List<String> attached = new ArrayList<>();
      for (String id : node.mitigations()) {
        if (!mitigations.containsKey(id) && ours.mitigations().containsKey(id)) {
          mitigations.put(id, ours.mitigations().get(id));
          conflict(Element.MITIGATION, id, node.id(), true);
        }
        if (mitigations.containsKey(id)) {
          attached.add(id);
        } else {
          conflict(Element.MITIGATION, id, node.id(), false);
        }
      }
      if (children.size() != node.children().size()
          || attached.size() != node.mitigations().size()) {
        nodes.put(node.id(), node.withGate(node.gate(), node.k(), children)
            .withMitigations(attached));
      }
    }
  }

  private void conflict(Element element, String id, String linkedFrom, boolean restored) {
    boolean inBase = base != null && (element == Element.NODE ? base.nodes().containsKey(id)
        : base.mitigations().containsKey(id));
    String linked = "linked from " + linkedFrom;
    conflicts.add(new MergeConflict(element, id, null, inBase ? "present" : null,
        restored ? linked : "deleted", restored ? "deleted" : linked,
        restored ? "kept from ours" : "unlinked from " + linkedFrom));
  }
}
