package dev.thicket.model.diff;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The changes between two trees cut into units that can be applied to the old tree in any
 * combination and always give a valid tree (docs/analysis.md, "Diff"). Every differing node id,
 * mitigation id and tree setting starts as its own unit; units that depend on each other are
 * merged (the closure rule): a renamed node with its old id; an added, removed or moved node
 * with every parent that gained or lost it; a node with the mitigations it references that exist
 * in one tree only; a node using level names with the scales when they changed; a new root with
 * the old one. With {@code coarse}, every structural unit (one that adds, removes, renames or
 * re-links a node, or changes the root) is merged into one, the fallback when a combination of
 * the fine units still makes an invalid tree.
 */
final class ChangeUnits {
  /** Up to this many units the attribution is exact Shapley values. */
  static final int SHAPLEY_LIMIT = 12;

  private final Structure structure;
  private final List<ChangeUnit> units;

  ChangeUnits(Structure structure, boolean coarse) {
    this.structure = structure;
    this.units = build(coarse);
  }

  List<ChangeUnit> units() {
    return units;
  }

  AttackTree old() {
    return structure.old;
  }

  AttackTree neu() {
    return structure.neu;
  }

  private List<ChangeUnit> build(boolean coarse) {
    AttackTree old = structure.old;
    AttackTree neu = structure.neu;
    Map<String, String> parent = new LinkedHashMap<>();
    Map<String, List<String>> descriptions = new HashMap<>();
    for (FieldChange change : structure.tree) {
      add(parent, descriptions, "s:" + change.field(), change.field() + " of the tree"
          + values(change));
    }
    Set<String> structural = new LinkedHashSet<>();
    for (NodeChange change : structure.nodes) {
      String key = "n:" + change.id();
      for (String description : describe(change)) {
        add(parent, descriptions, key, description);
      }
      if (change.kind() != ChangeKind.CHANGED || change.moved()
          || change.fields().stream().anyMatch(f -> f.field().equals("children"))) {
        structural.add(key);
      }
    }
    for (Node node : neu.nodes().values()) {
      if (!Objects.equals(old.nodes().get(node.id()), node)) {
        add(parent, descriptions, "n:" + node.id(), null);
      }
    }
    for (Node node : old.nodes().values()) {
      if (!neu.nodes().containsKey(node.id())) {
        add(parent, descriptions, "n:" + node.id(), null);
      }
    }
    for (MitigationChange change : structure.mitigations) {
      String key = "m:" + change.id();
      add(parent, descriptions, key, describe(change));
    }
    close(parent, structural);
    if (coarse) {
      structural.add("s:root");
      String first = null;
      for (String key : structural) {
        if (parent.containsKey(key)) {
          first = first == null ? key : first;
          union(parent, first, key);
        }
      }
    }
    return collect(parent, descriptions);
  }

  /** The closure rule: merges units that cannot be applied one without the other. */
  private void close(Map<String, String> parent, Set<String> structural) {
    AttackTree old = structure.old;
    AttackTree neu = structure.neu;
    structure.renames.forEach((newId, oldId) -> union(parent, "n:" + newId, "n:" + oldId));
    for (String id : union(old.nodes().keySet(), neu.nodes().keySet())) {
      Set<String> before = new LinkedHashSet<>(old.nodes().containsKey(id) ? old.parents(id)
          : List.of());
      Set<String> after = new LinkedHashSet<>(neu.nodes().containsKey(id) ? neu.parents(id)
          : List.of());
      if (!before.equals(after)) {
        structural.add("n:" + id);
        for (String p : union(before, after)) {
          if (before.contains(p) != after.contains(p)) {
            union(parent, "n:" + id, "n:" + p);
          }
        }
      }
      for (AttackTree tree : List.of(old, neu)) {
        Node node = tree.nodes().get(id);
        if (node == null || !parent.containsKey("n:" + id)) {
          continue;
        }
        for (String mitigation : node.mitigations()) {
          if (old.mitigations().containsKey(mitigation)
              != neu.mitigations().containsKey(mitigation)) {
            union(parent, "n:" + id, "m:" + mitigation);
          }
        }
        if (parent.containsKey("s:scales") && usesLevels(node)) {
          union(parent, "n:" + id, "s:scales");
        }
      }
    }
    if (parent.containsKey("s:root")) {
      union(parent, "s:root", "n:" + old.root());
      union(parent, "s:root", "n:" + neu.root());
    }
  }

