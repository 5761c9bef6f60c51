package dev.thicket.model.diff;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The structural changes between two trees by id: nodes and mitigations added, removed, renamed
 * or changed (field by field), and the tree's own fields. Cost: linear in the trees' sizes
 * ({@link NodeRenames}).
 */
final class Structure {
  final AttackTree old;
  final AttackTree neu;
  /** New id → old id of every renamed node. */
  final Map<String, String> renames = new LinkedHashMap<>();
  /** Old id → new id of every renamed node. */
  private final Map<String, String> newIds = new java.util.HashMap<>();
  final List<FieldChange> tree = new ArrayList<>();
  final List<NodeChange> nodes = new ArrayList<>();
  final List<MitigationChange> mitigations = new ArrayList<>();

  Structure(AttackTree old, AttackTree neu) {
    this.old = old;
    this.neu = neu;
    renames.putAll(NodeRenames.of(old, neu));
    renames.forEach((newId, oldId) -> newIds.put(oldId, newId));
    compareTree();
    compareNodes();
    compareMitigations();
  }

  private void compareTree() {
    field(tree, "title", old.title(), neu.title());
    field(tree, "description", old.description(), neu.description());
    field(tree, "root", old.root(), neu.root());
    field(tree, "scales", FieldText.scales(old), FieldText.scales(neu));
    field(tree, "analysis", FieldText.settings(old.settings()),
        FieldText.settings(neu.settings()));
    field(tree, "profiles", FieldText.profiles(old.profiles().values()),
        FieldText.profiles(neu.profiles().values()));
    field(tree, "extensions", FieldText.extensions(old.extensions()),
        FieldText.extensions(neu.extensions()));
  }

  private void compareNodes() {
    Set<String> renamedOld = new LinkedHashSet<>(renames.values());
    for (Node after : neu.nodes().values()) {
      String oldId = renames.getOrDefault(after.id(), after.id());
      Node before = old.nodes().get(oldId);
      if (before == null) {
        nodes.add(new NodeChange(after.id(), after.id(), ChangeKind.ADDED, false,
            nodeFields(null, after)));
        continue;
      }
      Set<String> parentsBefore = new TreeSet<>();
      old.parents(oldId).forEach(p -> parentsBefore.add(newId(p)));
      Set<String> parentsAfter = new TreeSet<>(neu.parents(after.id()));
      List<FieldChange> fields = nodeFields(before, after);
      boolean moved = !parentsBefore.equals(parentsAfter);
      if (moved) {
        fields.add(0, new FieldChange("parents", String.join(", ", parentsBefore),
            String.join(", ", parentsAfter)));
      }
      if (!oldId.equals(after.id())) {
        nodes.add(new NodeChange(after.id(), oldId, ChangeKind.RENAMED, moved, fields));
      } else if (!fields.isEmpty()) {
        nodes.add(new NodeChange(after.id(), oldId, ChangeKind.CHANGED, moved, fields));
      }
    }
    for (Node before : old.nodes().values()) {
      if (!neu.nodes().containsKey(before.id()) && !renamedOld.contains(before.id())) {
        nodes.add(new NodeChange(before.id(), before.id(), ChangeKind.REMOVED, false,
            nodeFields(before, null)));
      }
    }
  }

  /** The id in the new tree of the old tree's node {@code oldId}. */
  String newId(String oldId) {
    return newIds.getOrDefault(oldId, oldId);
  }

  private List<FieldChange> nodeFields(Node before, Node after) {
    List<FieldChange> fields = new ArrayList<>();
    field(fields, "title", before == null ? null : before.title(),
        after == null ? null : after.title());
    field(fields, "description", before == null ? null : before.description(),
        after == null ? null : after.description());
    field(fields, "gate", before == null ? null : FieldText.gate(before),
        after == null ? null : FieldText.gate(after));
    field(fields, "children", before == null ? null : children(before),
        after == null ? null : FieldText.list(after.children()));
    field(fields, "likelihood", before == null ? null : FieldText.estimate(before.likelihood()),
        after == null ? null : FieldText.estimate(after.likelihood()));
    field(fields, "impact", before == null ? null : FieldText.estimate(before.impact()),
        after == null ? null : FieldText.estimate(after.impact()));
    field(fields, "cost", before == null ? null : FieldText.number(before.attacker().cost()),
        after == null ? null : FieldText.number(after.attacker().cost()));
    field(fields, "time", before == null ? null : FieldText.number(before.attacker().time()),
        after == null ? null : FieldText.number(after.attacker().time()));
    field(fields, "potential", before == null ? null : FieldText.potential(before),
        after == null ? null : FieldText.potential(after));
    field(fields, "rationale", before == null ? null : before.rationale(),
        after == null ? null : after.rationale());
    field(fields, "references", before == null ? null : FieldText.list(before.references()),
        after == null ? null : FieldText.list(after.references()));
    field(fields, "mitigations", before == null ? null : FieldText.list(before.mitigations()),
        after == null ? null : FieldText.list(after.mitigations()));
    field(fields, "estimates", before == null ? null : FieldText.votes(before.estimates()),
        after == null ? null : FieldText.votes(after.estimates()));
    field(fields, "extensions",
        before == null ? null : FieldText.extensions(before.extensions()),
        after == null ? null : FieldText.extensions(after.extensions()));
    return fields;
  }

  private String children(Node before) {
    return FieldText.list(before.children().stream().map(this::newId).toList());
  }


  private void compareMitigations() {
    for (Mitigation after : neu.mitigations().values()) {
      Mitigation before = old.mitigations().get(after.id());
      List<FieldChange> fields = mitigationFields(before, after);
      if (before == null) {
        mitigations.add(new MitigationChange(after.id(), ChangeKind.ADDED, fields));
      } else if (!fields.isEmpty()) {
        mitigations.add(new MitigationChange(after.id(), ChangeKind.CHANGED, fields));
      }
    }
    for (Mitigation before : old.mitigations().values()) {
      if (!neu.mitigations().containsKey(before.id())) {
        mitigations.add(new MitigationChange(before.id(), ChangeKind.REMOVED,
            mitigationFields(before, null)));
      }
    }
  }

  private static List<FieldChange> mitigationFields(Mitigation before, Mitigation after) {
    List<FieldChange> fields = new ArrayList<>();
    field(fields, "title", before == null ? null : before.title(),
        after == null ? null : after.title());
    field(fields, "description", before == null ? null : before.description(),
        after == null ? null : after.description());
    field(fields, "effectiveness",
        before == null ? null : FieldText.estimate(before.effectivenessEstimate()),
        after == null ? null : FieldText.estimate(after.effectivenessEstimate()));
    field(fields, "cost", before == null ? null : FieldText.cost(before),
        after == null ? null : FieldText.cost(after));
    field(fields, "status", before == null ? null : before.status().keyword(),
        after == null ? null : after.status().keyword());
    field(fields, "references", before == null ? null : FieldText.list(before.references()),
        after == null ? null : FieldText.list(after.references()));
    field(fields, "estimates", before == null ? null : FieldText.votes(before.estimates()),
        after == null ? null : FieldText.votes(after.estimates()));
    field(fields, "extensions",
        before == null ? null : FieldText.extensions(before.extensions()),
        after == null ? null : FieldText.extensions(after.extensions()));
    return fields;
  }

  private static void field(List<FieldChange> fields, String name, String before, String after) {
    if (!Objects.equals(before, after)) {
      fields.add(new FieldChange(name, before, after));
    }
  }
}
