package dev.thicket.model.io.threatdragon;

import dev.thicket.model.io.YamlDocument;
import dev.thicket.model.io.YamlValue;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Ids;
import dev.thicket.model.tree.InvalidTreeException;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.TreeProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Maps a Threat Dragon v2 document to a tree; see {@link ThreatDragonReader}. */
final class ThreatDragonImport {
  static final String EXTENSION = "x-threat-dragon";
  static final double ASSUMED_EFFECTIVENESS = 0.5;
  static final String MITIGATION_NOTE = "Imported from Threat Dragon, which gives a mitigation "
      + "no effectiveness: 0.5 is assumed.";
  private static final List<String> THREAT_KEYS =
      List.of("title", "description", "type", "modelType", "severity", "status", "mitigation");

  private final YamlDocument.Mapper document;
  private final String fileName;
  private final Set<String> nodeIds = new HashSet<>();
  private final Set<String> mitigationIds = new HashSet<>();
  private final List<Node> nodes = new ArrayList<>();
  private final List<Mitigation> mitigations = new ArrayList<>();

  ThreatDragonImport(YamlDocument.Mapper document, String fileName) {
    this.document = document;
    this.fileName = fileName;
  }

  AttackTree tree() {
    YamlValue.Mapping top = document.mapping("the file", document.root(),
        "a Threat Dragon model (summary, detail)");
    if (top == null || !isVersion2(top)) {
      return null;
    }
    YamlValue.Mapping summary = mapping(top, "summary", "a mapping with title");
    YamlValue.Mapping detail = mapping(top, "detail", "a mapping with diagrams");
    if (summary == null || detail == null) {
      return null;
    }
    String title = text(summary, "title", "summary");
    String description = optionalText(summary, "description");
    String rootId = claim(title == null ? "threat model" : title);
    List<String> children = new ArrayList<>();
    for (YamlValue diagram : list(detail, "diagrams")) {
      YamlValue.Mapping mapping = document.mapping("diagram", diagram, "a mapping with cells");
      if (mapping != null) {
        for (YamlValue cell : list(mapping, "cells")) {
          String gate = element(cell);
          if (gate != null) {
            children.add(gate);
          }
        }
      }
    }
    if (children.isEmpty() && !document.hasProblems()) {
      document.problem(detail.position(), "the model has no threats: there is nothing to "
          + "build an attack tree from");
    }
    if (document.hasProblems()) {
      return null;
    }
    nodes.add(0, Node.gate(rootId, title, Gate.OR, 0, children));
    try {
      return new AttackTree(title, description == null
          ? "Imported from Threat Dragon (" + fileName + ")." : description, rootId, nodes,
          mitigations, null, AnalysisSettings.NONE, Map.of());
    } catch (InvalidTreeException invalid) {
      for (TreeProblem problem : invalid.problems()) {
        document.problem(top.position(), problem.message());
      }
      return null;
    }
  }

  /** Refuses v1 models (no version, diagrams with diagramJson) with a located message. */
  private boolean isVersion2(YamlValue.Mapping top) {
    YamlValue.Entry version = top.entry("version");
    String text = version == null ? null : document.text("version", version.value());
    if (text != null && text.startsWith("2")) {
      return true;
    }
    document.problem(version == null ? top.position() : version.value().position(),
        (version == null ? "a Threat Dragon model without a version is a v1 model"
            : "Threat Dragon version '" + text + "' is not supported")
        + ": Thicket reads v2 models; open the model in Threat Dragon 2 and save it, which "
        + "converts it");
    return false;
  }

  /** The gate of a diagram element with threats, or {@code null} when it has none. */
  private String element(YamlValue cell) {
    YamlValue.Mapping mapping = document.mapping("cell", cell, "a mapping (a diagram element)");
    YamlValue.Mapping data = mapping == null || mapping.entry("data") == null ? null
        : document.mapping("data", mapping.entry("data").value(), "a mapping");
    List<YamlValue> threats = data == null ? List.of() : list(data, "threats");
    if (threats.isEmpty()) {
      return null;
    }
    String name = optionalText(data, "name");
    String type = optionalText(data, "type");
    String title = name == null || name.isBlank()
        ? "Unnamed " + (type == null ? "element" : type.replace("tm.", "").toLowerCase(Locale.ROOT))
        : name.strip().replaceAll("\\s+", " ");
    String id = claim(title);
    List<String> leaves = new ArrayList<>();
    for (YamlValue threat : threats) {
      String leaf = threat(threat);
      if (leaf != null) {
        leaves.add(leaf);
      }
    }
    Map<String, Object> kept = new LinkedHashMap<>();
    for (String key : List.of("type", "outOfScope", "reasonOutOfScope")) {
      if (data.entry(key) != null) {
        kept.put(key, document.plain(data.entry(key).value()));
      }
    }
    if (mapping.entry("id") != null) {
      kept.put("id", document.plain(mapping.entry("id").value()));
    }
    Node gate = Node.gate(id, title, Gate.OR, 0, leaves)
        .withDescription(optionalText(data, "description"));
    nodes.add(new Node(gate.id(), gate.title(), gate.description(), Gate.OR, 0, leaves, null,
        null, null, List.of(), List.of(), Map.of(EXTENSION, kept)));
    return id;
  }

