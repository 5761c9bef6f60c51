package dev.thicket.model.io.otm;

import dev.thicket.model.io.YamlDocument;
import dev.thicket.model.io.YamlValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which OTM objects become gates, and what each gate holds when no {@code thicket-children}
 * attribute says otherwise: a component with threats (or with such components inside) is an OR
 * gate over its threats, then its components; a dataflow with threats an OR gate over them; trust
 * zones are gates over their zones and top-level components only when two or more hold any (the
 * writer's zone {@code thicket}, standing for "no zone", does not count; a {@code
 * thicket-children} attribute makes any object a gate); the root holds the top-level zones or components, the dataflows, and the threats no one names.
 * Children are OTM objects here; the caller turns them into node ids.
 */
final class OtmStructure {
  static final String PROJECT = "project:";

  final Set<OtmElement> gates = new LinkedHashSet<>();
  final Map<OtmElement, List<OtmElement>> children = new LinkedHashMap<>();
  final List<OtmElement> rootChildren = new ArrayList<>();
  /** The gate each gated component or zone sits in by default ({@code null}: the root). */
  final Map<OtmElement, OtmElement> container = new LinkedHashMap<>();

  private final OtmFile file;
  private final Map<String, OtmElement> components = new LinkedHashMap<>();
  private final Map<String, OtmElement> zones = new LinkedHashMap<>();

  OtmStructure(YamlDocument.Mapper document, OtmFile file, Map<String, OtmElement> threats) {
    this.file = file;
    file.components.forEach(c -> components.putIfAbsent(c.id(), c));
    file.zones.forEach(z -> zones.putIfAbsent(z.id(), z));
    for (OtmElement component : file.components) {
      if (!file.instances.get(component).isEmpty() || forced(component)) {
        for (OtmElement up = component; up != null && gates.add(up); ) {
          up = parentComponent(document, up);
        }
      }
    }
    Set<OtmElement> zoneGates = relevantZones();
    if (zoneGates.size() < 2) {
      zoneGates.clear();
    }
    file.zones.stream().filter(OtmStructure::forced).forEach(zoneGates::add);
    for (OtmElement zone : file.zones) {
      if (zoneGates.contains(zone)) {
        gates.add(zone);
        children.put(zone, new ArrayList<>());
      }
    }
    for (OtmElement zone : file.zones) {
      if (zoneGates.contains(zone)) {
        place(zone, zoneGates.contains(parentZone(zone)) ? parentZone(zone) : null);
      }
    }
    for (OtmElement component : file.components) {
      if (gates.contains(component)) {
        children.put(component, new ArrayList<>());
        for (OtmFile.Instance instance : file.instances.get(component)) {
          add(component, threats.get(instance.threat()));
        }
      }
    }
    for (OtmElement component : file.components) {
      if (gates.contains(component)) {
        OtmElement parent = parentComponent(null, component);
        OtmElement zone = parent == null ? zoneOf(component) : null;
        place(component, parent != null ? parent : zoneGates.contains(zone) ? zone : null);
      }
    }
    for (OtmElement dataflow : file.dataflows) {
      if (!file.instances.get(dataflow).isEmpty() || forced(dataflow)) {
        gates.add(dataflow);
        children.put(dataflow, new ArrayList<>());
        file.instances.get(dataflow).forEach(i -> add(dataflow, threats.get(i.threat())));
        place(dataflow, null);
      }
    }
    Set<OtmElement> named = new HashSet<>();
    children.values().forEach(named::addAll);
    file.threats.stream().filter(t -> !named.contains(t)).forEach(rootChildren::add);
  }

  /** An object with {@code thicket-children} is a gate whatever it holds. */
  private static boolean forced(OtmElement element) {
    return element.thicket().containsKey(OtmVocabulary.CHILDREN);
  }

  /** Each gate's default children as "kind:id" (the root as {@link #PROJECT}). */
  Map<String, List<String>> defaults() {
    Map<String, List<String>> defaults = new LinkedHashMap<>();
    defaults.put(PROJECT, rootChildren.stream().map(OtmStructure::key).toList());
    children.forEach((gate, list) ->
        defaults.put(key(gate), list.stream().map(OtmStructure::key).toList()));
    return defaults;
  }

  static String key(OtmElement element) {
    return element.kind() + ":" + element.id();
  }

  private void add(OtmElement gate, OtmElement child) {
    if (child != null && !children.get(gate).contains(child)) {
      children.get(gate).add(child);
    }
  }

  private void place(OtmElement element, OtmElement parent) {
    container.put(element, parent);
    if (parent == null) {
      rootChildren.add(element);
    } else {
      children.get(parent).add(element);
    }
  }

  /** The component a component sits in; reports an unknown one when given the document. */
  private OtmElement parentComponent(YamlDocument.Mapper document, OtmElement component) {
    String id = parent(component, "component");
    OtmElement parent = id == null ? null : components.get(id);
    if (id != null && parent == null && document != null) {
      document.problem(component.at("parent"), "unknown parent component '" + id + "'");
    }
    return parent;
  }

  private Set<OtmElement> relevantZones() {
    Set<OtmElement> relevant = new LinkedHashSet<>();
    for (OtmElement component : gates) {
      Set<OtmElement> seen = new HashSet<>();
      for (OtmElement zone = zoneOf(component); zone != null && seen.add(zone);
          zone = parentZone(zone)) {
        if (!zone.id().equals(OtmVocabulary.TRUST_ZONE_ID)) {
          relevant.add(zone);
        }
      }
    }
    return relevant;
  }

  /** The trust zone a top-level component sits in, if it names a known one. */
  OtmElement zoneOf(OtmElement component) {
    String id = parent(component, "trustZone");
    return id == null ? null : zones.get(id);
  }

  private OtmElement parentZone(OtmElement zone) {
    String id = parent(zone, "trustZone");
    return id == null || id.equals(zone.id()) ? null : zones.get(id);
  }

  /** The {@code parent.trustZone} or {@code parent.component} id of an element. */
  static String parent(OtmElement element, String kind) {
    YamlValue parent = element.field("parent");
    if (parent instanceof YamlValue.Mapping mapping && mapping.entry(kind) != null
        && mapping.entry(kind).value() instanceof YamlValue.Scalar scalar
        && scalar.kind() != YamlValue.Kind.NULL) {
      return scalar.text();
    }
    return null;
  }

  OtmFile file() {
    return file;
  }
}
