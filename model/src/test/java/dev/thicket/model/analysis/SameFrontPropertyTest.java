package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link MitigationPlans#sameFront}: an edit it lets through leaves the front computed afresh
 * equal to the one before, to the last bit; an edit the front reads is never let through.
 */
class SameFrontPropertyTest {
  @Property(tries = 300)
  void editsTheFrontDoesNotReadKeepItAndTheOthersAreSeen(@ForAll long seed) {
    AttackTree before = MitigationPlansPropertyTest.withCandidates(
        RandomTrees.generate(seed, 7, 6, 6), seed);
    List<Mitigation> mitigations = List.copyOf(before.mitigations().values());
    if (mitigations.isEmpty()) {
      return;
    }
    Random random = new Random(seed);
    Mitigation one = mitigations.get(random.nextInt(mitigations.size()));

    AttackTree unseen = switch (random.nextInt(3)) {
      case 0 -> before.withMitigation(one.withStatus(one.status() == MitigationStatus.IMPLEMENTED
          ? MitigationStatus.IMPLEMENTED : one.status() == MitigationStatus.PLANNED
              ? MitigationStatus.PROPOSED : MitigationStatus.PLANNED));
      case 1 -> before.withSettings(before.settings().withBudget(1.0 + random.nextInt(50)));
      default -> {
        AttackTree flipped = before;
        for (Mitigation m : mitigations) {
          if (m.status() != MitigationStatus.IMPLEMENTED) {
            flipped = flipped.withMitigation(m.withStatus(m.status() == MitigationStatus.PLANNED
                ? MitigationStatus.PROPOSED : MitigationStatus.PLANNED));
          }
        }
        yield flipped;
      }
    };
    assertThat(MitigationPlans.sameFront(before, unseen)).isTrue();
    assertThat(MitigationPlans.front(unseen, 64, AnalysisMonitor.NONE))
        .isEqualTo(MitigationPlans.front(before, 64, AnalysisMonitor.NONE));

    double effectiveness = one.effectiveness() > 0.5 ? one.effectiveness() - 0.25
        : one.effectiveness() + 0.25;
    Double cost = one.cost() == null ? 5.0 : null;
    MitigationStatus across = one.status() == MitigationStatus.IMPLEMENTED
        ? MitigationStatus.PROPOSED : MitigationStatus.IMPLEMENTED;
    for (Mitigation seen : List.of(one.withEffectiveness(effectiveness),
        new Mitigation(one.id(), one.title(), one.description(), one.effectiveness(), cost,
            one.status(), one.extensions()),
        one.withStatus(across))) {
      assertThat(MitigationPlans.sameFront(before, before.withMitigation(seen)))
          .as("%s → %s", one, seen).isFalse();
    }
  }
}
