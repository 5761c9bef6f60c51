package dev.thicket.exports.pdf;

import dev.thicket.exports.diagram.Diagram.Link;
import dev.thicket.exports.diagram.DiagramStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spanning links of a diagram as one bus per parent, as org charts draw them: the parent's
 * drop to the middle of the level gap, one horizontal line over its children, and each child's
 * drop. The same lines as one elbow per link, but a page tile strokes only the drops it shows
 * and one bus line, instead of every elbow that crosses it (a root with 50,000 children crossed
 * every tile of its diagram).
 */
final class PdfLinkBuses {
  /**
   * One parent's links: its drop at {@code x} from {@code y} to {@code middle}, the bus, and the
   * children's drops, sorted by x (so that a tile finds its own by binary search); {@code maxY}
   * is the lowest point of its lines.
   */
  record Bus(double x, double y, double middle, double minX, double maxX, double maxY,
      double[] dropX, double[] dropY) {}

  private PdfLinkBuses() {}

  /** The buses of {@code links} that are spanning and {@code highRisk} as asked. */
  static List<Bus> of(List<Link> links, boolean highRisk) {
    Map<String, List<Link>> byParent = new LinkedHashMap<>();
    for (Link link : links) {
      if (link.spanning() && link.highRisk() == highRisk) {
        byParent.computeIfAbsent(link.parent(), parent -> new ArrayList<>()).add(link);
      }
    }
    List<Bus> buses = new ArrayList<>();
    for (List<Link> children : byParent.values()) {
      Link first = children.get(0);
      children.sort(Comparator.comparingDouble(Link::x2));
      double minX = first.x1();
      double maxX = first.x1();
      double[] dropX = new double[children.size()];
      double[] dropY = new double[children.size()];
      double middle = first.y1() + DiagramStyle.LEVEL_GAP / 2;
      double maxY = middle;
      for (int i = 0; i < dropX.length; i++) {
        dropX[i] = children.get(i).x2();
        dropY[i] = children.get(i).y2();
        minX = Math.min(minX, dropX[i]);
        maxX = Math.max(maxX, dropX[i]);
        maxY = Math.max(maxY, dropY[i]);
      }
      buses.add(new Bus(first.x1(), first.y1(), middle, minX, maxX, maxY, dropX, dropY));
    }
    return buses;
  }
}
