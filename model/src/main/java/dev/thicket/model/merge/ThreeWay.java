package dev.thicket.model.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The three-way rules for one value and for one list of ids, without conflicts' bookkeeping. */
final class ThreeWay {
  private ThreeWay() {}

  /** Whether a value changed on both sides, to different values. */
  static boolean conflicting(Object base, Object ours, Object theirs) {
    return !Objects.equals(ours, theirs) && !Objects.equals(ours, base)
        && !Objects.equals(theirs, base);
  }

  /** The side that changed, ours when both did (to the same value, or in conflict). */
  static <T> T value(T base, T ours, T theirs) {
    return Objects.equals(ours, base) ? theirs : ours;
  }

  /**
   * A list of distinct ids merged item by item: the side that changed it when only one did;
   * otherwise ours's items in ours's order, less those theirs removed (unless {@code kept}), with
   * those theirs added each placed after the item before it in theirs (first when none) and after
   * ours's additions that follow that item. Cost: linear in the lists' lengths.
   */
  static List<String> items(List<String> base, List<String> ours, List<String> theirs,
      Set<String> kept) {
    if (ours.equals(theirs) || theirs.equals(base)) {
      return ours;
    }
    Set<String> inBase = new HashSet<>(base);
    Set<String> inTheirs = new HashSet<>(theirs);
    if (ours.equals(base) && kept.stream().noneMatch(id -> inBase.contains(id)
        && !inTheirs.contains(id))) {
      return theirs;
    }
    List<String> left = new ArrayList<>();
    for (String item : ours) {
      if (inTheirs.contains(item) || !inBase.contains(item) || kept.contains(item)) {
        left.add(item);
      }
    }
    Set<String> inLeft = new HashSet<>(left);
    Set<String> added = new HashSet<>();
    List<String> first = new ArrayList<>();
    Map<String, List<String>> after = new HashMap<>();
    String previous = null;
    for (String item : theirs) {
      if (inLeft.contains(item)) {
        previous = item;
      } else if (!inBase.contains(item) && added.add(item)) {
        (previous == null ? first : after.computeIfAbsent(previous, k -> new ArrayList<>()))
            .add(item);
      }
    }
    List<String> merged = new ArrayList<>(left.size() + added.size());
    List<String> pending = first;
    for (String item : left) {
      boolean oursOnly = !inBase.contains(item) && !inTheirs.contains(item);
      if (!oursOnly) {
        merged.addAll(pending);
        pending = after.getOrDefault(item, List.of());
      }
      merged.add(item);
    }
    merged.addAll(pending);
    return List.copyOf(merged);
  }
}
