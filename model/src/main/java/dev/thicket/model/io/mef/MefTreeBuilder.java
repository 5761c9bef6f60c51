package dev.thicket.model.io.mef;

import dev.thicket.model.io.xml.XmlPosition;
import dev.thicket.model.io.xml.XmlProblems;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.InvalidTreeException;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.TreeProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link MefModel} into an {@link AttackTree}: resolves every reference (forward ones
 * included), gives nested formulas nodes of their own, and finds the top event (the one gate no
 * other gate uses). Problems are located at the definition or reference concerned.
 */
final class MefTreeBuilder {
  static final String UNESTIMATED_NOTE =
      "The MEF model gives this basic event no probability: it is unestimated (computed with "
          + "the scale's medium level).";

  private final MefModel model;
  private final XmlProblems problems;
  private final XmlPosition start;
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Map<String, XmlPosition> positions = new HashMap<>();
  private final Set<String> usedGates = new HashSet<>();
  private final Set<String> usedEvents = new LinkedHashSet<>();
  /** The next suffix to try for each synthetic id base (so that making ids stays linear). */
  private final Map<String, Integer> nextSuffix = new HashMap<>();

  MefTreeBuilder(MefModel model, XmlProblems problems, XmlPosition start) {
    this.model = model;
    this.problems = problems;
    this.start = start;
  }

  /** The tree, or {@code null} after adding the problems found. */
  AttackTree build(String description) {
    for (MefModel.BasicEventDefinition event : model.basicEvents.values()) {
      MefModel.GateDefinition gate = model.gates.get(event.name());
      if (gate != null) {
        problems.add(event.position(), "basic event '" + event.name() + "' has the name of the "
            + "gate at " + gate.position() + "; Thicket needs one name per node");
      }
    }
    for (MefModel.GateDefinition gate : model.gates.values()) {
      positions.put(gate.name(), gate.position());
      gateNodes(gate);
    }
    String top = topEvent();
    for (String event : usedEvents) {
      nodes.put(event, leaf(event));
    }
    if (top == null || !problems.isEmpty()) {
      return null;
    }
    String title = model.faultTrees.isEmpty() ? top : String.join(", ", model.faultTrees);
    try {
      return new AttackTree(title, description, top, List.copyOf(nodes.values()), List.of(),
          null, AnalysisSettings.NONE, Map.of());
    } catch (InvalidTreeException invalid) {
      for (TreeProblem problem : invalid.problems()) {
        XmlPosition at = problem.id() == null ? start : positions.getOrDefault(problem.id(), start);
        problems.add(at, problem.message());
      }
      return null;
    }
  }

  private void gateNodes(MefModel.GateDefinition gate) {
    String title = gate.label() != null ? gate.label() : gate.name();
    if (gate.formula() instanceof MefFormula.Reference reference) {
      String target = resolve(reference);
      if (target == null) {
        return;
      }
      Node node = Node.gate(gate.name(), gate.label() != null ? title
          : gate.name() + " (passes through to " + target + ")", Gate.OR, 0, List.of(target))
          .withDescription("A pass-through gate in the MEF model: it equals '" + target + "'.");
      nodes.put(gate.name(), node);
    } else {
      connectiveNode(gate.name(), gate.name(), title, (MefFormula.Connective) gate.formula());
    }
  }

  /**
   * Adds the node {@code id} for {@code connective}, and nodes for the formulas nested in it
   * (named after {@code gate}, the MEF gate they are written in).
   */
  private void connectiveNode(String id, String gate, String title,
      MefFormula.Connective connective) {
    positions.put(id, connective.position());
    List<String> children = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    Node placeholder = Node.gate(id, title, connective.gate(), connective.k(), List.of());
    nodes.put(id, placeholder);
    for (MefFormula argument : connective.arguments()) {
      String child;
      if (argument instanceof MefFormula.Reference reference) {
        child = resolve(reference);
      } else {
        MefFormula.Connective nested = (MefFormula.Connective) argument;
        child = syntheticId(gate, nested);
        connectiveNode(child, gate, child, nested);
      }
      if (child == null) {
        continue;
      }
      if (!listed.add(child)) {
        problems.add(argument.position(), "'" + child + "' is listed twice in this <"
            + connective.keyword() + ">");
      }
      children.add(child);
    }
    nodes.put(id, placeholder.withGate(connective.gate(), connective.k(), children));
  }

  /**
   * {@code g12.not.e5}: the gate the formula is written in, the connective and its first named
   * argument; {@code .2}, {@code .3}... when taken. Never longer than the gate's name plus one
   * connective and one argument, however deep the nesting; linear in the number of ids made.
   */
  private String syntheticId(String gate, MefFormula.Connective nested) {
    String first = nested.arguments().stream()
        .filter(MefFormula.Reference.class::isInstance)
        .map(argument -> ((MefFormula.Reference) argument).name())
        .findFirst().orElse("formula");
    String base = gate + "." + nested.keyword() + "." + first;
    String id = base;
    int n = nextSuffix.getOrDefault(base, 1);
    if (n > 1) {
      id = base + "." + n;
    }
    while (nodes.containsKey(id) || model.gates.containsKey(id)) {
      id = base + "." + ++n;
    }
    nextSuffix.put(base, n + 1);
    return id;
  }

  /** The node id a reference names, or {@code null} after a problem. */
  private String resolve(MefFormula.Reference reference) {
    String name = reference.name();
    boolean gate = model.gates.containsKey(name);
    boolean event = model.basicEvents.containsKey(name);
    switch (reference.kind()) {
      case GATE -> {
        if (!gate) {
          problems.add(reference.position(), event ? "'" + name + "' is a basic event, not a gate"
              : "no gate '" + name + "' is defined in the files read");
          return null;
        }
      }
      case BASIC_EVENT -> {
        if (gate && !event) {
          problems.add(reference.position(), "'" + name + "' is a gate, not a basic event");
          return null;
        }
      }
      case EVENT -> {
        if (!gate && !event) {
          problems.add(reference.position(), "event '" + name + "' is neither a gate nor a "
              + "basic event defined in the files read (is its model data in another file?)");
          return null;
        }
      }
      default -> throw new IllegalStateException(reference.kind().toString());
    }
    if (gate && reference.kind() != MefFormula.Kind.BASIC_EVENT) {
      usedGates.add(name);
    } else {
      usedEvents.add(name);
      positions.putIfAbsent(name, event ? model.basicEvents.get(name).position()
          : reference.position());
    }
    return name;
  }

  private String topEvent() {
    List<String> tops = model.gates.keySet().stream().filter(g -> !usedGates.contains(g)).toList();
    if (tops.isEmpty()) {
      problems.add(start, model.gates.isEmpty() ? "no gate is defined in the files read"
          : "no top event: every gate is used by another gate (a cycle?)");
      return null;
    }
    if (tops.size() > 1) {
      for (String extra : tops.subList(1, tops.size())) {
        problems.add(model.gates.get(extra).position(), "gate '" + extra + "' is used by no "
            + "other gate, like '" + tops.get(0) + "': a model needs exactly one top event");
      }
      return null;
    }
    return tops.get(0);
  }

  private Node leaf(String name) {
    MefModel.BasicEventDefinition definition = model.basicEvents.get(name);
    String title = definition != null && definition.label() != null ? definition.label() : name;
    Double probability = definition == null ? null : definition.probability();
    Node leaf = Node.leaf(name, title, probability == null ? null : Estimate.of(probability));
    return probability == null ? leaf.withDescription(UNESTIMATED_NOTE) : leaf;
  }
}
