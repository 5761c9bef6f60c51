package dev.thicket.model.io.otm;

import static dev.thicket.model.io.otm.OtmVocabulary.*;

import dev.thicket.model.io.YamlDocument;
import dev.thicket.model.io.YamlValue;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.StepAttributes;
import dev.thicket.model.tree.Scales;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the nodes and mitigations of an OTM import, one OTM object at a time. */
final class OtmNodes {
  private final YamlDocument.Mapper document;
  private final Map<OtmElement, String> nodeIds;
  private final Map<String, String> mitigationIds;
  private final Map<String, MitigationStatus> statuses;
  private final Scales scales;
  /** The OTM mitigation ids of each threat (by OTM id) over all its instances, in order. */
  private final Map<String, List<String>> leafMitigations = new LinkedHashMap<>();

  OtmNodes(YamlDocument.Mapper document, Map<OtmElement, String> nodeIds,
      Map<String, String> mitigationIds, Map<String, MitigationStatus> statuses, Scales scales) {
    this.document = document;
    this.nodeIds = nodeIds;
    this.mitigationIds = mitigationIds;
    this.statuses = statuses;
    this.scales = scales;
  }

  /** Notes each threat's mitigations over all its instances; call before {@link #gate}. */
  void collectMitigations(Map<OtmElement, List<OtmFile.Instance>> instances) {
    instances.values().forEach(list -> list.forEach(instance -> {
      List<String> mitigations =
          leafMitigations.computeIfAbsent(instance.threat(), t -> new ArrayList<>());
      instance.mitigations().forEach(m -> {
        if (!mitigations.contains(m.mitigation())) {
          mitigations.add(m.mitigation());
        }
      });
    }));
  }

  /** The root, standing for the project. */
  Node root(OtmElement project, String id, OtmStructure structure, List<OtmElement> threats) {
    OtmAttributes attributes = new OtmAttributes(document, project);
    String title = attributes.has(TITLE) ? attributes.text(TITLE) : project.name();
    List<String> children = children(attributes, structure.rootChildren);
    if (children.isEmpty()) {
      document.problem(project.position(), "the model names no threat: there is nothing to "
          + "build an attack tree from");
    }
    Estimate impact = attributes.has(IMPACT) ? impact(attributes) : rootImpact(threats);
    return gateNode(id, title, attributes.text(DESCRIPTION), attributes, children, impact,
        attributes.mapping("thicket-x"));
  }

  /** The default impact of the root: the worst threat's, on Thicket's scale of 0–10. */
  private Estimate rootImpact(List<OtmElement> threats) {
    Double worst = null;
    for (OtmElement threat : threats) {
      Double impact = quietImpact(threat);
      if (impact != null && (worst == null || impact > worst)) {
        worst = impact;
      }
    }
    return worst == null ? null : Estimate.of(worst);
  }

  /** risk.impact of a threat on Thicket's scale, or {@code null}; the leaf reports problems. */
  private static Double quietImpact(OtmElement threat) {
    if (threat.field("risk") instanceof YamlValue.Mapping risk && risk.entry("impact") != null
        && risk.entry("impact").value() instanceof YamlValue.Scalar scalar
        && scalar.kind() == YamlValue.Kind.NUMBER) {
      java.util.OptionalDouble number = dev.thicket.model.tree.Numbers.parse(scalar.text());
      if (number.isPresent() && number.getAsDouble() >= 0 && number.getAsDouble() <= 100) {
        return fromPercent(scalar.text(), 10);
      }
    }
    return null;
  }

  /** A gate for a trust zone, component or dataflow. */
  Node gate(OtmElement element, OtmStructure structure, List<OtmFile.Instance> instances) {
    OtmAttributes attributes = new OtmAttributes(document, element);
    List<String> children = children(attributes, structure.children.get(element));
    Map<String, Object> extensions = new LinkedHashMap<>(element.extensions());
    Map<String, Object> rest = new LinkedHashMap<>(element.rest());
    keepId(element, rest);
    String kind = element.kind().equals("trust zone") ? "trustZone" : element.kind();
    Map<String, Object> kept = new LinkedHashMap<>();
    if (kind.equals("component")) {
      if (COMPONENT_TYPE.equals(rest.get("type"))) {
        rest.remove("type");
      }
      YamlValue parent = element.field("parent");
      OtmElement container = structure.container.get(element);
      Object written = container == null ? OtmVocabulary.parent(null, null)
          : OtmVocabulary.parent(container.kind().equals("component") ? "component"
              : "trustZone", container.id());
      if (parent != null && !document.plain(parent).equals(written)) {
        rest.put("parent", document.plain(parent));
      }
    }
    if (!kind.equals("component") || !rest.isEmpty()) {
      kept.put(kind, rest);
    }
    Map<String, Object> states = states(instances == null ? List.of() : instances,
        leafMitigations);
    if (!states.isEmpty()) {
      kept.put("states", states);
    }
    if (!kept.isEmpty()) {
      extensions.put(EXTENSION, kept);
    }
    return gateNode(nodeIds.get(element), element.name(), element.description(), attributes,
        children, impact(attributes), extensions);
  }

