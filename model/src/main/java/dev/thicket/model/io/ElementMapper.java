package dev.thicket.model.io;

import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.StepAttributes;
import dev.thicket.model.tree.Range;
import dev.thicket.model.tree.Suggestions;
import dev.thicket.model.tree.Vote;
import java.util.List;
import java.util.Map;

/** Maps the entries of {@code nodes} and {@code mitigations} to domain records. */
final class ElementMapper {
  static final List<String> NODE_KEYS = List.of("title", "description", "gate", "k", "children",
      "likelihood", "impact", "rationale", "mitigations", "references", "estimates", "cost",
      "time", "potential");
  static final List<String> MITIGATION_KEYS =
      List.of("title", "description", "effectiveness", "cost", "status", "references",
          "estimates");
  /** The keys of a step's attributes for an attacker, in the order they are written. */
  static final List<String> ATTACKER_KEYS = List.of("cost", "time", "potential");
  /** The slots of a three-point range, in the order they are written. */
  static final List<String> RANGE_KEYS = List.of("low", "likely", "high");
  /** The keys of {@code potential}, in the order they are written. */
  static final List<String> POTENTIAL_KEYS =
      java.util.Arrays.stream(PotentialFactor.values()).map(PotentialFactor::keyword).toList();
  private static final List<String> GATES = List.of("or", "and", "atleast", "not", "xor");
  private static final List<String> STATUSES =
      java.util.Arrays.stream(MitigationStatus.values()).map(MitigationStatus::keyword).toList();

  private final Problems problems;
  private final Values values;
  private final Keys keys;
  private final VoteReader votes;

  ElementMapper(Problems problems, Values values, Keys keys) {
    this.problems = problems;
    this.values = values;
    this.keys = keys;
    this.votes = new VoteReader(problems, values, keys);
  }

  /** The node of a {@code nodes} entry; {@code null} after a problem that leaves it unusable. */
  Node node(YamlValue.Entry entry) {
    String id = entry.key();
    if (!(entry.value() instanceof YamlValue.Mapping mapping)) {
      values.mapping("node '" + id + "'", entry.value(), "a mapping with a title"); // reports it
      return null;
    }
    NodeFields fields = new NodeFields();
    Map<String, Object> extensions = keys.walk(mapping, NODE_KEYS, List.of("title"), true,
        () -> " in node '" + id + "'", entry.keyPosition(), fields::set);
    if (fields.title == null) {
      return null;
    }
    return new Node(id, fields.title, fields.description, fields.gate, fields.k, fields.children,
        fields.likelihood, fields.impact, fields.rationale, fields.mitigations, fields.references,
        fields.estimates, StepAttributes.of(fields.cost, fields.time, fields.potential),
        extensions);
  }

  private final class NodeFields {
    String title;
    String description;
    Gate gate = Gate.LEAF;
    int k;
    List<String> children = List.of();
    Estimate likelihood;
    Estimate impact;
    String rationale;
    List<String> mitigations = List.of();
    List<String> references = List.of();
    List<Vote> estimates = List.of();
    Double cost;
    Double time;
    Potential potential = Potential.NONE;

    void set(String key, YamlValue value) {
      switch (key) {
        case "title" -> title = values.text(key, value);
        case "description" -> description = values.text(key, value);
        case "gate" -> gate = gate(value);
        case "cost" -> cost = values.number(key, value);
        case "time" -> time = values.number(key, value);
        case "potential" -> potential = potential(value);
        case "k" -> {
          Integer given = values.integer(key, value);
          k = given == null ? 0 : given;
        }
        case "children" -> children = values.texts(key, value);
        case "likelihood" -> likelihood = estimate(key, value, true);
        case "impact" -> impact = estimate(key, value, true);
        case "rationale" -> rationale = values.text(key, value);
        case "mitigations" -> mitigations = values.texts(key, value);
        case "references" -> references = values.texts(key, value);
        case "estimates" -> estimates = votes(value, true);
        default -> throw new IllegalStateException(key);
      }
    }
  }

  /**
   * A step's {@code cost}, {@code time} and {@code potential}, read as a node's keys, in a
   * mapping of their own under {@code key} (OTM's {@code thicket-attacker}).
   */
  StepAttributes attacker(String key, YamlValue value) {
    YamlValue.Mapping mapping = values.mapping(key, value,
        "a mapping like {cost: 500, time: 8, potential: {expertise: proficient}}");
    if (mapping == null) {
      return StepAttributes.EMPTY;
    }
    Double[] numbers = new Double[2];
    Potential[] potential = {Potential.NONE};
    keys.walk(mapping, ATTACKER_KEYS, List.of(), false, " in " + key, mapping.position(),
        (name, slot) -> {
          switch (name) {
            case "cost" -> numbers[0] = values.number(name, slot);
            case "time" -> numbers[1] = values.number(name, slot);
            default -> potential[0] = potential(slot);
          }
        });
    return StepAttributes.of(numbers[0], numbers[1], potential[0]);
  }

