package dev.thicket.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.tree.AttackTree;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeNodeIdTest {
  private final AttackTree tree = SmallTrees.sample();

  @Test
  void sharedNodeIsRenamedUnderEveryParentAndKeepsItsPlace() {
    AttackTree after = new ChangeNodeId("shared", "common").apply(tree);

    assertThat(after.node("a").children()).containsExactly("a1", "common");
    assertThat(after.node("b").children()).containsExactly("b1", "b2", "common");
    assertThat(List.copyOf(after.nodes().keySet()))
        .containsExactly("goal", "a", "b", "a1", "b1", "b2", "common");
    assertThat(after.node("common").likelihood()).isEqualTo(tree.node("shared").likelihood());
  }

  @Test
  void renamingTheRootMovesTheRoot() {
    AttackTree after = new ChangeNodeId("goal", "top").apply(tree);

    assertThat(after.root()).isEqualTo("top");
    assertThat(after.parents("a")).containsExactly("top");
  }

  @Test
  void idInUseIsRefused() {
    assertThatThrownBy(() -> new ChangeNodeId("a1", "b1").apply(tree))
        .isInstanceOf(EditRefusedException.class).hasMessage("there is a node 'b1' already");
  }

  @Test
  void idTheFormatRefusesIsRefused() {
    assertThatThrownBy(() -> new ChangeNodeId("a1", "two words").apply(tree))
        .isInstanceOf(EditRefusedException.class).hasMessageContaining("two words");
  }
}
