package dev.thicket.model.merge;

import dev.thicket.model.merge.MergeConflict.Element;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.InvalidTreeException;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Scales;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The three-way merge of two versions of a tree that share a base, by id and field (docs/git.md):
 * a change on one side is taken, the same change on both sides once; different changes of one
 * field, or an element deleted on one side and changed on the other, are conflicts that keep ours.
 * Lists of ids (children, mitigations attached, references) merge item by item. A node renamed on
 * one side (the diff's rule, {@link dev.thicket.model.diff.NodeRenames}) is matched under its new
 * id. The result is always a valid tree: a merge that would break a rule (a cycle, a dangling
 * child, two roots, a k above the children) keeps ours's structure (gates and children), and
 * failing that ours whole, each a conflict.
 *
 * <p>Cost: linear in the trees' sizes (a few tree validations included).
 */
public final class TreeMerge {
  private final AttackTree base;
  private final AttackTree ours;
  private final AttackTree theirs;
  private final List<MergeConflict> conflicts = new ArrayList<>();
  private final ElementMerge<Node> nodeMerge =
      new ElementMerge<>(Element.NODE, MergedFields.NODE, conflicts);

  private TreeMerge(AttackTree base, AttackTree ours, AttackTree theirs) {
    if (base == null) {
      this.base = null;
      this.ours = ours;
      this.theirs = theirs;
    } else {
      RenameAlignment aligned = new RenameAlignment(base, ours, theirs, conflicts);
      this.base = aligned.base;
      this.ours = aligned.ours;
      this.theirs = aligned.theirs;
    }
  }

  /**
   * Merges {@code ours} and {@code theirs}, two versions of {@code base}; {@code base} may be
   * {@code null} when they have no common version (every element is then added on both sides).
   */
  public static MergeResult of(AttackTree base, AttackTree ours, AttackTree theirs) {
    return new TreeMerge(base, ours, theirs).merge();
  }

  private MergeResult merge() {
    Map<String, Object> tree = new ElementMerge<>(Element.TREE, MergedFields.TREE, conflicts)
        .merge(null, base, ours, theirs, Map.of());
    Set<String> keptMitigations = new HashSet<>();
    Map<String, Mitigation> mitigations = byId(
        new ElementMerge<>(Element.MITIGATION, MergedFields.MITIGATION, conflicts),
        AttackTree::mitigations, Map.of(), keptMitigations, MergedFields::mitigation);
    Set<String> keptNodes = new HashSet<>();
    Map<String, Node> nodes = byId(nodeMerge, AttackTree::nodes,
        Map.of("children", keptNodes, "mitigations", keptMitigations), keptNodes,
        MergedFields::node);
    nodes.replaceAll((id, node) -> withoutGateLikelihood(node));
    new References(base, ours, conflicts).mend(nodes, mitigations);
    AttackTree merged;
    try {
      merged = build(tree, (String) tree.get("root"), nodes, mitigations);
    } catch (InvalidTreeException invalid) {
      merged = new OursStructure(base, ours, theirs, conflicts, why(invalid))
          .apply(tree, nodes, mitigations);
    }
    return new MergeResult(withConflicts(merged), conflicts);
  }

  /**
   * The merged elements of one kind by id, in merged order: present ones
   * ({@link ElementMerge#present}), taken from the side that has them or merged field by field.
   */
  private <E> Map<String, E> byId(ElementMerge<E> merge,
      Function<AttackTree, Map<String, E>> elements, Map<String, Set<String>> kept,
      Set<String> keptByOurs, BiFunction<String, Map<String, Object>, E> build) {
    Map<String, E> b = base == null ? Map.of() : elements.apply(base);
    Map<String, E> o = elements.apply(ours);
    Map<String, E> t = elements.apply(theirs);
    List<String> present = merge.present(b, o, t, keptByOurs);
    Map<String, E> merged = new LinkedHashMap<>();
    for (String id : present) {
      E mine = o.get(id);
      E other = t.get(id);
      boolean one = mine == null || other == null || mine.equals(other)
          || other.equals(b.get(id)); // then ours, or the side that has it
      merged.put(id, one ? (mine == null ? other : mine)
          : build.apply(id, merge.merge(id, b.get(id), mine, other, kept)));
    }
    return merged;
  }

  /**
   * {@code node}, or without its likelihood when the merge made it a gate (one side turned the
   * leaf into a gate while the other estimated it): a conflict.
   */
  private Node withoutGateLikelihood(Node node) {
    if (node.isLeaf() || node.likelihood() == null) {
      return node;
    }
    nodeMerge.conflict(node.id(), "likelihood", likelihood(base, node.id()),
        likelihood(ours, node.id()), likelihood(theirs, node.id()),
        "a gate has no likelihood: dropped");
    return node.withLikelihood(null);
  }

  private static String likelihood(AttackTree tree, String id) {
    Node node = tree == null ? null : tree.nodes().get(id);
    return node == null || node.likelihood() == null ? null : node.likelihood().toString();
  }

  /** The tree of the merged fields; throws {@link InvalidTreeException} when a rule breaks. */
  static AttackTree build(Map<String, Object> tree, String root, Map<String, Node> nodes,
      Map<String, Mitigation> mitigations) {
    @SuppressWarnings("unchecked")
    Map<String, Object> extensions = (Map<String, Object>) tree.get("extensions");
    return new AttackTree((String) tree.get("title"), (String) tree.get("description"), root,
        List.copyOf(nodes.values()), List.copyOf(mitigations.values()),
        (Scales) tree.get("scales"),
        new AnalysisSettings((Double) tree.get("analysis.criticalThreshold"),
            (Double) tree.get("analysis.highRiskThreshold"),
            (Double) tree.get("analysis.budget")),
        MergedFields.profiles(tree), extensions);
  }

  static String why(InvalidTreeException invalid) {
    return "the merged tree would break a rule: " + invalid.problems().get(0).message();
  }

  /**
   * {@code merged} listing the conflicts under {@link MergeConflict#EXTENSION}, if any, each with
   * its sides' exact values ({@link ConflictValues}).
   */
  private AttackTree withConflicts(AttackTree merged) {
    if (conflicts.isEmpty()) {
      return merged;
    }
    Map<String, Object> extensions = new LinkedHashMap<>(merged.extensions());
    ConflictValues values = new ConflictValues(base, ours, theirs, conflicts);
    List<Object> items = earlierConflicts(extensions.get(MergeConflict.EXTENSION));
    for (MergeConflict conflict : conflicts) {
      Map<String, Object> item = conflict.toExtension();
      Map<String, Object> recorded = values.of(conflict);
      if (recorded != null) {
        item.put(ConflictValues.KEY, recorded);
      }
      items.add(item);
    }
    extensions.put(MergeConflict.EXTENSION, Collections.unmodifiableList(items));
    return merged.withExtensions(extensions);
  }

  /**
   * The entries the merged versions still listed (a file merged again before its conflicts were
   * resolved): they stay, first, so that no unresolved conflict is forgotten; a value that is no
   * list stays as one entry.
   */
  private static List<Object> earlierConflicts(Object listed) {
    List<Object> items = new ArrayList<>();
    if (listed instanceof List<?> list) {
      items.addAll(list);
    } else if (listed != null) {
      items.add(listed);
    }
    return items;
  }
}
