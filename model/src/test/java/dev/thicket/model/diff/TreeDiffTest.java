package dev.thicket.model.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.analysis.Mode;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeDiffTest {

  private static AttackTree tree(List<Node> nodes, List<Mitigation> mitigations) {
    return new AttackTree("T", null, "goal", nodes, mitigations, null, AnalysisSettings.NONE,
        Map.of());
  }

  private static AttackTree orOf(double a, double b) {
    return tree(List.of(Node.gate("goal", "Goal", Gate.OR, 0, List.of("a", "b")),
        Node.leaf("a", "A", Estimate.of(a)), Node.leaf("b", "B", Estimate.of(b))), List.of());
  }

  @Test
  void shapleySharesOfTwoLikelihoodChangesUnderOr() {
    // v(∅) = 1 - .9·.8 = .28, v(a) = 1 - .8·.8 = .36, v(b) = 1 - .9·.6 = .46, v(ab) = .52
    // φa = (.36 - .28)/2 + (.52 - .46)/2 = .07, φb = (.46 - .28)/2 + (.52 - .36)/2 = .17
    TreeDiff diff = TreeDiff.of(orOf(0.1, 0.2), orOf(0.2, 0.4));

    Attribution attribution = diff.attribution();
    assertThat(attribution.method()).isEqualTo(Attribution.Method.SHAPLEY);
    assertThat(attribution.shares()).hasSize(2);
    assertThat(attribution.shares().get(0).unit().label()).isEqualTo("likelihood of a 0.1 → 0.2");
    assertThat(attribution.shares().get(0).value()).isCloseTo(0.07, within(1e-12));
    assertThat(attribution.shares().get(1).unit().label()).isEqualTo("likelihood of b 0.2 → 0.4");
    assertThat(attribution.shares().get(1).value()).isCloseTo(0.17, within(1e-12));
    assertThat(attribution.total()).isCloseTo(0.24, within(1e-12));
  }

  @Test
  void reportsChangedFieldsAndRiskPerMode() {
    TreeDiff diff = TreeDiff.of(orOf(0.1, 0.2), orOf(0.2, 0.2));

    assertThat(diff.nodes()).containsExactly(new NodeChange("a", "a", ChangeKind.CHANGED, false,
        List.of(new FieldChange("likelihood", "0.1", "0.2"))));
    assertThat(diff.risk().riskBefore().get(Mode.RESIDUAL)).isCloseTo(0.28, within(1e-12));
    assertThat(diff.risk().riskAfter().get(Mode.RESIDUAL)).isCloseTo(0.36, within(1e-12));
  }

  @Test
  void analysisSettingsAreShownAsTheFileGivesThem() {
    AttackTree old = orOf(0.1, 0.2).withSettings(new AnalysisSettings(null, 0.25));

    TreeDiff diff = TreeDiff.of(old, old.withSettings(new AnalysisSettings(0.2, 0.3, 500.0)));

    assertThat(diff.tree()).containsExactly(new FieldChange("analysis",
        "highRiskThreshold 0.25", "criticalThreshold 0.2, highRiskThreshold 0.3, budget 500"));
    assertThat(TreeDiff.of(orOf(0.1, 0.2), old).tree()).containsExactly(
        new FieldChange("analysis", null, "highRiskThreshold 0.25"));
  }

  private static AttackTree orOf(double a, double b, double c) {
    return tree(List.of(Node.gate("goal", "Goal", Gate.OR, 0, List.of("a", "b", "c")),
        Node.leaf("a", "A", Estimate.of(a)), Node.leaf("b", "B", Estimate.of(b)),
        Node.leaf("c", "C", Estimate.of(c))), List.of());
  }

  @Test
  void scenariosThatChangedRankAreListedByNewRank() {
    // ranks a, b, c before; c, a, b after
    TreeDiff diff = TreeDiff.of(orOf(0.3, 0.2, 0.1), orOf(0.3, 0.2, 0.4));

    assertThat(diff.risk().scenariosMoved()).containsExactly(
        new ScenarioMove(List.of("c"), 3, 1), new ScenarioMove(List.of("a"), 1, 2),
        new ScenarioMove(List.of("b"), 2, 3));
    assertThat(diff.risk().scenariosAppeared()).isEmpty();
  }

  @Test
  void scenarioKeepingItsRankDidNotMove() {
    TreeDiff diff = TreeDiff.of(orOf(0.3, 0.2, 0.1), orOf(0.3, 0.15, 0.1));

    assertThat(diff.risk().scenariosMoved()).isEmpty();
  }

  @Test
  void sameTreeHasNoChangesAndNoShares() {
    TreeDiff diff = TreeDiff.of(orOf(0.1, 0.2), orOf(0.1, 0.2));

    assertThat(diff.same()).isTrue();
    assertThat(diff.attribution().shares()).isEmpty();
    assertThat(diff.attribution().total()).isZero();
  }

  @Test
  void renamedLeafIsARenameNotARemovalAndAnAddition() {
    AttackTree old = orOf(0.1, 0.2);
    AttackTree neu = tree(List.of(Node.gate("goal", "Goal", Gate.OR, 0, List.of("a", "bee")),
        Node.leaf("a", "A", Estimate.of(0.1)), Node.leaf("bee", "B", Estimate.of(0.2))),
        List.of());

    TreeDiff diff = TreeDiff.of(old, neu);

    assertThat(diff.nodes()).containsExactly(
        new NodeChange("bee", "b", ChangeKind.RENAMED, false, List.of()));
    assertThat(diff.attribution().shares()).singleElement()
        .satisfies(share -> assertThat(share.value()).isZero());
  }

  @Test
  void addedLeafIsOneUnitWithTheGateThatListsIt() {
    AttackTree old = orOf(0.1, 0.2);
    AttackTree neu = tree(List.of(Node.gate("goal", "Goal", Gate.OR, 0, List.of("a", "b", "c")),
        Node.leaf("a", "A", Estimate.of(0.1)), Node.leaf("b", "B", Estimate.of(0.2)),
        Node.leaf("c", "C", Estimate.of(0.5))), List.of());

    TreeDiff diff = TreeDiff.of(old, neu);

    assertThat(diff.nodes()).extracting(NodeChange::id, NodeChange::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("goal", ChangeKind.CHANGED),
        org.assertj.core.groups.Tuple.tuple("c", ChangeKind.ADDED));
    assertThat(diff.attribution().shares()).singleElement().satisfies(share -> {
      assertThat(share.unit().nodes()).containsExactlyInAnyOrder("goal", "c");
      assertThat(share.value()).isCloseTo(0.64 - 0.28, within(1e-12));
    });
  }

  /**
   * Changes no risk reads (a title, a mitigation's references) are in the structure but not among
   * the reasons the risk moved; with none left, there is no share at all.
   */
  @Test
  void changesNoRiskReadsAreNoReasons() {
    Mitigation m = new Mitigation("m", "M", 0.5, MitigationStatus.IMPLEMENTED);
    List<Node> before = List.of(Node.gate("goal", "Goal", Gate.OR, 0, List.of("a", "b")),
        Node.leaf("a", "A", Estimate.of(0.5)).withMitigations(List.of("m")),
        Node.leaf("b", "B", Estimate.of(0.2)));
    List<Node> after = List.of(Node.gate("goal", "The goal", Gate.OR, 0, List.of("a", "b")),
        Node.leaf("a", "A", Estimate.of(0.5)).withMitigations(List.of("m")),
        Node.leaf("b", "B", Estimate.of(0.4)));
    AttackTree old = tree(before, List.of(m));

    TreeDiff wordsAndNumbers = TreeDiff.of(old,
        tree(after, List.of(m.withReferences(List.of("SEC-1")))));
    TreeDiff wordsOnly = TreeDiff.of(old, tree(before.stream()
        .map(n -> n.id().equals("goal") ? n.withTitle("The goal") : n).toList(), List.of(m)));

    assertThat(wordsAndNumbers.nodes()).hasSize(2);
    assertThat(wordsAndNumbers.mitigations()).hasSize(1);
    assertThat(wordsAndNumbers.attribution().shares()).singleElement().satisfies(share -> {
      assertThat(share.unit().nodes()).containsExactly("b");
      assertThat(share.value()).isCloseTo(wordsAndNumbers.attribution().total(), within(1e-15));
    });
    assertThat(wordsOnly.nodes()).hasSize(1);
    assertThat(wordsOnly.attribution().shares()).isEmpty();
    assertThat(wordsOnly.attribution().total()).isZero();
  }

  /** A mitigation's references are one of its fields, free text: "references changed". */
  @Test
  void mitigationReferencesChangedAreAFieldChange() {
    Mitigation before = new Mitigation("m", "M", 0.5, MitigationStatus.PLANNED);
    List<Node> nodes = List.of(Node.gate("goal", "Goal", Gate.OR, 0, List.of("a")),
        Node.leaf("a", "A", Estimate.of(0.5)).withMitigations(List.of("m")));

    TreeDiff diff = TreeDiff.of(tree(nodes, List.of(before)),
        tree(nodes, List.of(before.withReferences(List.of("SEC-1", "https://x.example/m")))));

    assertThat(diff.mitigations()).singleElement().satisfies(change -> {
      assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
      assertThat(change.fields()).extracting(FieldChange::summary)
          .containsExactly("references changed");
      assertThat(change.fields().get(0).after()).contains("SEC-1", "https://x.example/m");
    });
  }

  @Test
  void movedLeafAndImplementedMitigation() {
    Mitigation planned = new Mitigation("m", "M", 0.5, MitigationStatus.PLANNED);
    AttackTree old = tree(List.of(Node.gate("goal", "Goal", Gate.OR, 0, List.of("x", "y")),
        Node.gate("x", "X", Gate.AND, 0, List.of("a", "b")),
        Node.gate("y", "Y", Gate.OR, 0, List.of("c")),
        Node.leaf("a", "A", Estimate.of(0.5)).withMitigations(List.of("m")),
        Node.leaf("b", "B", Estimate.of(0.5)), Node.leaf("c", "C", Estimate.of(0.1))),
        List.of(planned));
    AttackTree neu = tree(List.of(Node.gate("goal", "Goal", Gate.OR, 0, List.of("x", "y")),
        Node.gate("x", "X", Gate.AND, 0, List.of("a")),
        Node.gate("y", "Y", Gate.OR, 0, List.of("c", "b")),
        Node.leaf("a", "A", Estimate.of(0.5)).withMitigations(List.of("m")),
        Node.leaf("b", "B", Estimate.of(0.5)), Node.leaf("c", "C", Estimate.of(0.1))),
        List.of(planned.withStatus(MitigationStatus.IMPLEMENTED)));

    TreeDiff diff = TreeDiff.of(old, neu);

    assertThat(diff.nodes()).filteredOn(NodeChange::moved).singleElement()
        .satisfies(change -> {
          assertThat(change.id()).isEqualTo("b");
          assertThat(change.fields()).containsExactly(new FieldChange("parents", "x", "y"));
        });
    assertThat(diff.mitigations()).containsExactly(new MitigationChange("m", ChangeKind.CHANGED,
        List.of(new FieldChange("status", "planned", "implemented"))));
    assertThat(diff.attribution().shares()).hasSize(2);
    double sum = diff.attribution().shares().stream().mapToDouble(Attribution.Share::value).sum();
    assertThat(sum).isCloseTo(diff.attribution().total(), within(1e-12));
  }

  @Test
  void gatesThatSwapPlacesAreOneUnit() {
    AttackTree old = tree(List.of(Node.gate("goal", "Goal", Gate.OR, 0, List.of("x")),
        Node.gate("x", "X", Gate.AND, 0, List.of("y", "a")),
        Node.gate("y", "Y", Gate.OR, 0, List.of("b")),
        Node.leaf("a", "A", Estimate.of(0.5)), Node.leaf("b", "B", Estimate.of(0.4))),
        List.of());
    AttackTree neu = tree(List.of(Node.gate("goal", "Goal", Gate.OR, 0, List.of("y")),
        Node.gate("x", "X", Gate.AND, 0, List.of("a")),
        Node.gate("y", "Y", Gate.OR, 0, List.of("b", "x")),
        Node.leaf("a", "A", Estimate.of(0.5)), Node.leaf("b", "B", Estimate.of(0.4))),
        List.of());

    TreeDiff diff = TreeDiff.of(old, neu);

    assertThat(diff.nodes()).filteredOn(NodeChange::moved).extracting(NodeChange::id)
        .containsExactly("x", "y");
    assertThat(diff.attribution().shares()).singleElement().satisfies(share -> {
      assertThat(share.unit().nodes()).containsExactlyInAnyOrder("goal", "x", "y");
      assertThat(share.value()).isCloseTo((1 - 0.6 * 0.5) - 0.5 * 0.4, within(1e-12));
    });
  }

  private static AttackTree orOfThirteen(double likelihood) {
    List<String> leaves = java.util.stream.IntStream.range(0, 13).mapToObj(i -> "l" + i)
        .toList();
    List<Node> nodes = new java.util.ArrayList<>();
    nodes.add(Node.gate("goal", "Goal", Gate.OR, 0, leaves));
    leaves.forEach(id -> nodes.add(Node.leaf(id, id, Estimate.of(likelihood))));
    return tree(nodes, List.of());
  }

  @Test
  void moreThanTwelveUnitsAreAttributedSequentiallyInFileOrder() {
    TreeDiff diff = TreeDiff.of(orOfThirteen(0.1), orOfThirteen(0.2));

    Attribution attribution = diff.attribution();
    assertThat(attribution.method()).isEqualTo(Attribution.Method.SEQUENTIAL);
    assertThat(attribution.shares()).hasSize(13);
    // step k (from 0) turns one factor 0.9 into 0.8: 1 - 0.9^(13-k-1)·0.8^(k+1) - previous
    for (int k = 0; k < 13; k++) {
      assertThat(attribution.shares().get(k).unit().nodes()).containsExactly("l" + k);
      assertThat(attribution.shares().get(k).value())
          .isCloseTo(0.1 * Math.pow(0.9, 12 - k) * Math.pow(0.8, k), within(1e-12));
    }
  }

  private static AttackTree orOfThirteen(double first, List<String> order) {
    List<Node> nodes = new java.util.ArrayList<>();
    nodes.add(Node.gate("goal", "Goal", Gate.OR, 0, order));
    for (int i = 0; i < 13; i++) {
      nodes.add(Node.leaf("l" + i, "l" + i, Estimate.of(i == 0 ? first : 0.1)));
    }
    return tree(nodes, List.of());
  }

  private static List<String> thirteen() {
    return java.util.stream.IntStream.range(0, 13).mapToObj(i -> "l" + i).toList();
  }

  /**
   * Reordered children change the file, not the function: no reason the risk moved, and no
   * scenario comes, goes or moves among the twelve tied at 0.1 (ten are listed).
   */
  @Test
  void reorderedChildrenAreAChangeButMoveNoRiskAndNoScenario() {
    List<String> reversed = new java.util.ArrayList<>(thirteen());
    java.util.Collections.reverse(reversed);

    TreeDiff diff = TreeDiff.of(orOfThirteen(0.5, thirteen()), orOfThirteen(0.5, reversed));

    assertThat(diff.nodes()).singleElement().satisfies(change ->
        assertThat(change.id()).isEqualTo("goal"));
    assertThat(diff.attribution().shares()).isEmpty();
    assertThat(diff.attribution().total()).isZero();
    assertThat(diff.risk().scenariosAppeared()).isEmpty();
    assertThat(diff.risk().scenariosDisappeared()).isEmpty();
    assertThat(diff.risk().scenariosMoved()).isEmpty();
  }

  /**
   * A scenario falling below the tied class leaves the top and is reported, and the tied ones
   * below it move up one rank; the tied one that takes the last place is not news.
   */
  @Test
  void aScenarioFallingBelowTiesIsReportedAndTheTiesAreNot() {
    TreeDiff diff = TreeDiff.of(orOfThirteen(0.5, thirteen()), orOfThirteen(0.05, thirteen()));

    RiskChange risk = diff.risk();
    assertThat(risk.scenariosDisappeared()).containsExactly(List.of("l0"));
    assertThat(risk.scenariosAppeared()).isEmpty();
    assertThat(risk.scenariosMoved()).hasSize(RiskChange.TOP_SCENARIOS - 1)
        .allSatisfy(move -> assertThat(move.after()).isEqualTo(move.before() - 1));
  }
}
