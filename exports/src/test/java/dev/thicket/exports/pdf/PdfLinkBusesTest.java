package dev.thicket.exports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.diagram.Diagram.Link;
import dev.thicket.exports.diagram.DiagramStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A parent's bus draws exactly the lines of its links' elbows, nothing more. */
class PdfLinkBusesTest {

  @Test
  void busesCoverEveryElbowAndNoMoreOnRandomLinks() {
    for (int seed = 0; seed < 500; seed++) {
      check(new Random(seed));
    }
  }

  private static void check(Random random) {
    List<Link> links = new ArrayList<>();
    int parents = 1 + random.nextInt(5);
    for (int p = 0; p < parents; p++) {
      double x1 = random.nextInt(2000);
      double y1 = 100.0 * p;
      for (int c = random.nextInt(6); c >= 0; c--) {
        links.add(new Link("p" + p, "c" + p + "-" + c, random.nextInt(4) > 0,
            random.nextInt(5) == 0, x1, y1, random.nextInt(2000), y1 + 60));
      }
    }

    for (boolean highRisk : List.of(false, true)) {
      List<PdfLinkBuses.Bus> buses = PdfLinkBuses.of(links, highRisk);
      List<Link> drawn = links.stream()
          .filter(link -> link.spanning() && link.highRisk() == highRisk).toList();
      assertThat(buses.stream().mapToInt(bus -> bus.dropX().length).sum())
          .isEqualTo(drawn.size());
      for (PdfLinkBuses.Bus bus : buses) {
        List<Link> elbows = drawn.stream().filter(link -> link.x1() == bus.x()
            && link.y1() == bus.y()).sorted(Comparator.comparingDouble(Link::x2)).toList();
        assertThat(elbows).hasSize(bus.dropX().length);
        assertThat(bus.middle()).isEqualTo(bus.y() + DiagramStyle.LEVEL_GAP / 2);
        assertThat(bus.maxY()).isEqualTo(Math.max(bus.middle(),
            elbows.stream().mapToDouble(Link::y2).max().orElseThrow()));
        // the bus spans exactly the union of the elbows' horizontal parts
        assertThat(bus.minX()).isEqualTo(elbows.stream()
            .mapToDouble(link -> Math.min(link.x1(), link.x2())).min().orElseThrow());
        assertThat(bus.maxX()).isEqualTo(elbows.stream()
            .mapToDouble(link -> Math.max(link.x1(), link.x2())).max().orElseThrow());
        for (int i = 0; i < bus.dropX().length; i++) {
          assertThat(bus.dropX()[i]).isEqualTo(elbows.get(i).x2());
          assertThat(bus.dropY()[i]).isEqualTo(elbows.get(i).y2());
        }
      }
    }
  }
}
