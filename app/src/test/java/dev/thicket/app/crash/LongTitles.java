package dev.thicket.app.crash;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A tree of a few nodes whose long titles make files of about 50 MB, quickly. */
final class LongTitles {
  static final int LEAVES = 40;
  static final int TITLE = 1_250_000;

  private LongTitles() {}

  /** {@code leaves} leaves of {@value #TITLE}-character titles under one OR. */
  static AttackTree tree(int leaves) {
    List<Node> nodes = new ArrayList<>();
    List<String> children = new ArrayList<>();
    for (int i = 1; i <= leaves; i++) {
      children.add("n" + i);
    }
    nodes.add(Node.gate("n0", "Goal", Gate.OR, 0, children));
    for (int i = 1; i <= leaves; i++) {
      nodes.add(Node.leaf("n" + i, ("step " + i + " ").repeat(TITLE / 8), Estimate.of(0.01)));
    }
    return new AttackTree("Long titles", null, "n0", nodes, List.of(), null,
        AnalysisSettings.NONE, Map.of());
  }
}
