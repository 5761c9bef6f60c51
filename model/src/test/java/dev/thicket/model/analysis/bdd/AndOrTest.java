package dev.thicket.model.analysis.bdd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The fused operations equal the two operations they replace, node for node. */
class AndOrTest {
  private static final int VARIABLES = 7;

  @Property(tries = 300)
  void fusedOperationsEqualTheTwoOperations(@ForAll long seed) {
    Random random = new Random(seed);
    Bdd bdd = new Bdd(VARIABLES);
    for (int round = 0; round < 20; round++) {
      int a = RandomFunctions.of(bdd, random, 4);
      int b = RandomFunctions.of(bdd, random, 4);
      int c = RandomFunctions.of(bdd, random, 4);

      assertThat(bdd.andOr(a, b, c)).as("seed %d", seed).isEqualTo(bdd.or(bdd.and(a, b), c));
      assertThat(bdd.orAnd(a, b, c)).as("seed %d", seed).isEqualTo(bdd.and(bdd.or(a, b), c));
    }
  }

  @Property(tries = 200)
  void noResultOutlivesACollectionOrARollback(@ForAll long seed) {
    Random random = new Random(seed);
    Bdd bdd = new Bdd(VARIABLES);
    int a = RandomFunctions.of(bdd, random, 4);
    int b = RandomFunctions.of(bdd, random, 4);
    int c = RandomFunctions.of(bdd, random, 4);
    int mark = bdd.mark();
    bdd.andOr(a, b, c);
    bdd.orAnd(a, b, c);
    bdd.rollback(mark);

    assertThat(bdd.andOr(a, b, c)).as("seed %d", seed).isEqualTo(bdd.or(bdd.and(a, b), c));

    int[] renumbered = bdd.collect(new int[] {a, b, c});
    int a2 = renumbered[a];
    int b2 = renumbered[b];
    int c2 = renumbered[c];
    RandomFunctions.of(bdd, random, 4);
    assertThat(bdd.orAnd(a2, b2, c2)).as("seed %d", seed).isEqualTo(bdd.and(bdd.or(a2, b2), c2));
    assertThat(bdd.andOr(a2, b2, c2)).as("seed %d", seed).isEqualTo(bdd.or(bdd.and(a2, b2), c2));
  }

  @Test
  void makesNoNodeOfTheInnerConjunction() {
    Bdd bdd = new Bdd(4);
    int a = bdd.or(bdd.variableNode(0), bdd.variableNode(2));
    int b = bdd.or(bdd.variableNode(1), bdd.variableNode(3));
    int c = bdd.variableNode(0);
    int before = bdd.size();

    int fused = bdd.andOr(a, b, c);

    // x0 ∨ (x2 ∧ (x1 ∨ x3)): three new nodes; a ∧ b alone would need four.
    assertThat(bdd.size() - before).isEqualTo(3);
    assertThat(fused).isEqualTo(bdd.or(bdd.and(a, b), c));
  }
}
