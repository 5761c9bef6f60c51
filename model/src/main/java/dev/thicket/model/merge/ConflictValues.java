package dev.thicket.model.merge;

import dev.thicket.model.io.TreeDocument;
import dev.thicket.model.merge.MergeConflict.Element;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each side's value of a conflict as the format writes it, so that the editor can put back
 * exactly the side a user chooses (docs/format.md, {@code values}): for a field the keys it
 * covers ({@code {likelihood: 0.2}}, {@code {gate: atleast, k: 2}}), for a whole node or
 * mitigation its mapping, {@code {}} when absent on that side, and then also the nodes that link
 * it on each side ({@code parents}). Renames ({@code id}) and a merge kept whole record none.
 * Cost: one write and parse per side of the tree's own fields and the elements in conflict.
 */
final class ConflictValues {
  static final String KEY = "values";
  static final String PARENTS = "parents";
  private static final List<String> SIDES = List.of("base", "ours", "theirs");

  private final List<AttackTree> trees = new ArrayList<>();
  private final List<Map<String, Object>> documents = new ArrayList<>();

  /** @param base {@code null} when the sides have no common version */
  ConflictValues(AttackTree base, AttackTree ours, AttackTree theirs,
      List<MergeConflict> conflicts) {
    Set<String> nodes = new HashSet<>();
    Set<String> mitigations = new HashSet<>();
    for (MergeConflict conflict : conflicts) {
      if (conflict.element() != Element.TREE) {
        (conflict.element() == Element.NODE ? nodes : mitigations).add(conflict.id());
      }
    }
    for (AttackTree tree : Arrays.asList(base, ours, theirs)) {
      trees.add(tree);
      documents.add(tree == null ? Map.of() : TreeDocument.of(tree, nodes, mitigations));
    }
  }

  /** The {@code values} mapping of {@code conflict}, or {@code null} when it records none. */
  Map<String, Object> of(MergeConflict conflict) {
    if ("id".equals(conflict.field())
        || conflict.element() == Element.TREE && conflict.field() == null) {
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Object> parents = new LinkedHashMap<>();
    for (int side = 0; side < SIDES.size(); side++) {
      Map<String, Object> document = documents.get(side);
      if (conflict.element() == Element.TREE) {
        values.put(SIDES.get(side), DocumentFields.get(document, conflict.field()));
        continue;
      }
      Map<String, Object> element = DocumentFields.element(document, conflict.element(),
          conflict.id());
      if (conflict.field() != null) {
        values.put(SIDES.get(side), element == null ? Map.of()
            : DocumentFields.get(element, conflict.field()));
      } else {
        values.put(SIDES.get(side), element == null ? Map.of() : element);
        parents.put(SIDES.get(side), parents(trees.get(side), conflict));
      }
    }
    if (!parents.isEmpty()) {
      values.put(PARENTS, parents);
    }
    return values;
  }

  /** The nodes that link the conflict's element in {@code tree}, in its order. */
  private static List<String> parents(AttackTree tree, MergeConflict conflict) {
    if (tree == null) {
      return List.of();
    }
    return tree.nodes().values().stream().filter(node -> (conflict.element() == Element.NODE
        ? node.children() : node.mitigations()).contains(conflict.id())).map(Node::id).toList();
  }
}
