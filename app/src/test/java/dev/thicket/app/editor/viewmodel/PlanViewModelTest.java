package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.exports.report.Funding;
import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.MitigationPlans;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Plan;
import dev.thicket.model.analysis.PlanFront;
import dev.thicket.model.edit.PutMitigation;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Plan tab's model, with a queue standing in for the UI thread (this test drains it) and the
 * results following the document as in the window.
 */
class PlanViewModelTest {
  private final UiQueue uiThread = new UiQueue();
  private final ResultsViewModel results = new ResultsViewModel(uiThread);
  private DocumentViewModel document;
  private PlanViewModel plans;

  @BeforeEach
  void openKeras() throws Exception {
    open(TreeReader.read(DocumentViewModelTest.KERAS));
  }

  @AfterEach
  void close() {
    plans.close();
    results.close();
  }

  @Test
  void frontIsTheTreesFrontAndFollowsEdits() throws Exception {
    results.analyse(document.tree());
    uiThread.runUntilPlanned(plans, document.tree());
    assertThat(plans.frontProperty().get().candidates())
        .containsExactly("sandbox-loading", "vuln-scanning");

    Mitigation safeFormat = document.tree().mitigations().get("safe-format");
    document.edit(new PutMitigation(safeFormat.withStatus(MitigationStatus.PROPOSED)));
    uiThread.runUntilPlanned(plans, document.tree());

    assertThat(plans.frontProperty().get()).isEqualTo(
        MitigationPlans.front(document.tree(), Funding.MAX_CANDIDATES, AnalysisMonitor.NONE));
    assertThat(plans.frontProperty().get().candidates())
        .containsExactly("sandbox-loading", "safe-format", "vuln-scanning");
    assertThat(plans.statusProperty().get()).isEqualTo("3 candidates, "
        + plans.frontProperty().get().front().size() + " plans");
    assertThat(plans.statusDetailProperty().get()).startsWith("3 candidates (")
        .contains(" plans on the front; computed in ").endsWith(" ms");
  }

  @Test
  void reductionIsVersusTodayAndZeroForThePlanOfNoMitigation() throws Exception {
    results.analyse(document.tree());
    uiThread.runUntilPlanned(plans, document.tree());
    PlanFront front = plans.frontProperty().get();
    Plan last = front.front().get(front.front().size() - 1);

    assertThat(plans.reduction(front.front().get(0))).isZero();
    assertThat(plans.reduction(last)).isEqualTo(front.baseline().risk() - last.risk());
  }

  @Test
  void editCancelsThePlansOfTheOlderTreeAndOnlyTheNewestLand() throws Exception {
    AttackTree first = document.tree();
    results.analyse(first);
    uiThread.runUntilScored(results, first); // its plans are being computed now
    assertThat(plans.runningProperty().get()).isTrue();
    document.edit(new PutMitigation(first.mitigations().get("safe-format")
        .withStatus(MitigationStatus.PROPOSED)));
    uiThread.runUntilPlanned(plans, document.tree());

    assertThat(plans.funding(first)).isEmpty();
    assertThat(plans.funding(document.tree()).orElseThrow().front())
        .contains(plans.frontProperty().get());
  }

  @Test
  void budgetIsTheTreesAndItsEditIsUndoable() throws Exception {
    results.analyse(document.tree());
    uiThread.runUntilPlanned(plans, document.tree());
    assertThat(plans.budgetProperty().get()).isNull();
    assertThat(plans.bestProperty().get()).isNull();

    plans.budgetTextProperty().set("4.5");
    assertThat(plans.commitBudget()).isTrue();

    assertThat(document.tree().settings().budget()).isEqualTo(4.5);
    assertThat(plans.budgetProperty().get()).isEqualTo(4.5);
    assertThat(document.undoTextProperty().get()).isEqualTo("Undo Change tree budget");
    document.undo();
    assertThat(document.tree().settings().budget()).isNull();
    assertThat(plans.budgetTextProperty().get()).isEmpty();
  }

  @Test
  void bestPlanIsTheLeastRiskyWithinTheBudget() throws Exception {
    plans.budgetTextProperty().set("4.5");
    plans.commitBudget();
    uiThread.runUntilPlanned(plans, document.tree());
    PlanFront front = plans.frontProperty().get();

    assertThat(plans.bestProperty().get()).isEqualTo(front.best(4.5).orElseThrow());
    assertThat(plans.bestProperty().get().mitigations()).containsExactly("vuln-scanning");
    plans.budgetTextProperty().set("0.5");
    plans.commitBudget();
    assertThat(plans.bestProperty().get()).isEqualTo(front.front().get(0));
  }

  @Test
  void plannedPointIsThePlannedMitigationsCostAndThePlannedRisk() throws Exception {
    results.analyse(document.tree());
    uiThread.runUntilPlanned(plans, document.tree());
    uiThread.runUntilScored(results, document.tree());

    assertThat(plans.plannedPointProperty().get()).isEqualTo(new PlannedPoint(
        5, results.scoredProperty().get().result().risk().get(Mode.PLANNED), 0));
  }

