package dev.thicket.model.merge;

import static dev.thicket.model.merge.MergeTrees.addLeaf;
import static dev.thicket.model.merge.MergeTrees.base;
import static dev.thicket.model.merge.MergeTrees.delete;
import static dev.thicket.model.merge.MergeTrees.link;
import static dev.thicket.model.merge.MergeTrees.mitigation;
import static dev.thicket.model.merge.MergeTrees.node;
import static dev.thicket.model.merge.MergeTrees.withoutValues;
import static dev.thicket.model.merge.MergeTrees.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.edit.ChangeNodeId;
import dev.thicket.model.merge.MergeConflict.Element;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per rule of the three-way merge (docs/git.md). */
class TreeMergeTest {

  private static AttackTree likelihood(AttackTree tree, String id, double value) {
    return node(tree, id, n -> n.withLikelihood(Estimate.of(value)));
  }

  /** {@code tree} listing {@code conflicts} as the merge does. */
  private static AttackTree withConflicts(AttackTree tree, List<MergeConflict> conflicts) {
    return MergeTrees.withExtensions(tree, Map.of(MergeConflict.EXTENSION,
        conflicts.stream().map(MergeConflict::toExtension).toList()));
  }

  @Test
  void changeOnOneSideIsTaken() {
    AttackTree ours = likelihood(base(), "a", 0.3);
    AttackTree theirs = node(base(), "b", n -> n.withTitle("B, renamed"));

    MergeResult merge = TreeMerge.of(base(), ours, theirs);

    assertThat(merge.clean()).isTrue();
    assertThat(yaml(merge.tree()))
        .isEqualTo(yaml(node(ours, "b", n -> n.withTitle("B, renamed"))));
  }

  @Test
  void sameChangeOnBothSidesIsTakenOnce() {
    AttackTree both = likelihood(addLeaf(base(), "h", "e", 0.5), "a", 0.3);

    MergeResult merge = TreeMerge.of(base(), both, both);

    assertThat(merge.clean()).isTrue();
    assertThat(yaml(merge.tree())).isEqualTo(yaml(both));
  }

  @Test
  void differentChangesOfOneFieldAreAConflictThatKeepsOurs() {
    AttackTree ours = likelihood(base(), "a", 0.3);

    MergeResult merge = TreeMerge.of(base(), ours, likelihood(base(), "a", 0.2));

    List<MergeConflict> expected =
        List.of(new MergeConflict(Element.NODE, "a", "likelihood", "0.1", "0.3", "0.2", null));
    assertThat(merge.conflicts()).isEqualTo(expected);
    assertThat(yaml(withoutValues(merge.tree()))).isEqualTo(yaml(withConflicts(ours, expected)));
  }

  @Test
  void conflictsListedBeforeAreKeptFirst() {
    MergeConflict earlier = new MergeConflict(Element.NODE, "b", "likelihood", "0.2", "0.25",
        "0.15", null);
    AttackTree listing = withConflicts(base(), List.of(earlier));
    AttackTree ours = likelihood(listing, "a", 0.3);
    AttackTree theirs = likelihood(listing, "a", 0.2);

    MergeResult merge = TreeMerge.of(listing, ours, theirs);

    MergeConflict now =
        new MergeConflict(Element.NODE, "a", "likelihood", "0.1", "0.3", "0.2", null);
    assertThat(merge.conflicts()).containsExactly(now);
    assertThat(RecordedConflict.of(merge.tree())).extracting(RecordedConflict::conflict)
        .containsExactly(earlier, now);
  }

  @Test
  void rangesAreOneValue() {
    Estimate ranged = Estimate.of(0.1).withRange(Range.of(0.05, 0.3));
    AttackTree ours = node(base(), "a", n -> n.withLikelihood(ranged));
    AttackTree theirs = node(base(), "a", n -> n.withLikelihood(ranged.likely()
        .withRange(Range.of(0.01, 0.2))));

    MergeResult merge = TreeMerge.of(base(), ours, theirs);

    assertThat(merge.conflicts()).containsExactly(new MergeConflict(Element.NODE, "a",
        "likelihood", "0.1", "0.05..0.1..0.3", "0.01..0.1..0.2", null));
  }

  @Test
  void childrenAddedOnBothSidesAreBothKept() {
    AttackTree ours = addLeaf(base(), "h", "e", 0.5);
    AttackTree theirs = addLeaf(base(), "h", "f", 0.6);

    MergeResult merge = TreeMerge.of(base(), ours, theirs);

    assertThat(merge.clean()).isTrue();
    assertThat(yaml(merge.tree())).isEqualTo(yaml(addLeaf(ours, "h", "f", 0.6)));
  }