  private Node gateNode(String id, String title, String description, OtmAttributes attributes,
      List<String> children, Estimate impact, Map<String, Object> extensions) {
    Gate gate = attributes.gate();
    List<String> references = attributes.texts(REFERENCES);
    List<String> mitigations = attributes.texts(MITIGATIONS);
    return new Node(id, title, description, gate == null ? Gate.OR : gate, attributes.k(),
        children, null, impact, attributes.text(RATIONALE),
        mitigations == null ? List.of() : mitigations,
        references == null ? List.of() : references, extensions);
  }

  private List<String> children(OtmAttributes attributes, List<OtmElement> defaults) {
    List<String> given = attributes.texts(CHILDREN);
    return given != null ? given : defaults.stream().map(nodeIds::get).toList();
  }

  private Estimate impact(OtmAttributes attributes) {
    if (NONE.equals(attributes.text(IMPACT))) {
      return null;
    }
    return attributes.estimate(IMPACT, scales.impact(), "a number from 0 to 10");
  }

  /** The states of this owner's threat instances that differ from what the writer writes. */
  private Map<String, Object> states(List<OtmFile.Instance> instances,
      Map<String, List<String>> leafMitigations) {
    Map<String, Object> states = new LinkedHashMap<>();
    for (OtmFile.Instance instance : instances) {
      List<String> named = instance.mitigations().stream()
          .map(OtmFile.MitigationInstance::mitigation).toList();
      List<String> all = leafMitigations.getOrDefault(instance.threat(), List.of());
      List<MitigationStatus> mine = instance.mitigations().stream()
          .map(m -> statuses.getOrDefault(m.mitigation(), MitigationStatus.PROPOSED)).toList();
      Map<String, Object> differ = new LinkedHashMap<>();
      if (instance.state() != null && !instance.state().equals(threatState(mine))) {
        differ.put("state", instance.state());
      }
      Map<String, Object> mitigations = new LinkedHashMap<>();
      for (OtmFile.MitigationInstance mitigation : instance.mitigations()) {
        MitigationStatus status = statuses.get(mitigation.mitigation());
        if (mitigation.state() != null && status != null
            && !mitigation.state().equals(state(status))) {
          mitigations.put(mitigation.mitigation(), mitigation.state());
        }
      }
      if (!mitigations.isEmpty()) {
        differ.put("mitigations", mitigations);
      }
      if (!named.equals(all)) {
        differ.put("only", named);
      }
      if (!differ.isEmpty()) {
        states.put(instance.threat(), differ);
      }
    }
    return states;
  }

  /** The leaf of a threat. */
  Node leaf(OtmElement threat, Map<OtmElement, List<OtmFile.Instance>> instances) {
    OtmAttributes attributes = new OtmAttributes(document, threat);
    YamlValue.Mapping risk = risk(threat);
    Estimate likelihood = attributes.has(LIKELIHOOD)
        ? attributes.estimate(LIKELIHOOD, scales.likelihood(), "a number from 0 to 1")
        : number(percent(threat, "likelihood", 100));
    Estimate impact = attributes.has(IMPACT) ? impact(attributes)
        : number(percent(threat, "impact", 10));
    String rationale = risk == null || risk.entry("likelihoodComment") == null
        || OtmElement.isNull(risk.entry("likelihoodComment").value()) ? null
        : document.text("likelihoodComment", risk.entry("likelihoodComment").value());
    List<String> references = attributes.texts(REFERENCES);
    if (references == null) {
      references = threat.field("cwes") == null ? List.of()
          : document.texts("cwes", threat.field("cwes"));
    }
    List<String> mitigations = attributes.texts(MITIGATIONS);
    if (mitigations == null) {
      Set<String> named = new LinkedHashSet<>();
      instances.values().forEach(list -> list.stream()
          .filter(i -> i.threat().equals(threat.id()))
          .forEach(i -> i.mitigations().forEach(m -> named.add(mitigationIds.get(m.mitigation())))));
      mitigations = new ArrayList<>(named);
    }
    Map<String, Object> rest = new LinkedHashMap<>(threat.rest());
    keepId(threat, rest);
    if (risk != null) {
      Map<String, Object> others = new LinkedHashMap<>();
      risk.entries().forEach((key, entry) -> {
        if (!List.of("likelihood", "impact", "likelihoodComment").contains(key)) {
          others.put(key, document.plain(entry.value()));
        }
      });
      if (!others.isEmpty()) {
        rest.put("risk", others);
      }
    }
    Map<String, Object> extensions = new LinkedHashMap<>(threat.extensions());
    if (!rest.isEmpty()) {
      extensions.put(EXTENSION, Map.of("threat", rest));
    }
    return new Node(nodeIds.get(threat), threat.name(), threat.description(), Gate.LEAF, 0,
        List.of(), likelihood, impact, rationale, mitigations, references,
        OtmVotes.read(document, attributes, scales.likelihood()), attacker(attributes),
        extensions);
  }

