package dev.thicket.model.io;

import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tree as the plain values of its canonical file (mappings, lists, text, numbers), for changes
 * the domain has no edit for, such as putting back one side's field after a merge: take the
 * values, change them, and read them back with the tree reader's rules. Cost: a write and a read
 * of the whole tree.
 */
public final class TreeDocument {
  /** The file name that problems of {@link #read} carry. */
  static final String NAME = "(changed tree)";

  private TreeDocument() {}

  /**
   * The canonical file of {@code tree} as mutable plain values: LinkedHashMap, ArrayList, String,
   * Long, Double, Boolean, in the writer's order.
   */
  public static Map<String, Object> of(AttackTree tree) {
    return parsed(TreeWriter.toYaml(tree));
  }

  /**
   * Like {@link #of(AttackTree)}, with only the nodes and mitigations of these ids (the others
   * left out, so not always a valid tree): to read a few elements' values of a large tree.
   */
  public static Map<String, Object> of(AttackTree tree, Set<String> nodes,
      Set<String> mitigations) {
    return parsed(TreeWriter.toYaml(tree,
        tree.nodes().values().stream().filter(node -> nodes.contains(node.id())).toList(),
        tree.mitigations().values().stream()
            .filter(mitigation -> mitigations.contains(mitigation.id())).toList()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parsed(String text) {
    Problems problems = new Problems();
    YamlValue document = YamlTreeParser.parse(text, problems);
    if (document == null || !problems.isEmpty()) {
      throw new IllegalStateException("the writer's own text did not parse: " + problems);
    }
    return (Map<String, Object>) new Values(problems).extension("", document);
  }

  /**
   * The tree of {@code document}, read with the tree reader's rules; its problems (a cycle, a
   * child that is not there) are located in the text of {@code document}, not in any file.
   */
  public static AttackTree read(Map<String, Object> document) throws TreeFileException {
    StringBuilder text = new StringBuilder();
    ExtensionWriter.write(text, 0, document);
    return TreeReader.read(NAME, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** {@code value} as a map of a plain document, or an empty map when it is not one. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  /** {@code value} as a list of a plain document, or an empty list when it is not one. */
  @SuppressWarnings("unchecked")
  public static List<Object> list(Object value) {
    return value instanceof List<?> list ? (List<Object>) list : List.of();
  }
}