  @Test
  void childRemovedOnOneSideAndAddedOnTheOtherGivesBoth() {
    AttackTree ours = delete(base(), "d");
    AttackTree theirs = addLeaf(base(), "h", "e", 0.5);

    MergeResult merge = TreeMerge.of(base(), ours, theirs);

    assertThat(merge.clean()).isTrue();
    assertThat(yaml(merge.tree())).isEqualTo(yaml(addLeaf(ours, "h", "e", 0.5)));
  }

  @Test
  void deletedOnBothSidesIsDeleted() {
    MergeResult merge = TreeMerge.of(base(), delete(base(), "d"), delete(base(), "d"));

    assertThat(merge.clean()).isTrue();
    assertThat(yaml(merge.tree())).isEqualTo(yaml(delete(base(), "d")));
  }

  @Test
  void changedByOursAndDeletedByTheirsIsAConflictThatKeepsTheNode() {
    AttackTree ours = likelihood(base(), "d", 0.9);

    MergeResult merge = TreeMerge.of(base(), ours, delete(base(), "d"));

    List<MergeConflict> expected = List.of(new MergeConflict(Element.NODE, "d", null, "present",
        "changed (likelihood)", "deleted", null));
    assertThat(merge.conflicts()).isEqualTo(expected);
    assertThat(yaml(withoutValues(merge.tree()))).isEqualTo(yaml(withConflicts(ours, expected)));
  }

  @Test
  void deletedByOursAndChangedByTheirsIsAConflictThatKeepsItDeleted() {
    AttackTree ours = delete(base(), "d");

    MergeResult merge = TreeMerge.of(base(), ours, likelihood(base(), "d", 0.9));

    List<MergeConflict> expected = List.of(new MergeConflict(Element.NODE, "d", null, "present",
        "deleted", "changed (likelihood)", null));
    assertThat(merge.conflicts()).isEqualTo(expected);
    assertThat(yaml(withoutValues(merge.tree()))).isEqualTo(yaml(withConflicts(ours, expected)));
  }

  @Test
  void mitigationsMergeByIdAndField() {
    AttackTree ours = mitigation(base(), "m", m -> m.withStatus(MitigationStatus.PLANNED));
    AttackTree theirs = mitigation(base(), "m", m -> m.withEffectiveness(0.7));

    MergeResult merge = TreeMerge.of(base(), ours, theirs);

    assertThat(merge.clean()).isTrue();
    assertThat(yaml(merge.tree()))
        .isEqualTo(yaml(mitigation(ours, "m", m -> m.withEffectiveness(0.7))));
  }

  @Test
  void mitigationReferencesMergeItemByItem() {
    AttackTree ours = mitigation(base(), "m", m -> m.withReferences(List.of("SEC-1")));
    AttackTree theirs = mitigation(base(), "m",
        m -> m.withReferences(List.of("https://x.example/m")).withEffectiveness(0.7));

    MergeResult merge = TreeMerge.of(base(), ours, theirs);

    assertThat(merge.clean()).isTrue();
    assertThat(merge.tree().mitigations().get("m").references())
        .containsExactly("SEC-1", "https://x.example/m");
    assertThat(merge.tree().mitigations().get("m").effectiveness()).isEqualTo(0.7);
  }

  @Test
  void treeSettingsMergeOneByOne() {
    AttackTree ours = base().withSettings(new AnalysisSettings(0.2, null));
    AttackTree theirs = base().withSettings(AnalysisSettings.NONE.withBudget(6.0));

    MergeResult merge = TreeMerge.of(base(), ours, theirs);

    assertThat(merge.clean()).isTrue();
    assertThat(merge.tree().settings()).isEqualTo(new AnalysisSettings(0.2, null, 6.0));
  }

  @Test
  void extensionsMergeKeyByKey() {
    AttackTree ours = MergeTrees.withExtensions(base(), Map.of("x-owner", "ada"));
    AttackTree theirs = MergeTrees.withExtensions(base(), Map.of("x-ticket", 42L));

    MergeResult merge = TreeMerge.of(base(), ours, theirs);

    assertThat(merge.clean()).isTrue();
    assertThat(merge.tree().extensions())
        .isEqualTo(Map.of("x-owner", "ada", "x-ticket", 42L));
  }

