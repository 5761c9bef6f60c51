package dev.thicket.model.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
   * ours's additions that follow that item. Cost: O(n²) in the list's length.
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
    List<String> merged = new ArrayList<>();
    for (String item : ours) {
      if (inTheirs.contains(item) || !inBase.contains(item) || kept.contains(item)) {
        merged.add(item);
      }
    }
    String previous = null;
    for (String item : theirs) {
      if (!inBase.contains(item) && !merged.contains(item)) {
        int at = previous == null ? 0 : merged.indexOf(previous) + 1;
        while (at < merged.size() && !inBase.contains(merged.get(at))
            && !inTheirs.contains(merged.get(at))) {
          at++;
        }
        merged.add(at, item);
      }
      if (merged.contains(item)) {
        previous = item;
      }
    }
    return List.copyOf(merged);
  }
}
