package dev.thicket.model.io.otm;

import static dev.thicket.model.io.otm.OtmVocabulary.*;

import dev.thicket.model.io.Position;
import dev.thicket.model.io.YamlDocument;
import dev.thicket.model.io.YamlValue;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Ids;
import dev.thicket.model.tree.InvalidTreeException;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Scales;
import dev.thicket.model.tree.TreeProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a read OTM file to an attack tree (docs/interchange.md, "Open Threat Model"): the project
 * is the root, gates as {@link OtmStructure} says, one leaf per threat, one mitigation per
 * mitigation; {@code thicket-…} attributes refine this, and what has no place in the tree is kept
 * in {@code x-otm} unless it is what the writer would write anyway.
 */
final class OtmImport {
  private final YamlDocument.Mapper document;
  private final OtmFile file;
  private final Map<String, OtmElement> threatsById = new LinkedHashMap<>();
  private final Map<String, OtmElement> mitigationsById = new LinkedHashMap<>();
  private final Map<OtmElement, String> nodeIds = new HashMap<>();
  private final Map<String, String> mitigationIds = new HashMap<>();
  private final Map<String, Position> positions = new HashMap<>();
  private final Set<String> taken = new HashSet<>();
  private final Set<String> takenMitigations = new HashSet<>();
  private Scales scales;
  private List<AttackerProfile> profiles = List.of();
  private AnalysisSettings settings = AnalysisSettings.NONE;

  OtmImport(YamlDocument.Mapper document, OtmFile file) {
    this.document = document;
    this.file = file;
  }

  AttackTree tree() {
    AttackTree tree = map();
    for (List<OtmElement> list : List.of(List.of(file.project), file.zones, file.components,
        file.dataflows, file.threats, file.mitigations)) {
      list.forEach(element -> OtmAttributes.checkNames(document, element.thicket()));
    }
    return tree;
  }

  private AttackTree map() {
    OtmElement project = file.project;
    file.threats.forEach(t -> unique(threatsById, t));
    file.mitigations.forEach(m -> unique(mitigationsById, m));
    checkReferences();
    boolean unreadable = document.hasProblems();
    OtmStructure structure = new OtmStructure(document, file, threatsById);
    if (unreadable) {
      return null;
    }
    OtmAttributes projectAttributes = new OtmAttributes(document, project);
    if (projectAttributes.has(PROFILES)) { // read before the threats stop the reading
      profiles = document.profiles(PROFILES, projectAttributes.value(PROFILES));
    }
    if (projectAttributes.has(ANALYSIS)) {
      settings = document.analysis(ANALYSIS, projectAttributes.value(ANALYSIS));
    }
    if (projectAttributes.has(SCALES)) {
      scales = document.scales(SCALES, projectAttributes.value(SCALES));
    }
    String fixedRoot = projectAttributes.text(ROOT);
    List<OtmElement> claimants = new ArrayList<>();
    if (fixedRoot == null) {
      claimants.add(project);
    }
    for (List<OtmElement> list : List.of(file.zones, file.components, file.dataflows)) {
      list.stream().filter(structure.gates::contains).forEach(claimants::add);
    }
    claimants.addAll(file.threats);
    Map<OtmElement, String> claimed = claim(claimants, taken);
    nodeIds.putAll(claimed);
    String rootId = fixedRoot != null ? fixedRoot : claimed.get(project);
    claim(file.mitigations, takenMitigations).forEach((m, id) -> mitigationIds.put(m.id(), id));
    Map<String, MitigationStatus> statuses = statuses();
    OtmNodes nodes = new OtmNodes(document, nodeIds, mitigationIds, statuses,
        scales == null ? Scales.DEFAULT : scales);
    nodes.collectMitigations(file.instances);
    List<Node> all = new ArrayList<>();
    if (fixedRoot == null) {
      all.add(nodes.root(project, rootId, structure, file.threats));
      positions.put(rootId, project.position());
    }
    for (OtmElement gate : structure.gates) {
      all.add(nodes.gate(gate, structure, file.instances.get(gate)));
      positions.put(nodeIds.get(gate), gate.position());
    }
    for (OtmElement threat : file.threats) {
      all.add(nodes.leaf(threat, file.instances));
      positions.put(nodeIds.get(threat), threat.position());
    }
    List<Mitigation> mitigations = file.mitigations.stream()
        .map(m -> nodes.mitigation(m, statuses.get(m.id()))).toList();
    if (document.hasProblems()) {
      return null;
    }
    return build(project, projectAttributes, rootId, all, mitigations, structure);
  }

