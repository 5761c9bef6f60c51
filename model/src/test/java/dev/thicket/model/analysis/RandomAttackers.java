package dev.thicket.model.analysis;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.StepAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random costs, times, potential ratings and profiles on a random tree ({@link RandomTrees}). */
final class RandomAttackers {
  private RandomAttackers() {}

  /**
   * {@code tree} with whole-number costs and times on most leaves, full, partial or no potential
   * ratings, and one to three random profiles (budgets, time limits and factor limits, each
   * sometimes absent).
   */
  static AttackTree dress(AttackTree tree, long seed) {
    Random random = new Random(seed);
    List<Node> nodes = new ArrayList<>();
    for (Node node : tree.nodes().values()) {
      if (node.isLeaf()) {
        Double cost = random.nextInt(10) == 0 ? null : (double) random.nextInt(8);
        Double time = random.nextInt(10) == 0 ? null : (double) random.nextInt(30);
        nodes.add(node.withAttacker(new StepAttributes(cost, time, potential(random))));
      }
    }
    List<AttackerProfile> profiles = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      Map<PotentialFactor, String> limits = new EnumMap<>(PotentialFactor.class);
      for (PotentialFactor factor : PotentialFactor.PROFILE_LIMITS) {
        if (random.nextBoolean()) {
          limits.put(factor, factor.levels().get(random.nextInt(factor.levels().size())));
        }
      }
      Double budget = random.nextBoolean() ? null : (double) random.nextInt(16);
      Double hours = random.nextInt(3) == 0 ? (double) random.nextInt(50) : null;
      profiles.add(new AttackerProfile("p" + i, "Profile " + i, null, budget, hours, limits));
    }
    return tree.withNodes(nodes).withProfiles(profiles);
  }

  private static Potential potential(Random random) {
    int kind = random.nextInt(6);
    if (kind == 0) {
      return Potential.NONE;
    }
    Map<PotentialFactor, String> levels = new EnumMap<>(PotentialFactor.class);
    for (PotentialFactor factor : PotentialFactor.values()) {
      if (kind > 1 || random.nextBoolean()) {
        levels.put(factor, factor.levels().get(random.nextInt(Math.min(3,
            factor.levels().size()))));
      }
    }
    return new Potential(levels);
  }
}