  private String threat(YamlValue value) {
    YamlValue.Mapping threat = document.mapping("threat", value, "a mapping with title");
    if (threat == null) {
      return null;
    }
    String title = text(threat, "title", "threat");
    if (title == null) {
      return null;
    }
    String id = claim(title);
    String severity = optionalText(threat, "severity");
    String status = optionalText(threat, "status");
    String type = optionalText(threat, "type");
    String model = optionalText(threat, "modelType");
    List<String> references = type == null || type.isBlank() ? List.of()
        : List.of((model == null || model.isBlank() ? "" : model + ": ") + type);
    List<String> guards = new ArrayList<>();
    String text = optionalText(threat, "mitigation");
    if (text != null && !text.isBlank()) {
      guards.add(mitigation(title, text, status));
    }
    Map<String, Object> kept = new LinkedHashMap<>();
    threat.entries().forEach((key, entry) -> {
      if (!THREAT_KEYS.contains(key) || key.equals("severity") || key.equals("status")) {
        kept.put(key, document.plain(entry.value()));
      }
    });
    nodes.add(new Node(id, title, optionalText(threat, "description"), Gate.LEAF, 0, List.of(),
        likelihood(severity), null, null, guards, references,
        kept.isEmpty() ? Map.of() : Map.of(EXTENSION, kept)));
    return id;
  }

  /** Severity as a level of the default likelihood scale; others (TBD, none) unestimated. */
  static Estimate likelihood(String severity) {
    String level = severity == null ? "" : switch (severity.strip().toLowerCase(Locale.ROOT)) {
      case "low" -> "low";
      case "medium" -> "medium";
      case "high" -> "high";
      case "critical" -> "very-high";
      default -> "";
    };
    return level.isEmpty() ? null : Estimate.level(level);
  }

  /** Mitigated: implemented; any other status (open, accepted, …): proposed. */
  static MitigationStatus status(String status) {
    return status != null && status.strip().equalsIgnoreCase("mitigated")
        ? MitigationStatus.IMPLEMENTED : MitigationStatus.PROPOSED;
  }

  private String mitigation(String threatTitle, String text, String status) {
    String id = Ids.unique(Ids.slug("mitigate " + threatTitle, 64), mitigationIds::contains);
    mitigationIds.add(id);
    String firstLine = text.strip().lines().findFirst().orElse("").strip();
    String title = firstLine.length() <= 100 ? firstLine : firstLine.substring(0, 97) + "...";
    mitigations.add(new Mitigation(id, title, MITIGATION_NOTE + "\n\n" + text.strip(),
        ASSUMED_EFFECTIVENESS, null, status(status), Map.of()));
    return id;
  }

  private String claim(String title) {
    String id = Ids.unique(Ids.slug(title, 64), nodeIds::contains);
    nodeIds.add(id);
    return id;
  }

  private YamlValue.Mapping mapping(YamlValue.Mapping parent, String key, String expected) {
    YamlValue.Entry entry = parent.entry(key);
    if (entry == null) {
      document.problem(parent.position(), "a Threat Dragon model needs " + key);
      return null;
    }
    return document.mapping(key, entry.value(), expected);
  }

  private List<YamlValue> list(YamlValue.Mapping parent, String key) {
    YamlValue.Entry entry = parent.entry(key);
    if (entry == null || isNull(entry.value())) {
      return List.of();
    }
    if (entry.value() instanceof YamlValue.Sequence sequence) {
      return sequence.items();
    }
    document.problem(entry.value().position(), key + " must be a list, not "
        + entry.value().describe());
    return List.of();
  }

  private String text(YamlValue.Mapping parent, String key, String what) {
    YamlValue.Entry entry = parent.entry(key);
    if (entry == null) {
      document.problem(parent.position(), "this " + what + " has no " + key);
      return null;
    }
    String text = document.text(what + " " + key, entry.value());
    if (text != null && text.isBlank()) {
      document.problem(entry.value().position(), what + " " + key + " is empty");
      return null;
    }
    return text;
  }

  private String optionalText(YamlValue.Mapping parent, String key) {
    YamlValue.Entry entry = parent.entry(key);
    return entry == null || isNull(entry.value()) ? null : document.text(key, entry.value());
  }

  private static boolean isNull(YamlValue value) {
    return value instanceof YamlValue.Scalar scalar && scalar.kind() == YamlValue.Kind.NULL;
  }
}
