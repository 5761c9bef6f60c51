package dev.thicket.exports;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Scales;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small valid attack trees built from a fuzzer's data: up to 12 nodes (shared ones too), every
 * gate kind, up to 4 mitigations of every status, optional scales with fuzzed level names,
 * thresholds and budget; titles, descriptions, rationales, references, ids and level names are
 * fuzzed text (ids within the id alphabet). Valid by construction: a tree the fuzzer gives is one
 * a user could have saved.
 */
final class FuzzedTrees {
  static final int MAX_NODES = 12;
  static final int MAX_MITIGATIONS = 4;
  private static final String ID_CHARACTERS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
  /** Numbers that have tripped formatting before: zero, one, the tiniest and largest doubles. */
  private static final double[] SPECIAL = {0, 1, Double.MIN_VALUE, 1e-300, 1e-7, 0.1 + 0.2,
      1 - 1e-16, 0.5};

  private FuzzedTrees() {}

  static AttackTree tree(FuzzedDataProvider data) {
    Scales scales = data.consumeBoolean() ? null : scales(data);
    Scales resolved = scales == null ? Scales.DEFAULT : scales;
    List<Mitigation> mitigations = new ArrayList<>();
    Set<String> mitigationIds = new HashSet<>();
    for (int i = data.consumeInt(0, MAX_MITIGATIONS); i > 0; i--) {
      mitigations.add(mitigation(data, id(data, mitigationIds)));
    }
    int count = data.consumeInt(1, MAX_NODES);
    Set<String> taken = new HashSet<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(id(data, taken));
    }
    List<List<String>> children = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      children.add(new ArrayList<>());
      if (i > 0) {
        children.get(data.consumeInt(0, i - 1)).add(ids.get(i));
      }
    }
    for (int extra = data.consumeInt(0, count); extra > 0; extra--) {
      int from = data.consumeInt(0, count - 1);
      int to = data.consumeInt(0, count - 1);
      if (to > from && !children.get(from).contains(ids.get(to))) {
        children.get(from).add(ids.get(to));
      }
    }
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      nodes.add(node(data, ids.get(i), children.get(i), mitigations, resolved));
    }
    return new AttackTree(text(data, true), optional(data), ids.get(0), nodes, mitigations,
        scales, settings(data), Map.of());
  }

  private static Node node(FuzzedDataProvider data, String id, List<String> children,
      List<Mitigation> mitigations, Scales scales) {
    Gate gate = Gate.LEAF;
    int k = 0;
    if (!children.isEmpty()) {
      List<Gate> fitting = new ArrayList<>(List.of(Gate.OR, Gate.AND, Gate.ATLEAST));
      if (children.size() == 1) {
        fitting.add(Gate.NOT);
      } else if (children.size() == 2) {
        fitting.add(Gate.XOR);
      }
      gate = data.pickValue(fitting);
      k = gate == Gate.ATLEAST ? data.consumeInt(1, children.size()) : 0;
    }
    Estimate likelihood = gate == Gate.LEAF ? estimate(data, scales.likelihood(), 1) : null;
    Estimate impact = data.consumeBoolean() ? estimate(data, scales.impact(), 10) : null;
    List<String> attached = new ArrayList<>();
    for (Mitigation mitigation : mitigations) {
      if (data.consumeBoolean()) {
        attached.add(mitigation.id());
      }
    }
    List<String> references = new ArrayList<>();
    for (int i = data.consumeInt(0, 2); i > 0; i--) {
      references.add(text(data, false));
    }
    return new Node(id, text(data, true), optional(data), gate, k, children, likelihood, impact,
        optional(data), attached, references, Map.of());
  }

  private static Mitigation mitigation(FuzzedDataProvider data, String id) {
    Double cost = data.consumeBoolean() ? null : number(data, 1e9);
    return new Mitigation(id, text(data, true), optional(data), number(data, 1), cost,
        data.pickValue(MitigationStatus.values()), Map.of());
  }

  private static Scales scales(FuzzedDataProvider data) {
    Map<String, Double> likelihood = new LinkedHashMap<>();
    likelihood.put(Scales.MEDIUM, number(data, 1));
    for (int i = data.consumeInt(0, 3); i > 0; i--) {
      likelihood.putIfAbsent(text(data, false), number(data, 1));
    }
    Map<String, Double> impact = new LinkedHashMap<>();
    for (int i = data.consumeInt(0, 3); i > 0; i--) {
      impact.putIfAbsent(text(data, false), number(data, 10));
    }
    return new Scales(likelihood, impact);
  }

  private static AnalysisSettings settings(FuzzedDataProvider data) {
    return new AnalysisSettings(data.consumeBoolean() ? null : number(data, 1),
        data.consumeBoolean() ? null : number(data, 100),
        data.consumeBoolean() ? null : number(data, 1e6));
  }

  /** A number, a level of {@code scale}, or none. */
  private static Estimate estimate(FuzzedDataProvider data, Map<String, Double> scale,
      double max) {
    int choice = data.consumeInt(0, 2);
    if (choice == 0 || (choice == 2 && scale.isEmpty())) {
      return null;
    }
    return choice == 1 ? Estimate.of(number(data, max))
        : Estimate.level(data.pickValue(List.copyOf(scale.keySet())));
  }

  /** A number in [0, max]: often a special one, otherwise any double of the range. */
  private static double number(FuzzedDataProvider data, double max) {
    return data.consumeBoolean() ? Math.min(max, data.pickValue(SPECIAL) * (max > 1 ? max : 1))
        : data.consumeRegularDouble(0, max);
  }

  /** An id of the id alphabet, up to 12 characters, not in {@code taken} (then added to it). */
  private static String id(FuzzedDataProvider data, Set<String> taken) {
    StringBuilder id = new StringBuilder();
    for (int i = data.consumeInt(1, 12); i > 0; i--) {
      int index = data.consumeInt(0, ID_CHARACTERS.length() - 1);
      id.append(ID_CHARACTERS.charAt(id.length() == 0 ? index % 62 : index));
    }
    String unique = id.toString();
    for (int n = 2; !taken.add(unique); n++) {
      unique = id + "-" + n;
    }
    return unique;
  }

  private static String optional(FuzzedDataProvider data) {
    return data.consumeBoolean() ? null : text(data, false);
  }

  /** Any text of up to 40 characters; with {@code nonBlank}, never blank. */
  private static String text(FuzzedDataProvider data, boolean nonBlank) {
    String text = data.consumeString(40);
    return nonBlank && text.isBlank() ? "t" + text : text;
  }
}
