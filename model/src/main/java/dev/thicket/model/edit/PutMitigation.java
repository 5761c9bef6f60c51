package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Ids;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds {@code mitigation}, or replaces the one of the same id (its title, effectiveness, cost or
 * status); a value out of range (effectiveness 1.2) refuses the edit.
 */
public record PutMitigation(Mitigation mitigation) implements TreeEdit {

  /** A new planned mitigation titled {@code title}, 50 % effective, with a fresh id. */
  public static PutMitigation fresh(AttackTree tree, String title) {
    String id = Ids.unique(NodeIds.slug(title), tree.mitigations()::containsKey);
    return new PutMitigation(new Mitigation(id, title, 0.5, MitigationStatus.PLANNED));
  }

  @Override
  public AttackTree apply(AttackTree tree) {
    Map<String, Mitigation> mitigations = new LinkedHashMap<>(tree.mitigations());
    mitigations.put(mitigation.id(), mitigation);
    return Trees.rebuild(tree, tree.nodes().values(), mitigations.values());
  }

  @Override
  public String description() {
    return "Change mitigation '" + mitigation.title() + "'";
  }
}
