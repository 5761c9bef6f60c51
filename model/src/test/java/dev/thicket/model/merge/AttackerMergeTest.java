package dev.thicket.model.merge;

import static dev.thicket.model.merge.MergeTrees.base;
import static dev.thicket.model.merge.MergeTrees.node;
import static dev.thicket.model.merge.MergeTrees.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.merge.MergeConflict.Element;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.StepAttributes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merge sees a step's cost, time and potential and the tree's profiles. */
class AttackerMergeTest {
  private static final AttackerProfile KIDDIE = new AttackerProfile("kiddie", "Script kiddie",
      null, 500.0, null, Map.of(PotentialFactor.EXPERTISE, "proficient"));

  private static AttackTree attacker(AttackTree tree, String id, StepAttributes attributes) {
    return node(tree, id, n -> n.withAttacker(attributes));
  }

  @Test
  void costOnOneSideAndPotentialOnTheOtherAreBothTaken() {
    Potential expert = new Potential(Map.of(PotentialFactor.EXPERTISE, "expert"));
    AttackTree ours = attacker(base(), "a", new StepAttributes(100.0, null, Potential.NONE));
    AttackTree theirs = attacker(base(), "a", new StepAttributes(null, null, expert))
        .withProfiles(List.of(KIDDIE));

    MergeResult merge = TreeMerge.of(base(), ours, theirs);

    assertThat(merge.clean()).isTrue();
    assertThat(yaml(merge.tree())).isEqualTo(yaml(attacker(base(), "a",
        new StepAttributes(100.0, null, expert)).withProfiles(List.of(KIDDIE))));
  }

  @Test
  void differentCostsAreAConflict() {
    AttackTree ours = attacker(base(), "a", new StepAttributes(100.0, null, Potential.NONE));
    AttackTree theirs = attacker(base(), "a", new StepAttributes(200.0, null, Potential.NONE));

    MergeResult merge = TreeMerge.of(base(), ours, theirs);

    assertThat(merge.conflicts()).containsExactly(
        new MergeConflict(Element.NODE, "a", "cost", null, "100", "200", null));
  }
}
