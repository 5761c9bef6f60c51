package dev.thicket.model.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.analysis.RandomTrees;
import dev.thicket.model.diff.RandomEdits;
import dev.thicket.model.edit.EditRefusedException;
import dev.thicket.model.merge.ConflictResolution.Side;
import dev.thicket.model.tree.AttackTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Every value a merge records puts back exactly that side's field (or whole element), on random
 * trees and random edits of them (the diff's generators).
 */
class ConflictResolutionPropertyTest {

  @Property(tries = 300)
  void everyRecordedValueAppliesBackToItsSide(@ForAll long seed) {
    AttackTree base = RandomTrees.generate(seed, 5, 6, 3);
    AttackTree ours = RandomEdits.of(base, seed * 31 + 7);
    AttackTree theirs = RandomEdits.of(base, seed * 17 + 3);
    AttackTree merged = TreeMerge.of(base, ours, theirs).tree();
    // the sides under the merged ids (a node renamed on one side has its new id on all three)
    RenameAlignment aligned = new RenameAlignment(base, ours, theirs, new ArrayList<>());
    Map<Side, AttackTree> sides = Map.of(Side.BASE, aligned.base, Side.OURS, aligned.ours,
        Side.THEIRS, aligned.theirs);
    List<RecordedConflict> listed = RecordedConflict.of(merged);

    for (RecordedConflict recorded : listed) {
      for (Side side : Side.values()) {
        AttackTree resolved;
        try {
          resolved = ConflictResolution.resolve(merged, recorded.index(), side);
        } catch (EditRefusedException refused) {
          boolean mustWork = side == Side.OURS && recorded.conflict().reason() == null
              && recorded.conflict().field() != null;
          assertThat(mustWork).as("%s by %s: %s", recorded, side, refused.getMessage())
              .isFalse();
          continue;
        }
        assertThat(RecordedConflict.of(resolved)).hasSize(listed.size() - 1);
        if (recorded.exact()) {
          assertThat(value(resolved, recorded.conflict()))
              .as("%s by %s", recorded.subject(), side)
              .isEqualTo(value(sides.get(side), recorded.conflict()));
        }
      }
    }
  }

  /** The conflict's field, or whole element, in {@code tree}; {@code null} when absent. */
  private static Object value(AttackTree tree, MergeConflict conflict) {
    return switch (conflict.element()) {
      case TREE -> field(tree, MergedFields.TREE, AttackTree::extensions, conflict.field());
      case NODE -> element(tree.nodes().get(conflict.id()), MergedFields.NODE,
          node -> node.extensions(), conflict.field());
      case MITIGATION -> element(tree.mitigations().get(conflict.id()), MergedFields.MITIGATION,
          mitigation -> mitigation.extensions(), conflict.field());
    };
  }

  private static <E> Object element(E element, List<Field<E>> fields,
      Function<E, Map<String, Object>> extensions, String field) {
    if (element == null || field == null) {
      return element;
    }
    return field(element, fields, extensions, field);
  }

  private static <E> Object field(E element, List<Field<E>> fields,
      Function<E, Map<String, Object>> extensions, String name) {
    return fields.stream().filter(field -> field.name().equals(name)).findFirst()
        .map(field -> field.value().apply(element))
        .orElseGet(() -> extensions.apply(element).get(name));
  }

}
