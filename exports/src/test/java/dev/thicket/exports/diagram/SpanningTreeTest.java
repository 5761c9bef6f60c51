package dev.thicket.exports.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.report.Trees;
import dev.thicket.model.tree.AttackTree;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which parent each node hangs under in a drawing, with and without collapsed gates. */
class SpanningTreeTest {
  /** goal → a, b; a → s, t; b → s, u: s is shared, b comes first in the file. */
  private static final AttackTree SHARED = Trees.yaml("""
      format: attacktree/v1
      title: Shared
      root: goal
      nodes:
        goal:
          title: Goal
          gate: or
          children: [a, b]
        b:
          title: B
          gate: or
          children: [s, u]
        a:
          title: A
          gate: and
          children: [s, t]
        s:
          title: S
          likelihood: 0.1
        t:
          title: T
          likelihood: 0.2
        u:
          title: U
          likelihood: 0.3
      """);

  @Test
  void sharedNodeHangsUnderItsFirstParentInFileOrder() {
    SpanningTree spanning = SpanningTree.of(SHARED, Set.of());

    assertThat(spanning.parents()).containsEntry("s", "b").containsEntry("u", "b")
        .containsEntry("t", "a").containsEntry("a", "goal").doesNotContainKey("goal");
    assertThat(spanning.shown(spanning.indexOf("s"))).isTrue();
  }

  @Test
  void collapsedGateHidesWhatOnlyItListsAndLendsItsSharedChildToTheOpenParent() {
    SpanningTree spanning = SpanningTree.of(SHARED, Set.of("b"));

    assertThat(spanning.shown(spanning.indexOf("u"))).isFalse();
    assertThat(spanning.shown(spanning.indexOf("b"))).isTrue();
    assertThat(spanning.parents()).containsEntry("s", "a");
    TidyTree.Placement placed = spanning.layOut("goal", 100, 40, 10, 5);
    assertThat(placed.placed(spanning.indexOf("u"))).isFalse();
    assertThat(placed.y()[spanning.indexOf("s")]).isEqualTo(2 * 50.0);
  }

  @Test
  void branchLayoutPlacesOnlyTheNodesBelowItsTop() {
    TidyTree.Placement placed =
        SpanningTree.of(SHARED, Set.of()).layOut("a", 100, 40, 10, 5);
    SpanningTree spanning = SpanningTree.of(SHARED, Set.of());

    assertThat(placed.placed(spanning.indexOf("a"))).isTrue();
    assertThat(placed.placed(spanning.indexOf("t"))).isTrue();
    assertThat(placed.placed(spanning.indexOf("s"))).isFalse(); // it hangs under b
    assertThat(placed.placed(spanning.indexOf("goal"))).isFalse();
  }
}
