package dev.thicket.model.io.otm;

import dev.thicket.model.io.Position;
import dev.thicket.model.io.YamlDocument;
import dev.thicket.model.io.YamlValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The objects of an OTM file as read, before mapping: the project, the lists of trust zones,
 * components, dataflows, threats and mitigations, and the threat instances of each component and
 * dataflow. Top-level keys Thicket does not map (representations, assets, …) are kept as plain
 * values.
 */
final class OtmFile {
  /** A threat named by a component or dataflow, with its state and its mitigations. */
  record Instance(String threat, Position at, String state, List<MitigationInstance> mitigations) {}

  /** A mitigation named by a threat instance, with its state. */
  record MitigationInstance(String mitigation, Position at, String state) {}

  static final List<String> LISTS =
      List.of("trustZones", "components", "dataflows", "threats", "mitigations");

  String version;
  OtmElement project;
  final List<OtmElement> zones = new ArrayList<>();
  final List<OtmElement> components = new ArrayList<>();
  final List<OtmElement> dataflows = new ArrayList<>();
  final List<OtmElement> threats = new ArrayList<>();
  final List<OtmElement> mitigations = new ArrayList<>();
  final Map<OtmElement, List<Instance>> instances = new LinkedHashMap<>();
  final Map<String, Object> others = new LinkedHashMap<>();

  /** Reads the top level; {@code null} when it is not a mapping (a problem says so). */
  static OtmFile read(YamlDocument.Mapper document) {
    YamlValue.Mapping top = document.mapping("the file", document.root(),
        "an Open Threat Model mapping (otmVersion, project, components, threats, ...)");
    if (top == null) {
      return null;
    }
    OtmFile file = new OtmFile();
    YamlValue.Entry version = top.entry("otmVersion");
    if (version == null) {
      document.problem(top.position(), "an OTM file needs otmVersion");
    } else {
      file.version = document.text("otmVersion", version.value());
    }
    YamlValue.Entry project = top.entry("project");
    if (project == null) {
      document.problem(top.position(), "an OTM file needs a project (with name and id)");
    } else {
      file.project = OtmElement.read(document, "project", project.value(), Set.of());
    }
    for (YamlValue.Entry entry : top.entries().values()) {
      switch (entry.key()) {
        case "otmVersion", "project" -> { }
        case "trustZones" -> file.list(document, entry, "trust zone", Set.of(), file.zones);
        case "components" ->
            file.list(document, entry, "component", Set.of("threats", "parent"), file.components);
        case "dataflows" -> file.list(document, entry, "dataflow", Set.of("threats"),
            file.dataflows);
        case "threats" -> file.list(document, entry, "threat", Set.of("risk", "cwes"),
            file.threats);
        case "mitigations" -> file.list(document, entry, "mitigation", Set.of("riskReduction"),
            file.mitigations);
        default -> file.others.put(entry.key(), document.plain(entry.value()));
      }
    }
    for (OtmElement element : file.components) {
      file.instances.put(element, instances(document, element));
    }
    for (OtmElement element : file.dataflows) {
      file.instances.put(element, instances(document, element));
    }
    return file;
  }

  private void list(YamlDocument.Mapper document, YamlValue.Entry entry, String kind,
      Set<String> mapped, List<OtmElement> into) {
    if (OtmElement.isEmpty(entry.value())) {
      return;
    }
    if (!(entry.value() instanceof YamlValue.Sequence sequence)) {
      document.problem(entry.value().position(), entry.key() + " must be a list, not "
          + entry.value().describe());
      return;
    }
    for (YamlValue item : sequence.items()) {
      OtmElement element = OtmElement.read(document, kind, item, mapped);
      if (element != null) {
        into.add(element);
      }
    }
  }

  private static List<Instance> instances(YamlDocument.Mapper document, OtmElement element) {
    List<Instance> instances = new ArrayList<>();
    YamlValue threats = element.field("threats");
    if (threats == null) {
      return instances;
    }
    if (!(threats instanceof YamlValue.Sequence sequence)) {
      document.problem(threats.position(), "threats of a " + element.kind()
          + " must be a list of threat instances, not " + threats.describe());
      return instances;
    }
    for (YamlValue item : sequence.items()) {
      YamlValue.Mapping mapping = document.mapping("threat instance", item,
          "a mapping with threat and state");
      if (mapping == null) {
        continue;
      }
      String threat = text(document, mapping, "threat", "threat instance");
      String state = text(document, mapping, "state", "threat instance");
      List<MitigationInstance> mitigations = new ArrayList<>();
      YamlValue.Entry list = mapping.entry("mitigations");
      if (list != null && !OtmElement.isEmpty(list.value())) {
        if (list.value() instanceof YamlValue.Sequence items) {
          for (YamlValue mitigation : items.items()) {
            YamlValue.Mapping one = document.mapping("mitigation instance", mitigation,
                "a mapping with mitigation and state");
            if (one != null) {
              mitigations.add(new MitigationInstance(
                  text(document, one, "mitigation", "mitigation instance"), one.position(),
                  text(document, one, "state", "mitigation instance")));
            }
          }
        } else {
          document.problem(list.value().position(),
              "mitigations of a threat instance must be a list, not " + list.value().describe());
        }
      }
      for (YamlValue.Entry key : mapping.entries().values()) {
        if (!List.of("threat", "state", "mitigations").contains(key.key())) {
          document.problem(key.keyPosition(), "unknown key '" + key.key()
              + "' in a threat instance (threat, state, mitigations)");
        }
      }
      if (threat != null) {
        instances.add(new Instance(threat, mapping.position(), state, mitigations));
      }
    }
    return instances;
  }

  private static String text(YamlDocument.Mapper document, YamlValue.Mapping mapping, String key,
      String what) {
    YamlValue.Entry entry = mapping.entry(key);
    if (entry == null) {
      document.problem(mapping.position(), "this " + what + " has no " + key);
      return null;
    }
    return document.text(what + " " + key, entry.value());
  }
}
