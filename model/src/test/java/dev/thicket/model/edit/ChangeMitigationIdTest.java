package dev.thicket.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeMitigationIdTest {
  private final AttackTree tree = withMitigations();

  private static AttackTree withMitigations() {
    AttackTree sample = SmallTrees.sample()
        .withMitigation(new Mitigation("patch", "Patch", 0.5, MitigationStatus.PLANNED))
        .withMitigation(new Mitigation("audit", "Audit", 0.3, MitigationStatus.IMPLEMENTED));
    return sample
        .withNode(sample.node("a1").withMitigations(List.of("patch", "audit")))
        .withNode(sample.node("b").withMitigations(List.of("patch")));
  }

  @Test
  void everyNodeListingTheMitigationFollowsAndItKeepsItsPlace() {
    AttackTree after = new ChangeMitigationId("patch", "update").apply(tree);

    assertThat(List.copyOf(after.mitigations().keySet())).containsExactly("update", "audit");
    assertThat(after.node("a1").mitigations()).containsExactly("update", "audit");
    assertThat(after.node("b").mitigations()).containsExactly("update");
    assertThat(after.mitigations().get("update").title()).isEqualTo("Patch");
  }

  @Test
  void idInUseIsRefused() {
    assertThatThrownBy(() -> new ChangeMitigationId("patch", "audit").apply(tree))
        .isInstanceOf(EditRefusedException.class)
        .hasMessage("there is a mitigation 'audit' already");
  }

  @Test
  void idTheFormatRefusesIsRefused() {
    assertThatThrownBy(() -> new ChangeMitigationId("patch", "two words").apply(tree))
        .isInstanceOf(EditRefusedException.class).hasMessageContaining("'two words' may only");
  }

  @Test
  void unknownMitigationIsRefused() {
    assertThatThrownBy(() -> new ChangeMitigationId("nothing", "x").apply(tree))
        .isInstanceOf(EditRefusedException.class).hasMessage("there is no mitigation 'nothing'");
  }
}
