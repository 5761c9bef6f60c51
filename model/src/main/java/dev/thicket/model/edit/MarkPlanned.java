package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes a mitigation plan the plan: exactly the plan's candidates become {@code planned} and
 * every other candidate {@code proposed}, so that the planned mode counts the implemented
 * mitigations and this plan. Implemented mitigations and those without a cost (never candidates,
 * {@link Mitigation#candidate}) keep their status. A plan naming anything but a candidate is
 * refused.
 *
 * @param plan the ids of the candidates to plan
 */
public record MarkPlanned(Set<String> plan) implements TreeEdit {

  public MarkPlanned {
    plan = Set.copyOf(plan);
  }

  @Override
  public AttackTree apply(AttackTree tree) {
    for (String id : plan) {
      Mitigation mitigation = tree.mitigations().get(id);
      if (mitigation == null || !mitigation.candidate()) {
        throw new EditRefusedException("'" + id + "' is not a candidate mitigation (one not "
            + "implemented, with a cost)");
      }
    }
    List<Mitigation> mitigations = new ArrayList<>();
    for (Mitigation mitigation : tree.mitigations().values()) {
      mitigations.add(!mitigation.candidate() ? mitigation : mitigation.withStatus(
          plan.contains(mitigation.id()) ? MitigationStatus.PLANNED : MitigationStatus.PROPOSED));
    }
    return Trees.rebuild(tree, tree.nodes().values(), mitigations);
  }

  @Override
  public String description() {
    return "Mark plan as planned";
  }
}