  /** {@code {elapsed: one-week, expertise: layman, ...}}: any of the five factors, each a level. */
  private Potential potential(YamlValue value) {
    YamlValue.Mapping mapping = values.mapping("potential", value,
        "a mapping like {expertise: proficient, knowledge: public}");
    if (mapping == null) {
      return Potential.NONE;
    }
    Map<PotentialFactor, String> levels = new java.util.EnumMap<>(PotentialFactor.class);
    keys.walk(mapping, POTENTIAL_KEYS, List.of(), false, " in potential", mapping.position(),
        (key, level) -> putLevel(levels, key, level));
    return new Potential(levels);
  }

  /** Puts the level of factor {@code key} into {@code levels}; an unknown level is reported. */
  void putLevel(Map<PotentialFactor, String> levels, String key, YamlValue value) {
    PotentialFactor factor = PotentialFactor.fromKeyword(key).orElseThrow();
    String name = values.text(key, value);
    if (name != null && factor.rank(name) < 0) {
      problems.add(value.position(), "unknown " + key + " level '" + name + "'"
          + Suggestions.didYouMean(name, factor.levels()) + "; write "
          + String.join(", ", factor.levels()));
    } else if (name != null) {
      levels.put(factor, name);
    }
  }

  private Gate gate(YamlValue value) {
    String keyword = values.text("gate", value);
    if (keyword == null) {
      return Gate.LEAF;
    }
    if (GATES.contains(keyword)) {
      return Gate.fromKeyword(keyword).orElseThrow();
    }
    problems.add(value.position(), "unknown gate '" + keyword + "'"
        + Suggestions.didYouMean(keyword, GATES) + "; write or, and, atleast, not or xor (a leaf has none)");
    return Gate.LEAF;
  }

  /** The mitigation of a {@code mitigations} entry; {@code null} when unusable. */
  Mitigation mitigation(YamlValue.Entry entry) {
    String id = entry.key();
    YamlValue.Mapping mapping = values.mapping("mitigation '" + id + "'", entry.value(),
        "a mapping with a title, effectiveness and status");
    if (mapping == null) {
      return null;
    }
    MitigationFields fields = new MitigationFields();
    Map<String, Object> extensions = keys.walk(mapping, MITIGATION_KEYS,
        List.of("title", "effectiveness", "status"), true, " in mitigation '" + id + "'",
        entry.keyPosition(), (key, value) -> fields.set(key, value));
    if (fields.title == null || fields.effectiveness == null || fields.status == null) {
      return null;
    }
    return new Mitigation(id, fields.title, fields.description, fields.effectiveness.value(),
        fields.effectiveness.range(), fields.cost, fields.status, fields.estimates,
        fields.references, extensions);
  }

  private final class MitigationFields {
    String title;
    String description;
    Estimate effectiveness;
    Double cost;
    MitigationStatus status;
    List<String> references = List.of();
    List<Vote> estimates = List.of();

    void set(String key, YamlValue value) {
      switch (key) {
        case "title" -> title = values.text(key, value);
        case "description" -> description = values.text(key, value);
        case "effectiveness" -> effectiveness = estimate(key, value, false);
        case "cost" -> cost = values.number(key, value);
        case "status" -> status = status(value);
        case "references" -> references = values.texts(key, value);
        case "estimates" -> estimates = votes(value, false);
        default -> throw new IllegalStateException(key);
      }
    }
  }

  /**
   * A single value, or a three-point range {@code {low: .., likely: .., high: ..}}; each a number,
   * or (where {@code levels}) a level name. {@code null} after a problem.
   */
  private Estimate estimate(String key, YamlValue value, boolean levels) {
    if (!(value instanceof YamlValue.Mapping mapping)) {
      return levels ? values.estimate(key, value) : number(key, value);
    }
    Estimate[] slots = new Estimate[RANGE_KEYS.size()];
    keys.walk(mapping, RANGE_KEYS, RANGE_KEYS, false, " in the range of " + key,
        mapping.position(), (slot, slotValue) -> slots[RANGE_KEYS.indexOf(slot)] =
            levels ? values.estimate(key + " " + slot, slotValue)
                : number(key + " " + slot, slotValue));
    for (Estimate slot : slots) {
      if (slot == null) {
        return null;
      }
    }
    return slots[1].withRange(new Range(slots[0], slots[2]));
  }

  /** The votes of {@code estimates}; values are numbers, or (where {@code levels}) level names. */
  private List<Vote> votes(YamlValue value, boolean levels) {
    return votes.read("estimates", value, levels ? values::estimate : this::number);
  }

  private Estimate number(String key, YamlValue value) {
    Double number = values.number(key, value);
    return number == null ? null : Estimate.of(number);
  }

  private MitigationStatus status(YamlValue value) {
    String keyword = values.text("status", value);
    if (keyword == null) {
      return null;
    }
    MitigationStatus status = MitigationStatus.fromKeyword(keyword).orElse(null);
    if (status == null) {
      problems.add(value.position(), "unknown status '" + keyword + "'"
          + Suggestions.didYouMean(keyword, STATUSES) + "; write " + String.join(", ", STATUSES));
    }
    return status;
  }
}