  /** A threat's {@code thicket-attacker}, by the tree file's rules; problems reported. */
  private StepAttributes attacker(OtmAttributes attributes) {
    return attributes.has(ATTACKER) ? document.attacker(ATTACKER, attributes.value(ATTACKER))
        : StepAttributes.EMPTY;
  }

  /** The mitigation of an OTM mitigation. */
  Mitigation mitigation(OtmElement mitigation, MitigationStatus status) {
    OtmAttributes attributes = new OtmAttributes(document, mitigation);
    Estimate effectiveness = attributes.has(EFFECTIVENESS)
        ? attributes.estimate(EFFECTIVENESS, Map.of(), "a number from 0 to 1")
        : number(percentOf(mitigation, mitigation.field("riskReduction"), "riskReduction", 100,
            true));
    Map<String, Object> rest = new LinkedHashMap<>(mitigation.rest());
    keepId(mitigation, rest);
    Map<String, Object> extensions = new LinkedHashMap<>(mitigation.extensions());
    if (!rest.isEmpty()) {
      extensions.put(EXTENSION, rest);
    }
    List<String> references = attributes.texts(REFERENCES);
    Mitigation mapped = new Mitigation(mitigationIds.get(mitigation.id()), mitigation.name(),
        mitigation.description(), 0, null, attributes.number(COST),
        status == null ? MitigationStatus.PROPOSED : status,
        OtmVotes.read(document, attributes, Map.of()),
        references == null ? List.of() : references, extensions);
    return effectiveness == null ? mapped : mapped.withEffectiveness(effectiveness);
  }

  private void keepId(OtmElement element, Map<String, Object> rest) {
    String id = element.kind().equals("mitigation") ? mitigationIds.get(element.id())
        : nodeIds.get(element);
    if (!element.id().equals(id)) {
      rest.put("id", element.id());
    }
  }

  private YamlValue.Mapping risk(OtmElement threat) {
    YamlValue risk = threat.field("risk");
    if (risk == null) {
      document.problem(threat.position(), "this threat has no risk (OTM requires likelihood "
          + "and impact)");
      return null;
    }
    return document.mapping("risk", risk, "a mapping with likelihood and impact");
  }

  /** risk.KEY of a threat divided by {@code scale}; {@code null} when absent or null. */
  private Double percent(OtmElement threat, String key, int scale) {
    YamlValue risk = threat.field("risk");
    YamlValue.Entry entry = risk instanceof YamlValue.Mapping mapping ? mapping.entry(key) : null;
    return percentOf(threat, entry == null ? null : entry.value(), key, scale,
        key.equals("impact"));
  }

  private Double percentOf(OtmElement element, YamlValue value, String key, int scale,
      boolean required) {
    if (value == null || OtmElement.isNull(value)) {
      if (required) {
        document.problem(element.position(), "this " + element.kind() + " has no " + key
            + " (OTM requires one, from 0 to 100)");
      }
      return null;
    }
    Double number = document.number(key, value);
    if (number == null) {
      return null;
    }
    if (number < 0 || number > 100) {
      document.problem(value.position(), key + " must be from 0 to 100, not "
          + ((YamlValue.Scalar) value).text());
      return null;
    }
    return fromPercent(((YamlValue.Scalar) value).text(), scale);
  }

  private static Estimate number(Double value) {
    return value == null ? null : Estimate.of(value);
  }
}
