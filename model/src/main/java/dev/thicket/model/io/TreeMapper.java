package dev.thicket.model.io;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Scales;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps the top-level mapping of a file to the parts of an {@link AttackTree}, reporting every key
 * and type problem. The tree itself (and with it every rule about meaning) is built by {@link
 * #build} only when no problem was found.
 */
final class TreeMapper {
  static final String FORMAT = "attacktree/v1";
  static final List<String> TOP_KEYS = List.of("format", "title", "description", "root", "nodes",
      "mitigations", "profiles", "scales", "analysis");

  private final Problems problems;
  private final Values values;
  private final Keys keys;
  private final ElementMapper elements;
  private final SettingsMapper settings;

  private String title;
  private String description;
  private String root;
  private final List<Node> nodes = new ArrayList<>();
  private final List<Mitigation> mitigations = new ArrayList<>();
  private Scales scales;
  private AnalysisSettings analysis = AnalysisSettings.NONE;
  private final List<AttackerProfile> profiles = new ArrayList<>();

  TreeMapper(Problems problems) {
    this.problems = problems;
    this.values = new Values(problems);
    this.keys = new Keys(problems, values);
    this.elements = new ElementMapper(problems, values, keys);
    this.settings = new SettingsMapper(problems, values, keys);
  }

  /**
   * What {@link #mapStreamed} gave: the tree, or {@code null}; {@code plain} is false when the
   * fast reader gave up on the file (it is not plain block YAML), so that the positioned reading
   * need not try it again.
   */
  record Streamed(AttackTree tree, boolean plain) {}

  /**
   * The tree of plain block YAML ({@link CanonicalYamlReader}), each node mapped as soon as the
   * reader has read it, so that the file's YAML values never live all at once (a tenth of the
   * heap of reading a million-node file). No tree when the fast reader gives up, at the first
   * problem of any kind, and for an invalid tree: the caller then reads the file the positioned
   * way ({@link YamlTreeParser#parse} and {@link #map}), which finds and locates every problem as
   * it always did.
   */
  static Streamed mapStreamed(String text) {
    Problems problems = new Problems();
    TreeMapper mapper = new TreeMapper(problems);
    try {
      YamlValue document = CanonicalYamlReader.read(text, "nodes",
          entry -> add(mapper.nodes, mapper.elements.node(entry)));
      if (document == null) {
        return new Streamed(null, false);
      }
      return new Streamed(problems.isEmpty() ? mapper.map(document) : null, true);
    } catch (RuntimeException problem) { // too many problems, an invalid tree, or unexpected
      return new Streamed(null, true);
    }
  }

  /** The tree of a file's top-level value; {@code null} when a problem was found. */
  AttackTree map(YamlValue document) {
    YamlValue.Mapping top = values.mapping("the file", document,
        "a mapping with format, title, root and nodes");
    if (top == null) {
      return null;
    }
    Map<String, Object> extensions = keys.walk(top, TOP_KEYS,
        List.of("format", "title", "root", "nodes"), true, "", top.position(), this::set);
    if (!problems.isEmpty()) {
      return null;
    }
    return new AttackTree(title, description, root, nodes, mitigations, scales,
        analysis, profiles, extensions);
  }

  private void set(String key, YamlValue value) {
    switch (key) {
      case "format" -> checkFormat(value);
      case "title" -> title = values.text(key, value);
      case "description" -> description = values.text(key, value);
      case "root" -> root = values.text(key, value);
      case "nodes" -> eachEntry(key, value, "a mapping from node id to node",
          entry -> add(nodes, elements.node(entry)));
      case "mitigations" -> eachEntry(key, value, "a mapping from mitigation id to mitigation",
          entry -> add(mitigations, elements.mitigation(entry)));
      case "scales" -> scales = settings.scales(key, value);
      case "analysis" -> analysis = settings.analysis(key, value);
      case "profiles" -> profiles.addAll(new ProfileMapper(values, keys, elements)
          .profiles(key, value));
      default -> throw new IllegalStateException(key);
    }
  }

  private void checkFormat(YamlValue value) {
    String format = values.text("format", value);
    if (format != null && !format.equals(FORMAT)) {
      problems.add(value.position(),
          "unsupported format '" + format + "'; this version reads '" + FORMAT + "'");
    }
  }

  private void eachEntry(String key, YamlValue value, String expected,
      java.util.function.Consumer<YamlValue.Entry> action) {
    YamlValue.Mapping mapping = values.mapping(key, value, expected);
    if (mapping != null) {
      mapping.entries().values().forEach(action);
    }
  }

  private static <T> void add(List<T> list, T element) {
    if (element != null) {
      list.add(element);
    }
  }
}
