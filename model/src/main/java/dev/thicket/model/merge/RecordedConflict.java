package dev.thicket.model.merge;

import dev.thicket.model.io.TreeDocument;

import dev.thicket.model.merge.MergeConflict.Element;
import dev.thicket.model.tree.AttackTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A conflict as a merged file lists it under {@link MergeConflict#EXTENSION}, read back leniently
 * (a hand-edited entry still shows).
 *
 * @param index the entry's place in the list
 * @param exact whether the entry records each side's value ({@code values}), so that any side
 *     can be put back; without them only ours can be kept
 */
public record RecordedConflict(int index, MergeConflict conflict, boolean exact) {

  /** The conflicts {@code tree} lists, in order; empty when it has none. */
  public static List<RecordedConflict> of(AttackTree tree) {
    List<RecordedConflict> recorded = new ArrayList<>();
    List<Object> items = TreeDocument.list(tree.extensions().get(MergeConflict.EXTENSION));
    for (int index = 0; index < items.size(); index++) {
      Map<String, Object> item = TreeDocument.map(items.get(index));
      Element element = item.containsKey("node") ? Element.NODE
          : item.containsKey("mitigation") ? Element.MITIGATION : Element.TREE;
      MergeConflict conflict = new MergeConflict(element,
          text(item.get(element.keyword())), text(item.get("field")), text(item.get("base")),
          text(item.get("ours")), text(item.get("theirs")), text(item.get("reason")));
      recorded.add(new RecordedConflict(index, conflict,
          item.get(ConflictValues.KEY) instanceof Map<?, ?>));
    }
    return List.copyOf(recorded);
  }

  /** {@code node dep-vulns: likelihood}, {@code tree: title}, {@code mitigation m}. */
  public String subject() {
    StringBuilder subject = new StringBuilder(conflict.element().keyword());
    if (conflict.id() != null) {
      subject.append(' ').append(conflict.id());
    }
    if (conflict.field() != null) {
      subject.append(": ").append(conflict.field());
    }
    return subject.toString();
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }
}
