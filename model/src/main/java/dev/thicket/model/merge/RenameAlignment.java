package dev.thicket.model.merge;

import dev.thicket.model.diff.NodeRenames;
import dev.thicket.model.merge.MergeConflict.Element;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.InvalidTreeException;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings the three trees to one set of ids before they are merged by id: a node one side renamed
 * (same content and place under a new id, as {@link NodeRenames} finds them, the diff's rule) gets
 * its new id in the other two trees, so that the other side's edits of it still apply. Two
 * different new ids for one node are a conflict: ours's id is kept. A new id already used by
 * another node of a tree is not applied. Cost: linear in the trees' sizes.
 */
final class RenameAlignment {
  final AttackTree base;
  final AttackTree ours;
  final AttackTree theirs;

  RenameAlignment(AttackTree base, AttackTree ours, AttackTree theirs,
      List<MergeConflict> conflicts) {
    Map<String, String> oursRenames = NodeRenames.of(base, ours);
    Map<String, String> theirsNewIds = new HashMap<>();
    NodeRenames.of(base, theirs).forEach((newId, oldId) -> theirsNewIds.put(oldId, newId));
    Map<String, String> inBase = new HashMap<>();
    Map<String, String> inOurs = new HashMap<>();
    Map<String, String> inTheirs = new HashMap<>();
    oursRenames.forEach((newId, oldId) -> {
      String theirsId = theirsNewIds.getOrDefault(oldId, oldId);
      if (free(base, newId) && (free(theirs, newId) || theirsId.equals(newId))) {
        if (!theirsId.equals(oldId) && !theirsId.equals(newId)) {
          conflicts.add(new MergeConflict(Element.NODE, newId, "id", oldId, newId, theirsId,
              null));
        }
        inBase.put(oldId, newId);
        inTheirs.put(theirsId, newId);
      }
    });
    theirsNewIds.forEach((oldId, newId) -> {
      if (!oursRenames.containsValue(oldId) && free(base, newId) && free(ours, newId)) {
        inBase.put(oldId, newId);
        inOurs.put(oldId, newId);
      }
    });
    AttackTree[] aligned = {renamed(base, inBase), renamed(ours, inOurs),
        renamed(theirs, inTheirs)};
    boolean valid = aligned[0] != null && aligned[1] != null && aligned[2] != null;
    this.base = valid ? aligned[0] : base;
    this.ours = valid ? aligned[1] : ours;
    this.theirs = valid ? aligned[2] : theirs;
  }

  private static boolean free(AttackTree tree, String id) {
    return !tree.nodes().containsKey(id);
  }

  /** {@code tree} with the ids of {@code renames} (old → new) changed; null if that breaks it. */
  private static AttackTree renamed(AttackTree tree, Map<String, String> renames) {
    if (renames.isEmpty()) {
      return tree;
    }
    List<Node> nodes = new ArrayList<>(tree.nodes().size());
    for (Node node : tree.nodes().values()) {
      nodes.add(new Node(renames.getOrDefault(node.id(), node.id()), node.title(),
          node.description(), node.gate(), node.k(),
          node.children().stream().map(child -> renames.getOrDefault(child, child)).toList(),
          node.likelihood(), node.impact(), node.rationale(), node.mitigations(),
          node.references(), node.estimates(), node.attacker(), node.extensions()));
    }
    try {
      return new AttackTree(tree.title(), tree.description(),
          renames.getOrDefault(tree.root(), tree.root()), nodes,
          List.copyOf(tree.mitigations().values()), tree.scalesGiven() ? tree.scales() : null,
          tree.settings(), List.copyOf(tree.profiles().values()), tree.extensions());
    } catch (InvalidTreeException duplicate) {
      return null;
    }
  }
}
