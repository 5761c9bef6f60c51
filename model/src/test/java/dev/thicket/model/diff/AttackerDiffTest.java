package dev.thicket.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.StepAttributes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The diff sees a step's cost, time and potential and the tree's profiles. */
class AttackerDiffTest {

  private static AttackTree tree(StepAttributes a, List<AttackerProfile> profiles) {
    return new AttackTree("T", null, "goal", List.of(
        Node.gate("goal", "Goal", Gate.OR, 0, List.of("a", "b")),
        Node.leaf("a", "A", Estimate.of(0.1)).withAttacker(a),
        Node.leaf("b", "B", Estimate.of(0.2))), List.of(), null, AnalysisSettings.NONE,
        profiles, Map.of());
  }

  @Test
  void changedCostTimeAndPotentialAreFieldsOfTheStep() {
    AttackTree old = tree(new StepAttributes(100.0, null, Potential.NONE), List.of());
    AttackTree neu = tree(new StepAttributes(250.0, 8.0,
        new Potential(Map.of(PotentialFactor.EXPERTISE, "expert"))), List.of());

    TreeDiff diff = TreeDiff.of(old, neu);

    assertThat(diff.nodes()).containsExactly(new NodeChange("a", "a", ChangeKind.CHANGED, false,
        List.of(new FieldChange("cost", "100", "250"), new FieldChange("time", null, "8"),
            new FieldChange("potential", null, "expertise expert"))));
  }

  @Test
  void changedProfilesAreAFieldOfTheTree() {
    AttackerProfile kiddie = new AttackerProfile("kiddie", "Script kiddie", null, 500.0, null,
        Map.of(PotentialFactor.EXPERTISE, "proficient"));
    AttackTree old = tree(StepAttributes.EMPTY, List.of(kiddie));
    AttackTree neu = tree(StepAttributes.EMPTY, List.of(new AttackerProfile("kiddie",
        "Script kiddie", null, 800.0, null, kiddie.limits())));

    TreeDiff diff = TreeDiff.of(old, neu);

    assertThat(diff.tree()).containsExactly(new FieldChange("profiles",
        "kiddie: Script kiddie, budget 500, expertise proficient",
        "kiddie: Script kiddie, budget 800, expertise proficient"));
    assertThat(diff.nodes()).isEmpty();
  }
}
