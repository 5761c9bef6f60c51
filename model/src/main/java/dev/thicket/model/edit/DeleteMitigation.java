package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Deletes mitigation {@code id} and detaches it from every node. */
public record DeleteMitigation(String id) implements TreeEdit {

  @Override
  public AttackTree apply(AttackTree tree) {
    if (!tree.mitigations().containsKey(id)) {
      throw new EditRefusedException("there is no mitigation '" + id + "'");
    }
    List<Node> nodes = tree.nodes().values().stream()
        .map(node -> node.mitigations().contains(id)
            ? node.withMitigations(node.mitigations().stream()
                .filter(other -> !other.equals(id)).toList())
            : node)
        .toList();
    Map<String, Mitigation> kept = tree.mitigations().values().stream()
        .filter(mitigation -> !mitigation.id().equals(id))
        .collect(Collectors.toMap(Mitigation::id, m -> m, (a, b) -> a,
            java.util.LinkedHashMap::new));
    return Trees.rebuild(tree, nodes, kept.values());
  }

  @Override
  public String description() {
    return "Delete mitigation '" + id + "'";
  }
}
