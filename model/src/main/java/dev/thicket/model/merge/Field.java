package dev.thicket.model.merge;

import java.util.function.Function;

/**
 * A field of a tree, node or mitigation as the merge sees it.
 *
 * @param value reads the field; {@code null} when absent
 * @param text shows a non-null value in a conflict
 */
record Field<E>(String name, Kind kind, Function<E, Object> value, Function<Object, String> text) {

  /** How a field merges. */
  enum Kind {
    /** One value: taken from the side that changed it; a conflict when both did differently. */
    VALUE,
    /** A list of ids: merged item by item ({@link ThreeWay#items}), never a conflict. */
    ITEMS,
    /** The {@code x-} keys: each key merged as a value (a key deleted is a value changed). */
    EXTENSIONS
  }

  static <E> Field<E> value(String name, Function<E, Object> value) {
    return new Field<>(name, Kind.VALUE, value, String::valueOf);
  }

  static <E> Field<E> value(String name, Function<E, Object> value,
      Function<Object, String> text) {
    return new Field<>(name, Kind.VALUE, value, text);
  }

  static <E> Field<E> items(String name, Function<E, Object> value) {
    return new Field<>(name, Kind.ITEMS, value, String::valueOf);
  }

  static <E> Field<E> extensions(Function<E, Object> value) {
    return new Field<>("extensions", Kind.EXTENSIONS, value, String::valueOf);
  }
}
