package dev.thicket.model.merge;

import static dev.thicket.model.merge.MergeTrees.base;
import static dev.thicket.model.merge.MergeTrees.delete;
import static dev.thicket.model.merge.MergeTrees.link;
import static dev.thicket.model.merge.MergeTrees.mitigation;
import static dev.thicket.model.merge.MergeTrees.node;
import static dev.thicket.model.merge.MergeTrees.withExtensions;
import static dev.thicket.model.merge.MergeTrees.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.edit.EditRefusedException;
import dev.thicket.model.merge.ConflictResolution.Side;
import dev.thicket.model.merge.MergeConflict.Element;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Range;
import dev.thicket.model.tree.Vote;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Resolving a merged tree's conflicts by the values the merge recorded for each side. */
class ConflictResolutionTest {

  private static AttackTree likelihood(AttackTree tree, String id, double value) {
    return node(tree, id, n -> n.withLikelihood(Estimate.of(value)));
  }

  private static AttackTree merged(AttackTree ours, AttackTree theirs) {
    MergeResult merge = TreeMerge.of(base(), ours, theirs);
    assertThat(merge.clean()).isFalse();
    return merge.tree();
  }

  /** The only conflict of {@code merged} resolved by {@code side}. */
  private static AttackTree onlyConflict(AttackTree merged, Side side) {
    assertThat(RecordedConflict.of(merged)).hasSize(1);
    return ConflictResolution.resolve(merged, 0, side);
  }

  @Test
  void recordsEachSideOfAFieldAsTheFormatWritesIt() {
    AttackTree merged = merged(likelihood(base(), "a", 0.3), likelihood(base(), "a", 0.2));

    Object listed = merged.extensions().get(MergeConflict.EXTENSION);

    assertThat(((Map<?, ?>) ((List<?>) listed).get(0)).get("values")).isEqualTo(Map.of(
        "base", Map.of("likelihood", 0.1), "ours", Map.of("likelihood", 0.3),
        "theirs", Map.of("likelihood", 0.2)));
  }

  @Test
  void eachSidePutsBackItsLikelihoodAndTheKeyGoes() {
    AttackTree ours = likelihood(base(), "a", 0.3);
    AttackTree merged = merged(ours, likelihood(base(), "a", 0.2));

    assertThat(yaml(onlyConflict(merged, Side.THEIRS)))
        .isEqualTo(yaml(likelihood(ours, "a", 0.2)));
    assertThat(yaml(onlyConflict(merged, Side.BASE))).isEqualTo(yaml(likelihood(ours, "a", 0.1)));
    assertThat(yaml(onlyConflict(merged, Side.OURS))).isEqualTo(yaml(ours));
  }

  @Test
  void rangesAndVotesComeBackExactly() {
    Estimate ranged = Estimate.of(0.15).withRange(Range.of(0.05, 0.3));
    AttackTree ours = node(base(), "b", n -> n.withLikelihood(Estimate.of(0.25))
        .withEstimates(List.of(new Vote("AB", Estimate.of(0.25), 1))));
    AttackTree theirs = node(base(), "b", n -> n.withLikelihood(ranged)
        .withEstimates(List.of(new Vote("CD", Estimate.of(0.15), 2))));
    AttackTree merged = merged(ours, theirs);
    assertThat(RecordedConflict.of(merged)).hasSize(2);

    AttackTree resolved = ConflictResolution.resolve(
        ConflictResolution.resolve(merged, 0, Side.THEIRS), 0, Side.THEIRS);

    assertThat(resolved.node("b")).isEqualTo(theirs.node("b"));
    assertThat(resolved.extensions()).isEmpty();
  }

