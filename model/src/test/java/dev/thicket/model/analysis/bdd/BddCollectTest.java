package dev.thicket.model.analysis.bdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Garbage collection of a BDD manager: kept functions stay the same functions, the rest goes. */
class BddCollectTest {
  private static final int VARIABLES = 6;

  @Property(tries = 300)
  void keptFunctionsKeepTheirTruthTables(@ForAll long seed) {
    Random random = new Random(seed);
    Bdd bdd = new Bdd(VARIABLES);
    int[] functions = new int[8];
    for (int i = 0; i < functions.length; i++) {
      functions[i] = RandomFunctions.of(bdd, random, 4);
    }
    boolean[][] before = new boolean[functions.length][];
    for (int i = 0; i < functions.length; i++) {
      before[i] = truthTable(bdd, functions[i]);
    }
    int[] kept = {functions[0], functions[3], functions[5]};

    int[] renumbered = bdd.collect(kept);

    for (int i : new int[] {0, 3, 5}) {
      int now = renumbered[functions[i]];
      assertThat(truthTable(bdd, now)).as("function %d, seed %d", i, seed).isEqualTo(before[i]);
    }
    for (int node = 2; node < bdd.size(); node++) {
      assertThat(bdd.low(node)).isLessThan(node);
      assertThat(bdd.high(node)).isLessThan(node);
    }
  }

  @Test
  void dropsWhatNoRootReachesAndStillSharesNodes() {
    Bdd bdd = new Bdd(3);
    int a = bdd.variableNode(0);
    int b = bdd.variableNode(1);
    int c = bdd.variableNode(2);
    int kept = bdd.and(a, b);
    bdd.or(bdd.xor(a, c), b);
    int sizeBefore = bdd.size();

    int[] renumbered = bdd.collect(new int[] {kept});

    assertThat(bdd.size()).isEqualTo(2 + 2).isLessThan(sizeBefore);
    assertThat(renumbered[c]).isEqualTo(-1);
    int again = bdd.and(bdd.variableNode(0), bdd.variableNode(1));
    assertThat(again).isEqualTo(renumbered[kept]);
    assertThat(bdd.size()).isEqualTo(2 + 3);
  }

  @Test
  void marksTakenAfterACollectionStillRollBack() {
    Bdd bdd = new Bdd(3);
    int start = bdd.mark();
    int kept = bdd.or(bdd.variableNode(0), bdd.variableNode(2));
    bdd.and(kept, bdd.variableNode(1));
    int[] renumbered = bdd.collect(new int[] {kept});
    int mark = bdd.mark();
    bdd.and(renumbered[kept], bdd.variableNode(1));

    bdd.rollback(mark);

    assertThat(bdd.size()).isEqualTo(mark);
    assertThat(truthTable(bdd, renumbered[kept]))
        .isEqualTo(new boolean[] {false, true, false, true, true, true, true, true});
    assertThatThrownBy(() -> bdd.rollback(start)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * A copy keeping some functions, or every node (then the arrays are copied as they are): they
   * have the same truth tables and the same numbers as a collection gives them, the copy holds
   * nothing else and finds its own nodes again, and the original is left as it was, its unique
   * table apart from the copy's.
   */
  @Property(tries = 300)
  void aCopyKeepsTheRootsAsACollectionWouldAndLeavesTheOriginal(@ForAll long seed,
      @ForAll boolean everyNode) {
    Random random = new Random(seed);
    Bdd bdd = new Bdd(VARIABLES);
    int[] functions = new int[8];
    for (int i = 0; i < functions.length; i++) {
      functions[i] = RandomFunctions.of(bdd, random, 4);
    }
    int[] keptIndices = {1, 2, 6};
    if (everyNode) {
      int[] renumbered = bdd.collect(functions);
      for (int i = 0; i < functions.length; i++) {
        functions[i] = renumbered[functions[i]];
      }
      keptIndices = new int[] {0, 1, 2, 3, 4, 5, 6, 7};
    }
    int[] kept = new int[keptIndices.length];
    for (int i = 0; i < kept.length; i++) {
      kept[i] = functions[keptIndices[i]];
    }
    int size = bdd.size();
    boolean[][] before = new boolean[functions.length][];
    for (int i = 0; i < functions.length; i++) {
      before[i] = truthTable(bdd, functions[i]);
    }
    int[] copied = new int[size];

    Bdd copy = bdd.copyKeeping(kept, () -> {}, copied);

    assertThat(bdd.size()).isEqualTo(size);
    for (int i = 0; i < functions.length; i++) {
      assertThat(truthTable(bdd, functions[i])).as("original %d, seed %d", i, seed)
          .isEqualTo(before[i]);
    }
    int copySize = copy.size();
    int remade = copy.and(copied[functions[1]], copied[functions[2]]);
    assertThat(copy.or(copied[functions[6]], copied[functions[6]]))
        .isEqualTo(copied[functions[6]]);
    assertThat(truthTable(copy, remade)).isEqualTo(and(before[1], before[2]));
    for (int node = 2; node < copySize; node++) {
      assertThat(copy.make(copy.variable(node), copy.low(node), copy.high(node)))
          .as("node %d found again, seed %d", node, seed).isEqualTo(node);
    }
    int madeInTheOriginal = bdd.and(functions[1], functions[2]);
    assertThat(truthTable(bdd, madeInTheOriginal)).isEqualTo(and(before[1], before[2]));
    for (int node = 2; node < size; node++) {
      assertThat(bdd.make(bdd.variable(node), bdd.low(node), bdd.high(node)))
          .as("original node %d found again, seed %d", node, seed).isEqualTo(node);
    }
    int[] collected = bdd.collect(kept);
    assertThat(copySize).isEqualTo(bdd.size());
    for (int i : keptIndices) {
      assertThat(copied[functions[i]]).isEqualTo(collected[functions[i]]);
      assertThat(truthTable(copy, copied[functions[i]])).as("copy %d, seed %d", i, seed)
          .isEqualTo(before[i]);
    }
  }

  private static boolean[] and(boolean[] a, boolean[] b) {
    boolean[] result = new boolean[a.length];
    for (int i = 0; i < a.length; i++) {
      result[i] = a[i] && b[i];
    }
    return result;
  }

  /** f's value for every assignment, variable 0 the lowest bit of the assignment's number. */
  private static boolean[] truthTable(Bdd bdd, int f) {
    int variables = bdd.variableCount();
    boolean[] table = new boolean[1 << variables];
    for (int assignment = 0; assignment < table.length; assignment++) {
      int node = f;
      while (node > Bdd.TRUE) {
        node = (assignment >> bdd.variable(node) & 1) == 1 ? bdd.high(node) : bdd.low(node);
      }
      table[assignment] = node == Bdd.TRUE;
    }
    return table;
  }
}
