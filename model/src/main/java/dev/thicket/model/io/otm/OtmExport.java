package dev.thicket.model.io.otm;

import static dev.thicket.model.io.TreeDocument.list;
import static dev.thicket.model.io.TreeDocument.map;
import static dev.thicket.model.io.otm.OtmMaps.*;
import static dev.thicket.model.io.otm.OtmVocabulary.*;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the OTM document of a tree (docs/interchange.md): the root is the project, gates are
 * components (or the trust zones and dataflows they came from), leaves threats, mitigations
 * mitigations. What OTM cannot say goes into {@code thicket-…} attributes, and only where the
 * reader would not get it right by itself, so that reading the document gives the tree back.
 */
final class OtmExport {
  private final AttackTree tree;
  private final Map<String, Object> kept;
  private final Map<String, String> home = new HashMap<>();
  private final Set<String> named = new HashSet<>();
  private final Map<String, String> nodeOfKey = new HashMap<>();
  private final Map<String, List<String>> defaults;
  private boolean defaultZoneUsed;

  /** @param defaults each gate's children as the reader would give them; null: write none */
  OtmExport(AttackTree tree, Map<String, List<String>> defaults) {
    this.tree = tree;
    this.kept = map(tree.extensions().get(EXTENSION));
    this.defaults = defaults;
    for (Node node : tree.nodes().values()) {
      nodeOfKey.put(key(node), node.id());
      node.children().forEach(child -> home.putIfAbsent(child, node.id()));
      if (!isProjectRoot(node)
          && (kind(node).equals("component") || kind(node).equals("dataflow"))) {
        node.children().stream().filter(c -> tree.node(c).isLeaf()).forEach(named::add);
      }
    }
  }

