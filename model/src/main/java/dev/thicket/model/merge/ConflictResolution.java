package dev.thicket.model.merge;

import dev.thicket.model.edit.DeleteMitigation;
import dev.thicket.model.edit.DeleteNode;
import dev.thicket.model.edit.EditRefusedException;
import dev.thicket.model.io.TreeDocument;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.merge.MergeConflict.Element;
import dev.thicket.model.tree.AttackTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves one conflict of a merged tree by a side's recorded value ({@link ConflictValues}):
 * the field, or the whole node or mitigation (linked under the parents it has on that side; when
 * that side has none, deleted as the editor deletes one), is put back and the entry leaves
 * {@link MergeConflict#EXTENSION}, the key with the last one. The result is read with the tree
 * reader's rules, so a choice that would break the tree (a cycle, a missing child) is refused.
 * Cost: a write and a read of the tree.
 */
public final class ConflictResolution {
  /** The side a user takes. */
  public enum Side {
    BASE,
    OURS,
    THEIRS;

    public String keyword() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private ConflictResolution() {}

  /**
   * {@code tree} with conflict {@code index} resolved by {@code side}; ours for an entry without
   * values only removes it.
   *
   * @throws EditRefusedException when the side cannot be taken; the message says why
   */
  public static AttackTree resolve(AttackTree tree, int index, Side side) {
    RecordedConflict recorded = RecordedConflict.of(tree).get(index);
    Map<String, Object> document = TreeDocument.of(tree);
    List<Object> items = new ArrayList<>(TreeDocument.list(
        document.get(MergeConflict.EXTENSION)));
    Map<String, Object> values = TreeDocument.map(
        TreeDocument.map(items.remove(index)).get(ConflictValues.KEY));
    if (items.isEmpty()) {
      document.remove(MergeConflict.EXTENSION);
    } else {
      document.put(MergeConflict.EXTENSION, items);
    }
    if (!recorded.exact() && side != Side.OURS) {
      throw new EditRefusedException("Only ours can be kept for " + recorded.subject()
          + ": the merge recorded no values for it.");
    }
    MergeConflict conflict = recorded.conflict();
    boolean delete = recorded.exact() && conflict.element() != Element.TREE
        && conflict.field() == null && TreeDocument.map(values.get(side.keyword())).isEmpty();
    if (recorded.exact() && !delete) {
      put(document, conflict, values, side);
    }
    AttackTree resolved;
    try {
      resolved = TreeDocument.read(document);
    } catch (TreeFileException broken) {
      throw new EditRefusedException("Cannot take " + side.keyword() + " for "
          + recorded.subject() + ": " + broken.problems().get(0).message());
    }
    return delete ? deleted(resolved, conflict) : resolved;
  }

  /** {@code tree} without the conflict's element, as the editor deletes one. */
  private static AttackTree deleted(AttackTree tree, MergeConflict conflict) {
    if (conflict.element() == Element.NODE) {
      return tree.nodes().containsKey(conflict.id())
          ? new DeleteNode(conflict.id()).apply(tree) : tree;
    }
    return tree.mitigations().containsKey(conflict.id())
        ? new DeleteMitigation(conflict.id()).apply(tree) : tree;
  }

  private static void put(Map<String, Object> document, MergeConflict conflict,
      Map<String, Object> values, Side side) {
    Map<String, Object> chosen = TreeDocument.map(values.get(side.keyword()));
    if (conflict.element() == Element.TREE) {
      DocumentFields.put(document, conflict.field(), chosen);
      return;
    }
    Map<String, Object> element = DocumentFields.element(document, conflict.element(),
        conflict.id());
    if (conflict.field() != null) {
      if (element == null) {
        throw new EditRefusedException("Cannot take " + side.keyword() + ": "
            + conflict.element().keyword() + " " + conflict.id() + " is no longer in the tree.");
      }
      DocumentFields.put(element, conflict.field(), chosen);
      return;
    }
    String container = DocumentFields.container(conflict.element());
    Map<String, Object> elements = new LinkedHashMap<>(TreeDocument.map(
        document.get(container)));
    elements.put(conflict.id(), chosen);
    document.put(container, elements);
    link(document, conflict, TreeDocument.list(TreeDocument.map(
        values.get(ConflictValues.PARENTS)).get(side.keyword())));
  }

  /** Links the element, last, under those of {@code parents} that have it not yet. */
  private static void link(Map<String, Object> document, MergeConflict conflict,
      List<Object> parents) {
    String link = DocumentFields.link(conflict.element());
    Map<String, Object> nodes = TreeDocument.map(document.get("nodes"));
    for (Object parent : parents) {
      Map<String, Object> node = TreeDocument.map(nodes.get(String.valueOf(parent)));
      List<Object> linked = new ArrayList<>(TreeDocument.list(node.get(link)));
      if (nodes.containsKey(String.valueOf(parent)) && !linked.contains(conflict.id())) {
        linked.add(conflict.id());
        node.put(link, linked);
      }
    }
  }
}
