package dev.thicket.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkPlannedTest {
  private final AttackTree tree = withMitigations();

  /** patch planned, audit proposed, scan proposed (all costed), done implemented, free planned. */
  private static AttackTree withMitigations() {
    AttackTree sample = SmallTrees.sample()
        .withMitigation(costed("patch", MitigationStatus.PLANNED))
        .withMitigation(costed("audit", MitigationStatus.PROPOSED))
        .withMitigation(costed("scan", MitigationStatus.PROPOSED))
        .withMitigation(costed("done", MitigationStatus.IMPLEMENTED))
        .withMitigation(new Mitigation("free", "Free", 0.5, MitigationStatus.PLANNED));
    return sample.withNode(sample.node("a1")
        .withMitigations(List.of("patch", "audit", "scan", "done", "free")));
  }

  private static Mitigation costed(String id, MitigationStatus status) {
    return new Mitigation(id, id, null, 0.5, 2.0, status, Map.of());
  }

  @Test
  void planCandidatesBecomePlannedOtherCandidatesProposedTheRestStay() {
    AttackTree after = new MarkPlanned(Set.of("audit", "scan")).apply(tree);

    assertThat(statuses(after)).isEqualTo(Map.of(
        "patch", MitigationStatus.PROPOSED, "audit", MitigationStatus.PLANNED,
        "scan", MitigationStatus.PLANNED, "done", MitigationStatus.IMPLEMENTED,
        "free", MitigationStatus.PLANNED));
    assertThat(after.nodes()).isEqualTo(tree.nodes());
    assertThat(List.copyOf(after.mitigations().keySet()))
        .containsExactly("patch", "audit", "scan", "done", "free");
  }

  @Test
  void emptyPlanMakesEveryCandidateProposed() {
    AttackTree after = new MarkPlanned(Set.of()).apply(tree);

    assertThat(after.mitigations().values()).filteredOn(Mitigation::candidate)
        .extracting(Mitigation::status).containsOnly(MitigationStatus.PROPOSED);
    assertThat(after.mitigations().get("free").status()).isEqualTo(MitigationStatus.PLANNED);
  }

  @Test
  void implementedOrUnknownMitigationInThePlanIsRefused() {
    assertThatThrownBy(() -> new MarkPlanned(Set.of("patch", "done")).apply(tree))
        .isInstanceOf(EditRefusedException.class)
        .hasMessage("'done' is not a candidate mitigation (one not implemented, with a cost)");
    assertThatThrownBy(() -> new MarkPlanned(Set.of("nothing")).apply(tree))
        .isInstanceOf(EditRefusedException.class);
  }

  @Test
  void undoReturnsTheStatusesBefore() {
    EditHistory history = new EditHistory(tree);
    history.apply(new MarkPlanned(Set.of("scan")));

    history.undo();

    assertThat(history.current()).isSameAs(tree);
    assertThat(history.nextRedo().orElseThrow().description()).isEqualTo("Mark plan as planned");
  }

  private static Map<String, MitigationStatus> statuses(AttackTree tree) {
    Map<String, MitigationStatus> statuses = new LinkedHashMap<>();
    tree.mitigations().values().forEach(m -> statuses.put(m.id(), m.status()));
    return statuses;
  }
}
