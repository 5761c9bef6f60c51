package dev.thicket.model.analysis.bdd;

import java.util.Random;

/** Random Boolean functions built in a BDD manager, for the engine's tests. */
final class RandomFunctions {
  private RandomFunctions() {}

  /** A random formula over the manager's variables, at most {@code depth} operations deep. */
  static int of(Bdd bdd, Random random, int depth) {
    if (depth == 0 || random.nextInt(4) == 0) {
      return bdd.variableNode(random.nextInt(bdd.variableCount()));
    }
    int left = of(bdd, random, depth - 1);
    int right = of(bdd, random, depth - 1);
    return switch (random.nextInt(5)) {
      case 0 -> bdd.and(left, right);
      case 1 -> bdd.or(left, right);
      case 2 -> bdd.xor(left, right);
      case 3 -> bdd.difference(left, right);
      default -> bdd.not(left);
    };
  }
}
