package dev.thicket.model.edit;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.util.List;
import java.util.Map;

/** Small trees for the edit tests. */
final class SmallTrees {
  private SmallTrees() {}

  /**
   * goal (OR) → a (AND) → a1, shared; b (ATLEAST 2) → b1, b2, shared. {@code shared} is a leaf
   * under both a and b.
   */
  static AttackTree sample() {
    return new AttackTree("Sample", null, "goal", List.of(
        Node.gate("goal", "Goal", Gate.OR, 0, List.of("a", "b")),
        Node.gate("a", "A", Gate.AND, 0, List.of("a1", "shared")),
        Node.gate("b", "B", Gate.ATLEAST, 2, List.of("b1", "b2", "shared")),
        Node.leaf("a1", "A1", Estimate.of(0.5)),
        Node.leaf("b1", "B1", Estimate.of(0.2)),
        Node.leaf("b2", "B2", Estimate.level("high")),
        Node.leaf("shared", "Shared", Estimate.of(0.1))),
        List.of(), null, AnalysisSettings.NONE, Map.of());
  }
}
