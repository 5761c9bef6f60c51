package dev.thicket.model.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Cost–probability points of partial or whole mitigation plans, reduced to those no other beats:
 * none cheaper-or-equal with a strictly lower probability, none with an equal probability and a
 * strictly lower cost; probabilities within a relative {@value #TOLERANCE} count as equal, and of
 * two points equal in both the one with fewer mitigations stays (then the first in file order).
 */
final class ParetoPoints {
  static final double TOLERANCE = 1e-12;

  /** A plan's cost, the probability it leaves, and the candidates it chooses (by index). */
  record Point(double cost, double probability, BitSet chosen) {
    int size() {
      return chosen.cardinality();
    }
  }

  private static final Comparator<Point> ORDER = Comparator.comparingDouble(Point::cost)
      .thenComparingDouble(Point::probability).thenComparingInt(Point::size)
      .thenComparing(ParetoPoints::firstDifference);

  private ParetoPoints() {}

  /** The points no other beats, by ascending cost and strictly descending probability. */
  static List<Point> front(List<Point> points) {
    List<Point> sorted = new ArrayList<>(points);
    sorted.sort(ORDER);
    List<Point> front = new ArrayList<>();
    for (Point point : sorted) {
      if (front.isEmpty() || lower(point.probability(), front.get(front.size() - 1).probability())) {
        front.add(point);
      }
    }
    return front;
  }

  /**
   * {@code front} (a result of {@link #front}) with {@code point} added and whatever it beats
   * taken out. O(front size).
   */
  static List<Point> insert(List<Point> front, Point point) {
    List<Point> points = new ArrayList<>(front.size() + 1);
    points.addAll(front);
    points.add(point);
    return front(points);
  }

  /** Whether {@code a} is lower than {@code b} by more than the tolerance. */
  static boolean lower(double a, double b) {
    return a < b - TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  }

  /**
   * Whether a point of {@code front} beats or ties every plan that costs at least {@code cost}
   * and leaves at least {@code probability} with at least {@code size} mitigations.
   */
  static boolean covers(List<Point> front, double cost, double probability, int size) {
    for (Point point : front) {
      if (point.cost() > cost) {
        return false;
      }
      if (!lower(probability, point.probability())
          && (point.cost() < cost || lower(point.probability(), probability)
              || point.size() <= size)) {
        return true;
      }
    }
    return false;
  }

  /** Orders bitsets by the first candidate where they differ (the one holding it first). */
  private static int firstDifference(Point a, Point b) {
    BitSet difference = (BitSet) a.chosen().clone();
    difference.xor(b.chosen());
    int first = difference.nextSetBit(0);
    return first < 0 ? 0 : a.chosen().get(first) ? -1 : 1;
  }
}
