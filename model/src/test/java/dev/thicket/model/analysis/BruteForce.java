package dev.thicket.model.analysis;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The definitions of docs/analysis.md computed the slow, obvious way: by enumerating every
 * outcome of every leaf and mitigation. Independent of the BDD engine; for trees of a few nodes.
 */
final class BruteForce {
  private final AttackTree tree;
  private final List<String> leaves = new ArrayList<>();
  private final List<String> mitigations;
  private final Map<String, Double> probability = new HashMap<>();

  BruteForce(AttackTree tree) {
    this.tree = tree;
    this.mitigations = List.copyOf(tree.mitigations().keySet());
    for (Node node : tree.nodes().values()) {
      if (node.isLeaf()) {
        leaves.add(node.id());
        probability.put(node.id(), node.likelihood() == null ? tree.scales().defaultLikelihood()
            : node.likelihood().resolve(tree.scales().likelihood()));
      }
    }
  }

  /** Σ over all outcomes of their probability, for outcomes where every given node is achieved. */
  double probabilityOfAll(Mode mode, String... ids) {
    return probability(new Setting(mode::counts, Map.of(), null, false), ids);
  }

  /**
   * P(root) with node {@code forced}'s outcome (after its own mitigations) replaced by {@code
   * value} wherever it occurs, everything else as {@code mode} says.
   */
  double probabilityForcing(Mode mode, String forced, boolean value) {
    return probability(new Setting(mode::counts, Map.of(), forced, value), tree.root());
  }

  /** P(root) with the given mitigations counted, at the given effectiveness where overridden. */
  double probabilityCounting(Predicate<Mitigation> counted, Map<String, Double> effectiveness) {
    return probability(new Setting(counted, effectiveness, null, false), tree.root());
  }

  /** Which mitigations count, at what effectiveness, and which node (if any) is forced. */
  private record Setting(Predicate<Mitigation> counted, Map<String, Double> effectiveness,
      String forced, boolean forcedValue) {
    boolean counts(Mitigation mitigation) {
      return counted.test(mitigation);
    }

    double effectiveness(Mitigation mitigation) {
      return effectiveness.getOrDefault(mitigation.id(), mitigation.effectiveness());
    }
  }

  private double probability(Setting setting, String... ids) {
    int n = leaves.size() + mitigations.size();
    double total = 0;
    for (long outcome = 0; outcome < 1L << n; outcome++) {
      Set<String> succeeded = new HashSet<>();
      Set<String> failedMitigations = new HashSet<>();
      double weight = 1;
      for (int i = 0; i < leaves.size(); i++) {
        boolean on = (outcome >> i & 1) == 1;
        double p = probability.get(leaves.get(i));
        weight *= on ? p : 1 - p;
        if (on) {
          succeeded.add(leaves.get(i));
        }
      }
      for (int i = 0; i < mitigations.size(); i++) {
        boolean fails = (outcome >> (leaves.size() + i) & 1) == 1;
        double e = setting.effectiveness(tree.mitigations().get(mitigations.get(i)));
        weight *= fails ? 1 - e : e;
        if (fails) {
          failedMitigations.add(mitigations.get(i));
        }
      }
      if (weight == 0) {
        continue;
      }
      Map<String, Boolean> achieved = evaluate(succeeded, failedMitigations, setting);
      boolean all = true;
      for (String id : ids) {
        all &= achieved.get(id);
      }
      if (all) {
        total += weight;
      }
    }
    return total;
  }

  /** Which nodes are achieved, given the leaves that succeed and the mitigations that fail. */
  Map<String, Boolean> evaluate(Set<String> succeeded, Set<String> failedMitigations, Mode mode) {
    return evaluate(succeeded, failedMitigations, new Setting(mode::counts, Map.of(), null, false));
  }

  private Map<String, Boolean> evaluate(Set<String> succeeded, Set<String> failedMitigations,
      Setting setting) {
    Map<String, Boolean> achieved = new HashMap<>();
    evaluate(tree.root(), succeeded, failedMitigations, setting, achieved);
    for (String id : tree.nodes().keySet()) {
      evaluate(id, succeeded, failedMitigations, setting, achieved);
    }
    return achieved;
  }

  private boolean evaluate(String id, Set<String> succeeded, Set<String> failed, Setting setting,
      Map<String, Boolean> achieved) {
    Boolean known = achieved.get(id);
    if (known != null) {
      return known;
    }
    if (id.equals(setting.forced())) {
      achieved.put(id, setting.forcedValue());
      return setting.forcedValue();
    }
    Node node = tree.node(id);
    boolean raw;
    if (node.isLeaf()) {
      raw = succeeded.contains(id);
    } else {
      int count = 0;
      for (String child : node.children()) {
        count += evaluate(child, succeeded, failed, setting, achieved) ? 1 : 0;
      }
      int n = node.children().size();
      raw = switch (node.gate()) {
        case AND -> count == n;
        case OR -> count >= 1;
        case ATLEAST -> count >= node.k();
        case NOT -> count == 0;
        case XOR -> count == 1;
        case LEAF -> throw new IllegalStateException();
      };
    }
    for (String m : node.mitigations()) {
      Mitigation mitigation = tree.mitigations().get(m);
      if (setting.counts(mitigation) && !failed.contains(m)) {
        raw = false;
      }
    }
    achieved.put(id, raw);
    return raw;
  }

  /** Minimal sets of leaves achieving the root when mitigations are ignored. */
  List<Set<String>> minimalCutSets() {
    List<Set<String>> cutSets = new ArrayList<>();
    for (long subset = 0; subset < 1L << leaves.size(); subset++) {
      Set<String> set = new HashSet<>();
      for (int i = 0; i < leaves.size(); i++) {
        if ((subset >> i & 1) == 1) {
          set.add(leaves.get(i));
        }
      }
      if (evaluate(set, Set.of(), Mode.INHERENT).get(tree.root())) {
        cutSets.add(set);
      }
    }
    cutSets.removeIf(set -> cutSets.stream().anyMatch(o -> o != set && set.containsAll(o)
        && o.size() < set.size()));
    return cutSets;
  }

  /** Leaves' probabilities × (1 − e) of each counted mitigation on nodes achieved on the way. */
  double scenarioProbability(Set<String> cutSet, Mode mode) {
    Map<String, Boolean> achieved = evaluate(cutSet, Set.of(), Mode.INHERENT);
    Set<String> onTheWay = new HashSet<>();
    List<String> todo = new ArrayList<>(List.of(tree.root()));
    while (!todo.isEmpty()) {
      String id = todo.remove(todo.size() - 1);
      if (achieved.get(id) && onTheWay.add(id)) {
        todo.addAll(tree.node(id).children());
      }
    }
    double p = 1;
    for (String leaf : cutSet) {
      p *= probability.get(leaf);
    }
    Set<String> counted = new HashSet<>();
    for (String id : onTheWay) {
      for (String m : tree.node(id).mitigations()) {
        if (mode.counts(tree.mitigations().get(m)) && counted.add(m)) {
          p *= 1 - tree.mitigations().get(m).effectiveness();
        }
      }
    }
    return p;
  }
}