  @Test
  void anExtensionKeyChangedOnBothSidesIsAConflictInTheFilesForm() {
    AttackTree ours = MergeTrees.withExtensions(base(),
        Map.of("x-review", Map.of("by", List.of("Bo", "C, D"))));
    AttackTree theirs = MergeTrees.withExtensions(base(), Map.of("x-review", "done"));

    MergeResult merge = TreeMerge.of(base(), ours, theirs);

    assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.field()).isEqualTo("x-review");
      assertThat(conflict.base()).isNull();
      assertThat(conflict.ours()).isEqualTo("{by: [Bo, \"C, D\"]}");
      assertThat(conflict.theirs()).isEqualTo("done");
    });
  }

  @Test
  void renameOnOneSideKeepsTheOtherSidesEdit() {
    AttackTree ours = new ChangeNodeId("b", "bee").apply(base());

    MergeResult merge = TreeMerge.of(base(), ours, likelihood(base(), "b", 0.25));

    assertThat(merge.clean()).isTrue();
    assertThat(yaml(merge.tree())).isEqualTo(yaml(likelihood(ours, "bee", 0.25)));
  }

  @Test
  void differentRenamesOfOneNodeAreAConflictThatKeepsOursId() {
    AttackTree ours = new ChangeNodeId("b", "bee").apply(base());

    MergeResult merge = TreeMerge.of(base(), ours, new ChangeNodeId("b", "bea").apply(base()));

    List<MergeConflict> expected =
        List.of(new MergeConflict(Element.NODE, "bee", "id", "b", "bee", "bea", null));
    assertThat(merge.conflicts()).isEqualTo(expected);
    assertThat(yaml(withoutValues(merge.tree()))).isEqualTo(yaml(withConflicts(ours, expected)));
  }

  @Test
  void cycleIsAConflictThatKeepsOursStructure() {
    AttackTree ours = link(base(), "g", "h");
    AttackTree theirs = link(base(), "h", "g");

    MergeResult merge = TreeMerge.of(base(), ours, theirs);

    assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.id()).isEqualTo("h");
      assertThat(conflict.field()).isEqualTo("children");
      assertThat(conflict.ours()).isEqualTo("c, d");
      assertThat(conflict.theirs()).isEqualTo("c, d, g");
      assertThat(conflict.reason()).startsWith("the merged tree would break a rule: ");
    });
    assertThat(yaml(withoutValues(merge.tree())))
        .isEqualTo(yaml(withConflicts(ours, merge.conflicts())));
  }

  @Test
  void danglingChildIsAConflictThatUnlinksIt() {
    AttackTree ours = delete(base(), "d");
    AttackTree theirs = link(base(), "g", "d");

    MergeResult merge = TreeMerge.of(base(), ours, theirs);

    List<MergeConflict> expected = List.of(new MergeConflict(Element.NODE, "d", null, "present",
        "deleted", "linked from g", "unlinked from g"));
    assertThat(merge.conflicts()).isEqualTo(expected);
    assertThat(yaml(withoutValues(merge.tree()))).isEqualTo(yaml(withConflicts(ours, expected)));
  }

  @Test
  void childLinkedByOursAndDeletedByTheirsIsKept() {
    AttackTree ours = link(base(), "g", "d");

    MergeResult merge = TreeMerge.of(base(), ours, delete(base(), "d"));

    List<MergeConflict> expected = List.of(new MergeConflict(Element.NODE, "d", null, "present",
        "linked from g", "deleted", "kept from ours"));
    assertThat(merge.conflicts()).isEqualTo(expected);
    assertThat(merge.tree().node("g").children()).containsExactly("b", "c", "d");
    assertThat(merge.tree().node("d")).isEqualTo(ours.node("d"));
  }

  @Test
  void secondRootIsAConflictThatKeepsOursStructure() {
    // ours folds g into goal; theirs adds e under g, which ours no longer has
    List<Node> folded = new ArrayList<>(base().nodes().values());
    folded.removeIf(n -> n.id().equals("g"));
    folded.set(0, folded.get(0).withGate(Gate.OR, 0, List.of("a", "h", "b")));
    AttackTree ours = MergeTrees.with(base(), folded);
    AttackTree theirs = addLeaf(base(), "g", "e", 0.5);

    MergeResult merge = TreeMerge.of(base(), ours, theirs);

    assertThat(merge.conflicts()).extracting(MergeConflict::id).containsExactly("g", "e");
    assertThat(merge.conflicts().get(1).reason())
        .startsWith("the merged tree would break a rule: second root: node 'e'");
    assertThat(yaml(withoutValues(merge.tree())))
        .isEqualTo(yaml(withConflicts(ours, merge.conflicts())));
  }

  @Test
  void withoutABaseEqualElementsMergeAndDifferentFieldsConflict() {
    AttackTree ours = likelihood(base(), "a", 0.3);

    MergeResult merge = TreeMerge.of(null, ours, addLeaf(base(), "h", "e", 0.5));

    assertThat(merge.conflicts()).containsExactly(
        new MergeConflict(Element.NODE, "a", "likelihood", null, "0.3", "0.1", null));
    assertThat(merge.tree().node("h").children()).containsExactly("c", "d", "e");
  }
}
