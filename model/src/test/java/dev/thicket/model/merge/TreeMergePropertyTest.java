package dev.thicket.model.merge;

import static dev.thicket.model.merge.MergeTrees.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.analysis.RandomTrees;
import dev.thicket.model.diff.RandomEdits;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The merge's laws on random trees and random edits of them (the diff's generators). */
class TreeMergePropertyTest {

  private static AttackTree base(long seed) {
    return RandomTrees.generate(seed, 5, 6, 3);
  }

  @Property(tries = 200)
  void theirsUnchangedGivesOurs(@ForAll long seed) {
    AttackTree base = base(seed);
    AttackTree ours = RandomEdits.of(base, seed * 31 + 7);

    MergeResult merge = TreeMerge.of(base, ours, base);

    assertThat(merge.conflicts()).isEmpty();
    assertThat(yaml(merge.tree())).isEqualTo(yaml(ours));
  }

  @Property(tries = 200)
  void oursUnchangedGivesTheirs(@ForAll long seed) {
    AttackTree base = base(seed);
    AttackTree theirs = RandomEdits.of(base, seed * 17 + 3);

    MergeResult merge = TreeMerge.of(base, base, theirs);

    assertThat(merge.conflicts()).isEmpty();
    assertThat(yaml(merge.tree())).isEqualTo(yaml(theirs));
  }

  @Property(tries = 200)
  void sameEditsOnBothSidesGiveThem(@ForAll long seed) {
    AttackTree base = base(seed);
    AttackTree both = RandomEdits.of(base, seed ^ 0x5DEECE66DL);

    MergeResult merge = TreeMerge.of(base, both, both);

    assertThat(merge.conflicts()).isEmpty();
    assertThat(yaml(merge.tree())).isEqualTo(yaml(both));
  }

  @Property(tries = 500)
  void anyMergeIsAValidTreeListingItsConflicts(@ForAll long seed) throws Exception {
    AttackTree base = base(seed);
    AttackTree ours = RandomEdits.of(base, seed * 31 + 7);
    AttackTree theirs = RandomEdits.of(base, seed * 17 + 3);

    MergeResult merge = TreeMerge.of(base, ours, theirs);

    AttackTree read = TreeReader.read("merged.yaml",
        yaml(merge.tree()).getBytes(StandardCharsets.UTF_8));
    Object listed = MergeTrees.withoutValues(read).extensions().get(MergeConflict.EXTENSION);
    if (merge.clean()) {
      assertThat(listed).isNull();
    } else {
      assertThat(listed).isEqualTo(
          merge.conflicts().stream().map(MergeConflict::toExtension).toList());
    }
  }

  @Property(tries = 200)
  void mergeIsSymmetricWhenThereIsNoConflict(@ForAll long seed) {
    AttackTree base = base(seed);
    AttackTree ours = RandomEdits.of(base, seed * 31 + 7);
    AttackTree theirs = RandomEdits.of(base, seed * 17 + 3);

    MergeResult forward = TreeMerge.of(base, ours, theirs);
    MergeResult backward = TreeMerge.of(base, theirs, ours);

    if (forward.clean() && backward.clean()) {
      assertThat(sorted(backward.tree())).isEqualTo(sorted(forward.tree()));
    }
  }

  /**
   * The canonical lines, sorted: the same content whatever the order of nodes, children and
   * references (items both sides added come ours first).
   */
  private static List<String> sorted(AttackTree tree) {
    return yaml(tree).lines().map(line -> itemsSorted(itemsSorted(line, "children"),
        "references")).sorted().toList();
  }

  private static String itemsSorted(String line, String key) {
    String start = "    " + key + ": [";
    return line.startsWith(start) ? start + String.join(", ", List.of(line.substring(
        start.length(), line.length() - 1).split(", ")).stream().sorted().toList()) + "]"
        : line;
  }
}
