package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;

/**
 * Where the mitigations marked {@code planned} put a tree: what they cost and the goal's risk in
 * the planned mode (the Plan tab's "planned" point).
 *
 * @param uncosted planned mitigations without a cost: counted in the risk, not in the cost
 */
public record PlannedPoint(double cost, double risk, int uncosted) {

  /** The point of {@code tree}, whose planned-mode risk is {@code plannedRisk}. */
  static PlannedPoint of(AttackTree tree, double plannedRisk) {
    double cost = 0;
    int uncosted = 0;
    for (Mitigation mitigation : tree.mitigations().values()) {
      if (mitigation.status() == MitigationStatus.PLANNED) {
        if (mitigation.cost() == null) {
          uncosted++;
        } else {
          cost += mitigation.cost();
        }
      }
    }
    return new PlannedPoint(cost, plannedRisk, uncosted);
  }
}