  @Test
  void markAsPlannedPlansExactlyTheSelectedPlanAsOneUndoableEdit() throws Exception {
    AttackTree before = document.tree();
    results.analyse(document.tree());
    uiThread.runUntilPlanned(plans, before);
    Plan scanOnly = plans.frontProperty().get().front().stream()
        .filter(plan -> plan.mitigations().equals(List.of("vuln-scanning"))).findFirst()
        .orElseThrow();

    plans.selectedProperty().set(scanOnly);
    assertThat(plans.selectedTitles())
        .containsExactly("Scan dependencies for known vulnerabilities");
    assertThat(plans.canMarkProperty().get()).isTrue();
    assertThat(plans.markSelectedAsPlanned()).isTrue();
    uiThread.runUntilPlanned(plans, document.tree());
    uiThread.runUntilScored(results, document.tree());

    assertThat(status(document.tree(), "sandbox-loading")).isEqualTo(MitigationStatus.PROPOSED);
    assertThat(status(document.tree(), "vuln-scanning")).isEqualTo(MitigationStatus.PLANNED);
    assertThat(status(document.tree(), "safe-format")).isEqualTo(MitigationStatus.IMPLEMENTED);
    assertThat(plans.selectedProperty().get()).as("kept across the re-computation")
        .isEqualTo(scanOnly);
    assertThat(plans.canMarkProperty().get()).isFalse();
    assertThat(plans.plannedPointProperty().get().risk())
        .isCloseTo(scanOnly.risk(), within(1e-12));
    document.undo();
    assertThat(document.tree()).isSameAs(before);
    assertThat(plans.canMarkProperty().get()).isTrue();
  }

  /**
   * Mark as planned and the budget change nothing a front reads: the front shown stays, with no
   * run; an edit it reads (an effectiveness) computes it again.
   */
  @Test
  void editsTheFrontDoesNotReadKeepItWithoutARun() throws Exception {
    results.analyse(document.tree());
    uiThread.runUntilPlanned(plans, document.tree());
    PlanFront shown = plans.frontProperty().get();
    plans.selectedProperty().set(shown.front().get(shown.front().size() - 1));

    assertThat(plans.markSelectedAsPlanned()).isTrue();
    plans.budgetTextProperty().set("4.5");
    assertThat(plans.commitBudget()).isTrue();
    uiThread.runUntilScored(results, document.tree());
    assertThat(plans.runningProperty().get()).as("no run after Mark as planned").isFalse();
    uiThread.runUntilPlanned(plans, document.tree());

    assertThat(plans.frontProperty().get()).isSameAs(shown);
    assertThat(plans.frontProperty().get()).isEqualTo(
        MitigationPlans.front(document.tree(), Funding.MAX_CANDIDATES, AnalysisMonitor.NONE));
    assertThat(plans.plannedPointProperty().get().risk()).isCloseTo(
        shown.front().get(shown.front().size() - 1).risk(), within(1e-12));

    Mitigation scanning = document.tree().mitigations().get("vuln-scanning");
    document.edit(new PutMitigation(scanning.withEffectiveness(scanning.effectiveness() / 2)));
    uiThread.runUntilPlanned(plans, document.tree());

    assertThat(plans.frontProperty().get()).isNotSameAs(shown).isEqualTo(
        MitigationPlans.front(document.tree(), Funding.MAX_CANDIDATES, AnalysisMonitor.NONE));
  }

  @Test
  void tooManyCandidatesIsTheReasonThereIsNoFront() throws Exception {
    List<Mitigation> mitigations = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      mitigations.add(new Mitigation("m" + i, "Guard " + i, null, 0.5, 1.0,
          MitigationStatus.PROPOSED, Map.of()));
    }
    open(new AttackTree("Not coherent", null, "goal", List.of(
        Node.gate("goal", "Goal", Gate.OR, 0, List.of("a", "not-b")),
        Node.leaf("a", "A", Estimate.of(0.5))
            .withMitigations(mitigations.stream().map(Mitigation::id).toList()),
        Node.gate("not-b", "Not B", Gate.NOT, 0, List.of("b")),
        Node.leaf("b", "B", Estimate.of(0.5))),
        mitigations, null, AnalysisSettings.NONE, Map.of()));

    results.analyse(document.tree());
    uiThread.runUntilPlanned(plans, document.tree());

    assertThat(plans.frontProperty().get()).isNull();
    assertThat(plans.unavailableProperty().get()).startsWith("the tree has 21 candidate");
    assertThat(plans.statusProperty().get()).startsWith("No plans: the tree has 21 candidate");
    assertThat(plans.funding(document.tree()).orElseThrow().unavailable())
        .isEqualTo(plans.unavailableProperty().get());
  }

  @Test
  void treeWithoutCandidatesHasOnlyTodaysPlan() throws Exception {
    AttackTree keras = document.tree();
    AttackTree allImplemented = keras;
    for (Mitigation mitigation : keras.mitigations().values()) {
      allImplemented = allImplemented.withMitigation(
          mitigation.withStatus(MitigationStatus.IMPLEMENTED));
    }
    open(allImplemented);

    results.analyse(document.tree());
    uiThread.runUntilPlanned(plans, document.tree());

    PlanFront front = plans.frontProperty().get();
    assertThat(front.front()).singleElement()
        .satisfies(plan -> assertThat(plan.mitigations()).isEmpty())
        .satisfies(plan -> assertThat(plan.risk()).isCloseTo(front.baseline().risk(),
            within(1e-12)));
    assertThat(plans.statusProperty().get()).startsWith("No candidates");
  }

  private void open(AttackTree tree) {
    if (plans != null) {
      plans.close();
    }
    document = new DocumentViewModel(tree, null);
    document.treeProperty().addListener((observable, before, after) -> results.analyse(after));
    plans = new PlanViewModel(document, results, new TreePropertiesViewModel(document), uiThread);
  }

  private static MitigationStatus status(AttackTree tree, String id) {
    return tree.mitigations().get(id).status();
  }
}
