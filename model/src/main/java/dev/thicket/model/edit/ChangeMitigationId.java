package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.List;

/**
 * Gives mitigation {@code id} the id {@code newId} and updates every node that lists it; the
 * mitigation keeps its place in file order. An id in use or one the format refuses (spaces, a
 * leading '-') refuses the edit.
 */
public record ChangeMitigationId(String id, String newId) implements TreeEdit {

  @Override
  public AttackTree apply(AttackTree tree) {
    if (!tree.mitigations().containsKey(id)) {
      throw new EditRefusedException("there is no mitigation '" + id + "'");
    }
    if (newId == null || newId.isBlank()) {
      throw new EditRefusedException("a mitigation needs an id");
    }
    if (!newId.equals(id) && tree.mitigations().containsKey(newId)) {
      throw new EditRefusedException("there is a mitigation '" + newId + "' already");
    }
    List<Mitigation> mitigations = tree.mitigations().values().stream()
        .map(mitigation -> mitigation.id().equals(id) ? renamed(mitigation) : mitigation)
        .toList();
    List<Node> nodes = tree.nodes().values().stream()
        .map(node -> node.mitigations().contains(id)
            ? node.withMitigations(node.mitigations().stream()
                .map(other -> other.equals(id) ? newId : other).toList())
            : node)
        .toList();
    return Trees.rebuild(tree, nodes, mitigations);
  }

  private Mitigation renamed(Mitigation mitigation) {
    return new Mitigation(newId, mitigation.title(), mitigation.description(),
        mitigation.effectiveness(), mitigation.effectivenessRange(), mitigation.cost(),
        mitigation.status(), mitigation.estimates(), mitigation.references(),
        mitigation.extensions());
  }

  @Override
  public String description() {
    return "Change mitigation id '" + id + "' to '" + newId + "'";
  }
}
