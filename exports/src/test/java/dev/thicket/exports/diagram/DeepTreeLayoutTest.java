package dev.thicket.exports.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import org.abego.treelayout.util.DefaultTreeForTreeLayout;
import org.junit.jupiter.api.Test;

/** A chain of 50,000 boxes (a valid tree file can be one) lays out without a stack overflow. */
class DeepTreeLayoutTest {

  @Test
  void chainOfFiftyThousandIsLaidOutOneLevelBelowTheOther() {
    String[] ids = new String[50_000];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = "n" + i;
    }
    DefaultTreeForTreeLayout<String> chain = new DefaultTreeForTreeLayout<>(ids[0]);
    for (int i = 1; i < ids.length; i++) {
      chain.addChild(ids[i - 1], ids[i]); // abego knows nodes by identity
    }

    TidyLayout.Placed placed = TidyLayout.of(chain, 100, 40, 10, 5);

    Rectangle2D.Double first = placed.nodes().get("n0");
    Rectangle2D.Double last = placed.nodes().get("n49999");
    assertThat(placed.nodes()).hasSize(50_000);
    assertThat(last.x).isEqualTo(first.x);
    assertThat(last.y - first.y).isEqualTo(49_999 * 50.0);
  }
}