  private AttackTree build(OtmElement project, OtmAttributes attributes, String rootId,
      List<Node> nodes, List<Mitigation> mitigations, OtmStructure structure) {
    Map<String, Object> kept = new LinkedHashMap<>();
    if (file.version != null && !file.version.equals(VERSION)) {
      kept.put("otmVersion", file.version);
    }
    Map<String, Object> projectRest = new LinkedHashMap<>(project.rest());
    if (!project.id().equals(rootId)) {
      projectRest.put("id", project.id());
    }
    if (!projectRest.isEmpty()) {
      kept.put("project", projectRest);
    }
    kept.putAll(file.others);
    keepList(kept, "trustZones", file.zones, structure);
    keepList(kept, "components", file.components, structure);
    keepList(kept, "dataflows", file.dataflows, structure);
    Map<String, Object> extensions = new LinkedHashMap<>(project.extensions());
    if (!kept.isEmpty()) {
      extensions.put(EXTENSION, kept);
    }
    try {
      return new AttackTree(project.name(), project.description(), rootId,
          topDown(rootId, nodes), mitigations,
          scales, settings, profiles, extensions);
    } catch (InvalidTreeException invalid) {
      for (TreeProblem problem : invalid.problems()) {
        Position at = problem.id() == null ? null : switch (problem.section()) {
          case NODE -> positions.get(problem.id());
          case SCALES -> attributes.value(SCALES) == null ? null
              : attributes.value(SCALES).position();
          case PROFILES -> profilePosition(attributes, problem.id());
          default -> mitigationPosition(problem.id());
        };
        document.problem(at == null ? project.position() : at, problem.message());
      }
      return null;
    }
  }

  /**
   * The nodes in depth-first order from the root, each at its first visit, as trees are usually
   * written (OTM lists components and threats apart); nodes the root does not reach last.
   */
  private static List<Node> topDown(String rootId, List<Node> nodes) {
    Map<String, Node> byId = new LinkedHashMap<>();
    nodes.forEach(node -> byId.putIfAbsent(node.id(), node));
    Map<String, Node> ordered = new LinkedHashMap<>();
    java.util.Deque<String> stack = new java.util.ArrayDeque<>(List.of(rootId));
    while (!stack.isEmpty()) {
      Node node = byId.get(stack.pop());
      if (node != null && ordered.putIfAbsent(node.id(), node) == null) {
        List<String> children = node.children();
        for (int i = children.size() - 1; i >= 0; i--) {
          stack.push(children.get(i));
        }
      }
    }
    List<Node> all = new ArrayList<>(ordered.values());
    nodes.stream().filter(node -> !ordered.containsKey(node.id())).forEach(all::add);
    return all;
  }

  /** Keeps the objects of a list that are not gates (zones, components, dataflows). */
  private void keepList(Map<String, Object> kept, String key, List<OtmElement> elements,
      OtmStructure structure) {
    List<Object> plain = new ArrayList<>();
    for (OtmElement element : elements) {
      if (!structure.gates.contains(element)) {
        Map<String, Object> whole = whole(element);
        if (!(key.equals("trustZones") && whole.equals(defaultTrustZone()))) {
          plain.add(whole);
        }
      }
    }
    if (!plain.isEmpty()) {
      kept.put(key, plain);
    }
  }

  private Map<String, Object> whole(OtmElement element) {
    Map<String, Object> whole = new LinkedHashMap<>();
    element.fields().forEach((key, value) -> whole.put(key, document.plain(value)));
    return whole;
  }