  private static boolean usesLevels(Node node) {
    return Stream.of(node.likelihood(), node.impact()).filter(Objects::nonNull)
        .flatMap(e -> e.range() == null ? Stream.of(e)
            : Stream.of(e, e.range().low(), e.range().high()))
        .anyMatch(Estimate::isLevel);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static void add(Map<String, String> parent, Map<String, List<String>> descriptions,
      String key, String description) {
    parent.putIfAbsent(key, key);
    List<String> list = descriptions.computeIfAbsent(key, k -> new ArrayList<>());
    if (description != null) {
      list.add(description);
    }
  }

  private static String find(Map<String, String> parent, String key) {
    String root = key;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    parent.put(key, root);
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    String rootA = find(parent, a);
    String rootB = find(parent, b);
    if (!rootA.equals(rootB)) {
      parent.put(rootB, rootA);
    }
  }

  /** Units in the new tree's document order: tree fields, nodes, mitigations, removed last. */
  private List<ChangeUnit> collect(Map<String, String> parent,
      Map<String, List<String>> descriptions) {
    List<String> keys = new ArrayList<>(parent.keySet());
    keys.sort(Comparator.comparingInt(this::position));
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (String key : keys) {
      members.computeIfAbsent(find(parent, key), k -> new ArrayList<>()).add(key);
    }
    List<ChangeUnit> result = new ArrayList<>();
    for (List<String> group : members.values()) {
      Set<String> nodes = new LinkedHashSet<>();
      Set<String> mitigations = new LinkedHashSet<>();
      Set<String> settings = new LinkedHashSet<>();
      List<String> texts = new ArrayList<>();
      for (String key : group) {
        String id = key.substring(2);
        (key.startsWith("n:") ? nodes : key.startsWith("m:") ? mitigations : settings).add(id);
        texts.addAll(descriptions.getOrDefault(key, List.of()));
      }
      result.add(new ChangeUnit(nodes, mitigations, settings, texts));
    }
    return List.copyOf(result);
  }

  private int position(String key) {
    String id = key.substring(2);
    if (positions.isEmpty()) {
      index(structure.neu.nodes().keySet(), "n:");
      index(structure.old.nodes().keySet(), "n:");
      index(structure.neu.mitigations().keySet(), "m:");
      index(structure.old.mitigations().keySet(), "m:");
    }
    int nodes = structure.neu.nodes().size() + structure.old.nodes().size();
    int mitigations = structure.neu.mitigations().size() + structure.old.mitigations().size();
    return switch (key.charAt(0)) {
      case 'n', 'm' -> 10 + positions.get(key);
      default -> id.equals("scales") || id.equals("analysis") || id.equals("extensions")
          ? 10 + nodes + mitigations + id.length() : id.length();
    };
  }

  private final Map<String, Integer> positions = new HashMap<>();

  private void index(Set<String> ids, String prefix) {
    for (String id : ids) {
      positions.putIfAbsent(prefix + id, positions.size());
    }
  }

  /** The old tree with {@code chosen} units applied. */
  AttackTree apply(List<ChangeUnit> chosen) {
    AttackTree old = structure.old;
    AttackTree neu = structure.neu;
    Map<String, Node> nodes = new LinkedHashMap<>(old.nodes());
    Map<String, Mitigation> mitigations = new LinkedHashMap<>(old.mitigations());
    Set<String> settings = new LinkedHashSet<>();
    for (ChangeUnit unit : chosen) {
      for (String id : unit.nodes()) {
        Node node = neu.nodes().get(id);
        if (node == null) {
          nodes.remove(id);
        } else {
          nodes.put(id, node);
        }
      }
      for (String id : unit.mitigations()) {
        Mitigation mitigation = neu.mitigations().get(id);
        if (mitigation == null) {
          mitigations.remove(id);
        } else {
          mitigations.put(id, mitigation);
        }
      }
      settings.addAll(unit.settings());
    }
    AttackTree scales = settings.contains("scales") ? neu : old;
    return new AttackTree(
        (settings.contains("title") ? neu : old).title(),
        (settings.contains("description") ? neu : old).description(),
        (settings.contains("root") ? neu : old).root(),
        List.copyOf(nodes.values()), List.copyOf(mitigations.values()),
        scales.scalesGiven() ? scales.scales() : null,
        (settings.contains("analysis") ? neu : old).settings(),
        List.copyOf((settings.contains("profiles") ? neu : old).profiles().values()),
        (settings.contains("extensions") ? neu : old).extensions());
  }

  private static List<String> describe(NodeChange change) {
    String id = change.id();
    return switch (change.kind()) {
      case ADDED -> List.of("added node " + id);
      case REMOVED -> List.of("removed node " + id);
      case RENAMED -> List.of("renamed node " + change.oldId() + " → " + id);
      case CHANGED -> change.fields().stream()
          .map(f -> f.field().equals("parents") ? id + " moved" + values(f)
              : f.field() + " of " + id + values(f))
          .toList();
    };
  }

  private static String describe(MitigationChange change) {
    String id = change.id();
    return switch (change.kind()) {
      case ADDED -> "added mitigation " + id;
      case REMOVED -> "removed mitigation " + id;
      case RENAMED, CHANGED -> String.join("; ", change.fields().stream()
          .map(f -> f.field() + " of " + id + values(f)).toList());
    };
  }

  /** " 0.1 → 0.3", or " changed" for free text. */
  private static String values(FieldChange change) {
    return change.summary().substring(change.field().length());
  }
}