  Map<String, Object> document() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("otmVersion", kept.getOrDefault("otmVersion", VERSION));
    document.put("project", project());
    List<Object> zones = new ArrayList<>(list(kept.get("trustZones")));
    List<Object> components = new ArrayList<>();
    List<Object> dataflows = new ArrayList<>();
    List<Object> threats = new ArrayList<>();
    for (Node node : tree.nodes().values()) {
      if (node.isLeaf()) {
        threats.add(threat(node));
      } else if (!isProjectRoot(node)) {
        switch (kind(node)) {
          case "trustZone" -> zones.add(gate(node, "trustZone"));
          case "dataflow" -> dataflows.add(gate(node, "dataflow"));
          default -> components.add(gate(node, "component"));
        }
      }
    }
    components.addAll(list(kept.get("components")));
    dataflows.addAll(list(kept.get("dataflows")));
    if (defaultZoneUsed && zones.stream().noneMatch(z -> TRUST_ZONE_ID.equals(map(z).get("id")))) {
      zones.add(defaultTrustZone());
    }
    putList(document, "trustZones", zones);
    putList(document, "components", components);
    putList(document, "dataflows", dataflows);
    putList(document, "threats", threats);
    putList(document, "mitigations",
        tree.mitigations().values().stream().map(m -> (Object) mitigation(m)).toList());
    kept.forEach((key, value) -> {
      if (!List.of("otmVersion", "project", "trustZones", "components", "dataflows")
          .contains(key)) {
        document.put(key, value);
      }
    });
    return document;
  }

  private boolean isProjectRoot(Node node) {
    return node.id().equals(tree.root()) && !node.isLeaf();
  }

  private Map<String, Object> project() {
    Map<String, Object> keptProject = map(kept.get("project"));
    Map<String, Object> project = new LinkedHashMap<>();
    project.put("name", tree.title());
    project.put("id", keptProject.getOrDefault("id", tree.root()));
    putText(project, "description", tree.description());
    keptProject.forEach((key, value) -> {
      if (!key.equals("id") && !key.equals("attributes")) {
        project.put(key, value);
      }
    });
    Map<String, Object> attributes = new LinkedHashMap<>(map(keptProject.get("attributes")));
    Node root = tree.rootNode();
    if (root.isLeaf()) {
      attributes.put(ROOT, root.id());
    } else {
      if (!root.title().equals(tree.title())) {
        attributes.put(TITLE, root.title());
      }
      putText(attributes, DESCRIPTION, root.description());
      gateAttributes(root, attributes);
      Estimate worst = worstThreatImpact();
      if (!java.util.Objects.equals(root.impact(), worst)) {
        attributes.put(IMPACT, root.impact() == null ? NONE : root.impact().toString());
      }
      if (!extensions(root).isEmpty()) {
        attributes.put("thicket-x", extensions(root));
      }
    }
    if (tree.scalesGiven()) {
      attributes.put(SCALES, OtmSettings.plain(tree.scales()));
    }
    if (tree.settings().given()) {
      attributes.put(ANALYSIS, OtmSettings.plain(tree.settings()));
    }
    if (!tree.profiles().isEmpty()) {
      attributes.put(PROFILES, OtmAttackers.plain(tree.profiles().values()));
    }
    attributes.putAll(OtmRisk.attributes(tree));
    attributes.putAll(withoutOtm(tree.extensions()));
    project.put("attributes", attributes);
    return project;
  }

  /** The root impact the reader derives: the worst of the threats' impacts as written. */
  private Estimate worstThreatImpact() {
    Double worst = null;
    for (Node node : tree.nodes().values()) {
      if (node.isLeaf()) {
        double impact = fromPercent(toPercent(threatImpact(node), 10).toString(), 10);
        worst = worst == null ? impact : Math.max(worst, impact);
      }
    }
    return worst == null ? null : Estimate.of(worst);
  }

  private Map<String, Object> gate(Node node, String kind) {
    Map<String, Object> rest = map(map(extension(node)).get(kind));
    Map<String, Object> gate = new LinkedHashMap<>();
    gate.put("id", rest.getOrDefault("id", node.id()));
    gate.put("name", node.title());
    putText(gate, "description", node.description());
    if (kind.equals("component")) {
      gate.put("type", rest.getOrDefault("type", COMPONENT_TYPE));
      gate.put("parent", rest.containsKey("parent") ? rest.get("parent") : parentOf(node));
    }
    rest.forEach((key, value) -> {
      if (!gate.containsKey(key) && !key.equals("attributes")) {
        gate.put(key, value);
      }
    });
    if (!kind.equals("trustZone")) {
      List<Object> instances = instances(node);
      if (!instances.isEmpty()) {
        gate.put("threats", instances);
      }
    }
    Map<String, Object> attributes = new LinkedHashMap<>(map(rest.get("attributes")));
    gateAttributes(node, attributes);
    if (node.impact() != null) {
      attributes.put(IMPACT, node.impact().toString());
    }
    attributes.putAll(extensions(node));
    if (!attributes.isEmpty()) {
      gate.put("attributes", attributes);
    }
    return gate;
  }

  private Map<String, Object> parentOf(Node node) {
    String parent = home.get(node.id());
    if (parent == null || isProjectRoot(tree.node(parent))) {
      defaultZoneUsed = true;
      return OtmVocabulary.parent(null, null);
    }
    String kind = kind(tree.node(parent));
    if (kind.equals("dataflow")) {
      defaultZoneUsed = true;
      return OtmVocabulary.parent(null, null);
    }
    return OtmVocabulary.parent(kind, otmId(tree.node(parent)));
  }

  private void gateAttributes(Node node, Map<String, Object> attributes) {
    if (node.gate() != Gate.OR) {
      attributes.put(GATE, node.gate().keyword().orElseThrow());
    }
    if (node.gate() == Gate.ATLEAST) {
      attributes.put(K, (long) node.k());
    }
    List<String> children = defaults == null ? null
        : defaults.getOrDefault(key(node), List.of()).stream().map(nodeOfKey::get).toList();
    if (defaults != null && !node.children().equals(children)) {
      attributes.put(CHILDREN, node.children());
    }
    putText(attributes, RATIONALE, node.rationale());
    if (!node.references().isEmpty()) {
      attributes.put(REFERENCES, node.references());
    }
    if (!node.mitigations().isEmpty()) {
      attributes.put(MITIGATIONS, node.mitigations());
    }
  }

  private List<Object> instances(Node gate) {
    Map<String, Object> states = map(map(extension(gate)).get("states"));
    List<Object> instances = new ArrayList<>();
    for (String child : gate.children()) {
      Node leaf = tree.node(child);
      if (!leaf.isLeaf()) {
        continue;
      }
      Map<String, Object> keptState = map(states.get(otmId(leaf)));
      Map<String, Object> keptMitigations = map(keptState.get("mitigations"));
      List<MitigationStatus> statuses = new ArrayList<>();
      List<Object> mitigations = new ArrayList<>();
      List<String> only = keptState.get("only") instanceof List<?> list
          ? leaf.mitigations().stream().filter(id -> list.contains(OtmMitigationExport.otmId(tree.mitigations()
              .get(id)))).toList() : leaf.mitigations();
      for (String id : only) {
        Mitigation mitigation = tree.mitigations().get(id);
        statuses.add(mitigation.status());
        Map<String, Object> instance = new LinkedHashMap<>();
        instance.put("mitigation", OtmMitigationExport.otmId(mitigation));
        instance.put("state",
            keptMitigations.getOrDefault(OtmMitigationExport.otmId(mitigation), state(mitigation.status())));
        mitigations.add(instance);
      }
      Map<String, Object> instance = new LinkedHashMap<>();
      instance.put("threat", otmId(leaf));
      instance.put("state", keptState.getOrDefault("state", threatState(statuses)));
      if (!mitigations.isEmpty()) {
        instance.put("mitigations", mitigations);
      }
      instances.add(instance);
    }
    return instances;
  }

  private Map<String, Object> threat(Node leaf) {
    Map<String, Object> rest = map(map(extension(leaf)).get("threat"));
    Map<String, Object> threat = new LinkedHashMap<>();
    threat.put("id", rest.getOrDefault("id", leaf.id()));
    threat.put("name", leaf.title());
    putText(threat, "description", leaf.description());
    rest.forEach((key, value) -> {
      if (!List.of("id", "attributes", "risk").contains(key)) {
        threat.put(key, value);
      }
    });
    Map<String, Object> risk = new LinkedHashMap<>();
    risk.put("likelihood", leaf.likelihood() == null ? null
        : toPercent(leaf.likelihood().resolve(tree.scales().likelihood()), 100));
    putText(risk, "likelihoodComment", leaf.rationale());
    risk.put("impact", toPercent(threatImpact(leaf), 10));
    risk.putAll(map(rest.get("risk")));
    threat.put("risk", risk);
    List<String> cwes = leaf.references().stream().filter(r -> CWE.matcher(r).matches()).toList();
    if (!cwes.isEmpty()) {
      threat.put("cwes", cwes);
    }
    Map<String, Object> attributes = new LinkedHashMap<>(map(rest.get("attributes")));
    if (leaf.likelihood() != null && (leaf.likelihood().isLevel() || leaf.likelihood().isRange())) {
      attributes.put(LIKELIHOOD, leaf.likelihood().toString());
    }
    if (leaf.impact() == null || leaf.impact().isLevel() || leaf.impact().isRange()) {
      attributes.put(IMPACT, leaf.impact() == null ? NONE : leaf.impact().toString());
    }
    if (cwes.size() != leaf.references().size()) {
      attributes.put(REFERENCES, leaf.references());
    }
    if (!named.contains(leaf.id()) && !leaf.mitigations().isEmpty()) {
      attributes.put(MITIGATIONS, leaf.mitigations());
    }
    if (!leaf.estimates().isEmpty()) {
      attributes.put(ESTIMATES, OtmVotes.write(leaf.estimates()));
    }
    if (!leaf.attacker().isEmpty()) {
      attributes.put(ATTACKER, OtmAttackers.plain(leaf.attacker()));
    }
    attributes.putAll(extensions(leaf));
    if (!attributes.isEmpty()) {
      threat.put("attributes", attributes);
    }
    return threat;
  }

  /** A leaf's impact on Thicket's scale: its own, else the root's (1 when none). */
  private double threatImpact(Node leaf) {
    return leaf.impact() != null ? leaf.impact().resolve(tree.scales().impact())
        : tree.rootImpact();
  }

  private Map<String, Object> mitigation(Mitigation mitigation) {
    boolean onThreat = tree.nodes().values().stream().anyMatch(n -> n.isLeaf()
        && named.contains(n.id()) && n.mitigations().contains(mitigation.id()));
    return OtmMitigationExport.written(mitigation, onThreat);
  }

  /** The key of a node in the reader's default children: its OTM kind and id. */
  String key(Node node) {
    if (isProjectRoot(node)) {
      return OtmStructure.PROJECT;
    }
    String kind = node.isLeaf() ? "threat" : kind(node).equals("trustZone") ? "trust zone"
        : kind(node);
    return kind + ":" + otmId(node);
  }

  /** What a gate came from: a trust zone, a dataflow, or (by default) a component. */
  private String kind(Node node) {
    Map<String, Object> extension = map(extension(node));
    return extension.containsKey("trustZone") ? "trustZone"
        : extension.containsKey("dataflow") ? "dataflow" : "component";
  }

  private String otmId(Node node) {
    if (isProjectRoot(node)) {
      return (String) map(kept.get("project")).getOrDefault("id", node.id());
    }
    String kind = node.isLeaf() ? "threat" : kind(node);
    return (String) map(map(extension(node)).get(kind)).getOrDefault("id", node.id());
  }

  private static Object extension(Node node) {
    return node.extensions().get(EXTENSION);
  }

  private static Map<String, Object> extensions(Node node) {
    return withoutOtm(node.extensions());
  }
}