  private static Position profilePosition(OtmAttributes attributes, String id) {
    return attributes.value(PROFILES) instanceof YamlValue.Mapping mapping
        && mapping.entry(id) != null ? mapping.entry(id).keyPosition() : null;
  }

  private Position mitigationPosition(String id) {
    return file.mitigations.stream().filter(m -> id.equals(mitigationIds.get(m.id())))
        .map(OtmElement::position).findFirst().orElse(null);
  }

  private void unique(Map<String, OtmElement> byId, OtmElement element) {
    OtmElement first = byId.putIfAbsent(element.id(), element);
    if (first != null) {
      document.problem(element.at("id"), "duplicate " + element.kind() + " id '" + element.id()
          + "' (first at line " + first.position().line() + ")");
    }
  }

  /** Every threat and mitigation named by an instance exists; a threat is named once per owner. */
  private void checkReferences() {
    file.instances.forEach((owner, instances) -> {
      Set<String> seen = new HashSet<>();
      for (OtmFile.Instance instance : instances) {
        if (!threatsById.containsKey(instance.threat())) {
          document.problem(instance.at(), "unknown threat '" + instance.threat()
              + "': it is not in the file's threats");
        } else if (!seen.add(instance.threat())) {
          document.problem(instance.at(), "threat '" + instance.threat() + "' is named twice in "
              + owner.kind() + " '" + owner.id() + "'");
        }
        Set<String> mitigations = new HashSet<>();
        for (OtmFile.MitigationInstance mitigation : instance.mitigations()) {
          if (mitigation.mitigation() != null
              && !mitigationsById.containsKey(mitigation.mitigation())) {
            document.problem(mitigation.at(), "unknown mitigation '" + mitigation.mitigation()
                + "': it is not in the file's mitigations");
          } else if (mitigation.mitigation() != null
              && !mitigations.add(mitigation.mitigation())) {
            document.problem(mitigation.at(), "mitigation '" + mitigation.mitigation()
                + "' is named twice for threat '" + instance.threat() + "'");
          }
        }
      }
    });
  }

  /** A mitigation's status: the most advanced state of its instances, or thicket-status. */
  private Map<String, MitigationStatus> statuses() {
    Map<String, MitigationStatus> statuses = new HashMap<>();
    file.instances.values().forEach(list -> list.forEach(instance ->
        instance.mitigations().forEach(m -> statuses.merge(m.mitigation(), status(m.state()),
            OtmVocabulary::ahead))));
    for (OtmElement mitigation : file.mitigations) {
      MitigationStatus fixed = new OtmAttributes(document, mitigation).status();
      statuses.put(mitigation.id(), fixed != null ? fixed
          : statuses.getOrDefault(mitigation.id(), MitigationStatus.PROPOSED));
    }
    return statuses;
  }

  /**
   * Node (or mitigation) ids for OTM objects: their own id when it is a Thicket id not taken by an
   * object of an earlier kind, else a slug of the name made unique. Slugs are given in the order
   * of kind and OTM id, not of the file, so that a file written back in another order (the writer
   * lists nodes depth-first) gets the same ids.
   */
  private static Map<OtmElement, String> claim(List<OtmElement> elements, Set<String> taken) {
    Map<OtmElement, String> ids = new LinkedHashMap<>();
    List<OtmElement> rest = new ArrayList<>();
    for (OtmElement element : elements) {
      String id = element.id();
      if (id.length() <= 1000 && ID.matcher(id).matches() && taken.add(id)) {
        ids.put(element, id);
      } else {
        rest.add(element);
      }
    }
    List<String> kinds = elements.stream().map(OtmElement::kind).distinct().toList();
    rest.sort(java.util.Comparator.comparing((OtmElement e) -> kinds.indexOf(e.kind()))
        .thenComparing(OtmElement::id).thenComparing(OtmElement::name));
    for (OtmElement element : rest) {
      String id = Ids.unique(Ids.slug(element.name(), 64), taken::contains);
      taken.add(id);
      ids.put(element, id);
    }
    return ids;
  }
}
