package dev.thicket.model.merge;

import dev.thicket.model.io.YamlDocument;
import dev.thicket.model.merge.MergeConflict.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges the elements of one kind (the tree's own fields, nodes, mitigations) field by field,
 * recording each conflict. An element absent from the base (added on both sides) merges against
 * absent fields: what only one side gives is taken, what both give differently is a conflict.
 */
final class ElementMerge<E> {
  /** A key that a side does not have, as distinct from a key whose value is {@code null}. */
  private static final Object ABSENT = new Object() {
    @Override
    public String toString() {
      return "(absent)";
    }
  };

  private final Element element;
  private final List<Field<E>> fields;
  private final List<MergeConflict> conflicts;

  ElementMerge(Element element, List<Field<E>> fields, List<MergeConflict> conflicts) {
    this.element = element;
    this.fields = List.copyOf(fields);
    this.conflicts = conflicts;
  }

  /**
   * The merged value of each field, by field name; {@code kept} gives, by field name, the ids a
   * list must keep though theirs removed them (nodes ours kept against theirs's deletion).
   */
  Map<String, Object> merge(String id, E base, E ours, E theirs, Map<String, Set<String>> kept) {
    Map<String, Object> merged = new LinkedHashMap<>();
    for (Field<E> field : fields) {
      Object b = read(field, base);
      Object o = read(field, ours);
      Object t = read(field, theirs);
      merged.put(field.name(), switch (field.kind()) {
        case VALUE -> value(id, field.name(), b, o, t, field);
        case ITEMS -> ThreeWay.items(ids(b), ids(o), ids(t),
            kept.getOrDefault(field.name(), Set.of()));
        case EXTENSIONS -> extensions(id, map(b), map(o), map(t));
      });
    }
    return merged;
  }

  /**
   * Which elements the merge keeps, by id, in merged order: one side's deletion is taken when the
   * other side left the element as in the base; deleted on one side and changed on the other is a
   * conflict and keeps ours (then the id is added to {@code keptByOurs} when ours has it).
   */
  List<String> present(Map<String, E> base, Map<String, E> ours, Map<String, E> theirs,
      Set<String> keptByOurs) {
    Set<String> candidates = new LinkedHashSet<>(ThreeWay.items(List.copyOf(base.keySet()),
        List.copyOf(ours.keySet()), List.copyOf(theirs.keySet()), Set.of()));
    candidates.addAll(ours.keySet()); // ours's elements theirs deleted: last, if kept
    candidates.addAll(theirs.keySet()); // theirs's elements ours deleted: never kept
    List<String> present = new ArrayList<>();
    for (String id : candidates) {
      E b = base.get(id);
      E o = ours.get(id);
      E t = theirs.get(id);
      if (o != null && t != null || b == null && (o != null || t != null)) {
        present.add(id);
      } else if (o == null && t != null && !t.equals(b)) {
        conflict(id, null, "present", "deleted", changes(b, t), null);
      } else if (o != null && !o.equals(b)) {
        conflict(id, null, "present", changes(b, o), "deleted", null);
        keptByOurs.add(id);
        present.add(id);
      }
    }
    return present;
  }

  /** {@code changed (likelihood, title)}: the fields that differ. */
  String changes(E from, E to) {
    List<String> changed = new ArrayList<>();
    for (Field<E> field : fields) {
      if (!Objects.equals(read(field, from), read(field, to))) {
        changed.add(field.name());
      }
    }
    return "changed (" + String.join(", ", changed) + ")";
  }

  void conflict(String id, String field, String base, String ours, String theirs,
      String reason) {
    conflicts.add(new MergeConflict(element, id, field, base, ours, theirs, reason));
  }

  private Object value(String id, String name, Object b, Object o, Object t, Field<E> field) {
    if (ThreeWay.conflicting(b, o, t)) {
      conflict(id, name, text(field, b), text(field, o), text(field, t), null);
    }
    return ThreeWay.value(b, o, t);
  }

  private Map<String, Object> extensions(String id, Map<String, Object> b, Map<String, Object> o,
      Map<String, Object> t) {
    Set<String> keys = new LinkedHashSet<>(ThreeWay.items(List.copyOf(b.keySet()),
        List.copyOf(o.keySet()), List.copyOf(t.keySet()), Set.of()));
    keys.addAll(o.keySet());
    Map<String, Object> merged = new LinkedHashMap<>();
    for (String key : keys) {
      Object bv = b.containsKey(key) ? b.get(key) : ABSENT;
      Object ov = o.containsKey(key) ? o.get(key) : ABSENT;
      Object tv = t.containsKey(key) ? t.get(key) : ABSENT;
      if (ThreeWay.conflicting(bv, ov, tv)) {
        conflict(id, key, extensionText(bv), extensionText(ov), extensionText(tv), null);
      }
      Object value = ThreeWay.value(bv, ov, tv);
      if (value != ABSENT) {
        merged.put(key, value);
      }
    }
    return merged;
  }

  /** An {@code x-} key's value as the file's flow style writes it; null when absent. */
  private static String extensionText(Object value) {
    return value == ABSENT ? null : YamlDocument.flow(value);
  }

  private static <E> Object read(Field<E> field, E element) {
    if (element != null) {
      return field.value().apply(element);
    }
    return switch (field.kind()) {
      case VALUE -> null;
      case ITEMS -> List.of();
      case EXTENSIONS -> Map.of();
    };
  }

  /** A field's value as a conflict shows it; {@code null} when absent. */
  static <E> String text(Field<E> field, Object value) {
    return value == null ? null : field.text().apply(value);
  }

  @SuppressWarnings("unchecked")
  private static List<String> ids(Object list) {
    return (List<String>) list;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object map) {
    return (Map<String, Object>) map;
  }
}