  @Test
  void aGateComesBackWithItsK() {
    AttackTree ours = node(base(), "g", n -> n.withGate(Gate.OR, 0, n.children()));
    AttackTree theirs = node(base(), "g", n -> n.withGate(Gate.ATLEAST, 1, n.children()));
    AttackTree merged = merged(ours, theirs);

    AttackTree resolved = onlyConflict(merged, Side.THEIRS);

    assertThat(resolved.node("g")).isEqualTo(theirs.node("g"));
    assertThat(yaml(onlyConflict(merged, Side.BASE))).isEqualTo(yaml(node(ours, "g",
        n -> n.withGate(Gate.AND, 0, n.children()))));
  }

  @Test
  void aNodeOursDeletedComesBackUnderItsParent() {
    AttackTree ours = delete(base(), "d");
    AttackTree theirs = likelihood(base(), "d", 0.45);
    AttackTree merged = merged(ours, theirs);

    AttackTree resolved = onlyConflict(merged, Side.THEIRS);

    assertThat(resolved.node("d")).isEqualTo(theirs.node("d"));
    assertThat(resolved.node("h").children()).containsExactly("c", "d");
    assertThat(onlyConflict(merged, Side.BASE).node("d")).isEqualTo(base().node("d"));
    assertThat(yaml(onlyConflict(merged, Side.OURS))).isEqualTo(yaml(ours));
  }

  @Test
  void aNodeTheirsDeletedGoesAsTheEditorDeletesIt() {
    AttackTree ours = likelihood(base(), "d", 0.45);
    AttackTree merged = merged(ours, delete(base(), "d"));

    AttackTree resolved = onlyConflict(merged, Side.THEIRS);

    assertThat(yaml(resolved)).isEqualTo(yaml(delete(base(), "d")));
  }

  @Test
  void mitigationAndTreeFieldsComeBack() {
    AttackTree ours = mitigation(base(), "m", m -> m.withStatus(MitigationStatus.PLANNED))
        .withSettings(base().settings().withBudget(10.0));
    AttackTree theirs = mitigation(base(), "m", m -> m.withStatus(MitigationStatus.PROPOSED))
        .withSettings(base().settings().withBudget(20.0));
    AttackTree merged = merged(ours, theirs);
    assertThat(RecordedConflict.of(merged)).extracting(RecordedConflict::subject)
        .containsExactlyInAnyOrder("mitigation m: status", "tree: analysis.budget");

    AttackTree resolved = ConflictResolution.resolve(
        ConflictResolution.resolve(merged, 0, Side.THEIRS), 0, Side.THEIRS);

    assertThat(yaml(resolved)).isEqualTo(yaml(theirs));
  }

  @Test
  void aChoiceThatWouldMakeACycleIsRefusedWithTheReason() {
    AttackTree ours = link(base(), "g", "h");
    AttackTree theirs = link(base(), "h", "g");
    AttackTree merged = merged(ours, theirs);
    int children = RecordedConflict.of(merged).stream()
        .filter(recorded -> recorded.subject().equals("node h: children")).findFirst()
        .orElseThrow().index();

    assertThatThrownBy(() -> ConflictResolution.resolve(merged, children, Side.THEIRS))
        .isInstanceOf(EditRefusedException.class)
        .hasMessageStartingWith("Cannot take theirs for node h: children: ")
        .hasMessageContaining("cycle");
  }

  @Test
  void anEntryWithoutValuesCanOnlyKeepOurs() {
    AttackTree listed = withExtensions(likelihood(base(), "a", 0.3), Map.of(
        MergeConflict.EXTENSION, List.of(new MergeConflict(Element.NODE, "a", "likelihood",
            "0.1", "0.3", "0.2", null).toExtension())));
    assertThat(RecordedConflict.of(listed)).singleElement()
        .extracting(RecordedConflict::exact).isEqualTo(false);

    assertThatThrownBy(() -> ConflictResolution.resolve(listed, 0, Side.THEIRS))
        .isInstanceOf(EditRefusedException.class)
        .hasMessage("Only ours can be kept for node a: likelihood: the merge recorded no "
            + "values for it.");
    assertThat(yaml(ConflictResolution.resolve(listed, 0, Side.OURS)))
        .isEqualTo(yaml(likelihood(base(), "a", 0.3)));
  }
}
