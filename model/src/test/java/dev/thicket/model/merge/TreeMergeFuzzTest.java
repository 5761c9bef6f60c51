package dev.thicket.model.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.thicket.model.diff.TreeDiff;
import dev.thicket.model.edit.EditRefusedException;
import dev.thicket.model.io.FuzzChecks;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.merge.ConflictResolution.Side;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Jazzer target for the merge driver and the diff: three tree files (base, ours, theirs) in one
 * input, separated by a line {@code #=#}; an empty base is no common version. Whatever valid
 * trees come in, the merge ends; its tree writes and reads back and lists the merge's conflicts
 * last (after any entries the inputs still listed); each listed entry can be resolved by each
 * side or is refused with a reason; the diffs of the inputs and of the result are made. In
 * {@code mvn verify} it replays {@code TreeMergeFuzzTestInputs/}.
 */
class TreeMergeFuzzTest {
  private static final byte[] SEPARATOR = "\n#=#\n".getBytes(StandardCharsets.US_ASCII);
  /** Resolving is a write and a read each; a few conflicts show any trouble. */
  private static final int CONFLICTS_RESOLVED = 4;

  @FuzzTest
  void mergesIntoATreeThatReadsBack(byte[] input) {
    List<byte[]> parts = split(input);
    if (parts.size() != 3) {
      return;
    }
    AttackTree base = parts.get(0).length == 0 ? null : read("base.yaml", parts.get(0));
    AttackTree ours = read("ours.yaml", parts.get(1));
    AttackTree theirs = read("theirs.yaml", parts.get(2));
    if (parts.get(0).length != 0 && base == null || ours == null || theirs == null) {
      return;
    }
    MergeResult merge = TreeMerge.of(base, ours, theirs);
    FuzzChecks.assertReadsBack(merge.tree());
    List<RecordedConflict> recorded = RecordedConflict.of(merge.tree());
    List<MergeConflict> listedLast = recorded.subList(
        Math.max(0, recorded.size() - merge.conflicts().size()), recorded.size()).stream()
        .map(RecordedConflict::conflict).toList();
    assertThat(listedLast).as("the merge's conflicts, listed last").isEqualTo(merge.conflicts());
    for (int index = 0; index < Math.min(recorded.size(), CONFLICTS_RESOLVED); index++) {
      for (Side side : Side.values()) {
        resolved(merge.tree(), index, side);
      }
    }
    TreeDiff.of(ours, theirs);
    TreeDiff.of(ours, merge.tree());
  }

  private static void resolved(AttackTree merged, int index, Side side) {
    AttackTree resolved;
    try {
      resolved = ConflictResolution.resolve(merged, index, side);
    } catch (EditRefusedException refused) {
      assertThat(refused.getMessage()).as("a refusal's reason").isNotBlank();
      return;
    }
    FuzzChecks.assertReadsBack(resolved);
    assertThat(RecordedConflict.of(resolved)).as("conflicts left after resolving one")
        .hasSize(RecordedConflict.of(merged).size() - 1);
  }

  private static AttackTree read(String name, byte[] content) {
    try {
      return TreeReader.read(name, content);
    } catch (TreeFileException refused) {
      return null;
    }
  }

  private static List<byte[]> split(byte[] input) {
    List<byte[]> parts = new ArrayList<>();
    int start = 0;
    for (int at = 0; at <= input.length - SEPARATOR.length && parts.size() < 2; at++) {
      if (Arrays.equals(input, at, at + SEPARATOR.length, SEPARATOR, 0, SEPARATOR.length)) {
        parts.add(Arrays.copyOfRange(input, start, at));
        start = at + SEPARATOR.length;
        at = start - 1;
      }
    }
    parts.add(Arrays.copyOfRange(input, start, input.length));
    return parts;
  }
}
