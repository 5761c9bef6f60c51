package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The cost–risk front against the front of all 2^n plans, each scored by enumeration. */
class MitigationPlansPropertyTest {
  private static final double EPS = 1e-9;

  @Property(tries = 500)
  void theFrontIsExactlyTheUnbeatenPlansOfEveryPlan(@ForAll long seed) {
    AttackTree tree = withCandidates(RandomTrees.generate(seed, 7, 6, 6), seed);
    checkFront(tree, seed);
  }

  @Property(tries = 100)
  void nonCoherentTreesToo(@ForAll long seed) {
    AttackTree tree = withCandidates(RandomTrees.generate(seed, 7, 5, 5, true), seed);
    checkFront(tree, seed);
  }

  /** A tree of one leaf (its root): the fuzzed report writers found a NullPointerException. */
  @Example
  void aTreeOfOneLeaf() throws Exception {
    String yaml = """
        format: attacktree/v1
        title: One leaf
        root: goal
        nodes:
          goal:
            title: The goal itself
            likelihood: 0.4
            impact: 5
            mitigations: [wall, lock]
        mitigations:
          wall:
            title: A wall
            effectiveness: 0.5
            cost: 3
            status: proposed
          lock:
            title: A lock
            effectiveness: 0.5
            status: implemented
        """;
    AttackTree tree = TreeReader.read("one-leaf.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    checkFront(tree, 0);
    List<Plan> plans = MitigationPlans.front(tree, 64, AnalysisMonitor.NONE).front();
    assertThat(plans).extracting(Plan::mitigations).containsExactly(List.of(), List.of("wall"));
    assertThat(plans.get(0).risk()).isCloseTo(0.4 * 0.5 * 5, within(EPS));
    assertThat(plans.get(1).risk()).isCloseTo(0.4 * 0.5 * 0.5 * 5, within(EPS));
    AttackTree bare = new AttackTree("t", null, "a", List.of(new Node("a", "t", null, Gate.LEAF,
        0, List.of(), null, null, null, List.of(), List.of(), Map.of())), List.of(), null,
        new AnalysisSettings(0.0, 0.0, 0.0), Map.of());
    assertThat(MitigationPlans.front(bare, 64, AnalysisMonitor.NONE).front()).hasSize(1);
  }

  private static void checkFront(AttackTree tree, long seed) {
    List<Mitigation> candidates = tree.mitigations().values().stream()
        .filter(m -> m.status() != MitigationStatus.IMPLEMENTED && m.cost() != null).toList();
    List<Plan> expected = bruteForceFront(tree, candidates);

    PlanFront front = MitigationPlans.front(tree, 64, AnalysisMonitor.NONE);

    assertThat(front.candidates()).containsExactlyElementsOf(
        candidates.stream().map(Mitigation::id).toList());
    assertThat(front.baseline().risk()).isCloseTo(
        new BruteForce(tree).probabilityOfAll(Mode.RESIDUAL, tree.root()) * tree.rootImpact(),
        within(EPS));
    assertThat(front.front()).as("seed %d: %s", seed, front.front()).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      Plan plan = front.front().get(i);
      assertThat(plan.mitigations()).as("seed %d, plan %d", seed, i)
          .isEqualTo(expected.get(i).mitigations());
      assertThat(plan.cost()).isCloseTo(expected.get(i).cost(), within(EPS));
      assertThat(plan.risk()).isCloseTo(expected.get(i).risk(), within(EPS));
    }
  }

  /** Every subset of the candidates scored by enumeration, reduced by the front's definition. */
  private static List<Plan> bruteForceFront(AttackTree tree, List<Mitigation> candidates) {
    BruteForce brute = new BruteForce(tree);
    List<Plan> all = new ArrayList<>();
    for (int subset = 0; subset < 1 << candidates.size(); subset++) {
      Set<Mitigation> chosen = new HashSet<>();
      double cost = 0;
      for (int i = 0; i < candidates.size(); i++) {
        if ((subset >> i & 1) == 1) {
          chosen.add(candidates.get(i));
          cost += candidates.get(i).cost();
        }
      }
      double p = brute.probabilityCounting(
          m -> m.status() == MitigationStatus.IMPLEMENTED || chosen.contains(m), Map.of());
      List<String> ids = candidates.stream().filter(chosen::contains).map(Mitigation::id).toList();
      all.add(new Plan(ids, cost, p, p * tree.rootImpact()));
    }
    List<Plan> front = new ArrayList<>();
    for (Plan plan : all) {
      boolean beaten = all.stream().anyMatch(other -> other != plan
          && (other.cost() <= plan.cost() && lower(other.risk(), plan.risk())
              || !lower(plan.risk(), other.risk()) && !lower(other.risk(), plan.risk())
                  && (other.cost() < plan.cost() || other.cost() == plan.cost()
                      && other.mitigations().size() < plan.mitigations().size())));
      if (!beaten) {
        front.add(plan);
      }
    }
    front.sort(Comparator.comparingDouble(Plan::cost));
    return front;
  }

  private static boolean lower(double a, double b) {
    return a < b - 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  }

  /** The tree's mitigations with random statuses (proposed too) and costs, some uncosted. */
  static AttackTree withCandidates(AttackTree tree, long seed) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    AttackTree result = tree;
    for (Mitigation m : tree.mitigations().values()) {
      MitigationStatus status = random.nextInt(6) == 0 ? MitigationStatus.IMPLEMENTED
          : random.nextBoolean() ? MitigationStatus.PLANNED : MitigationStatus.PROPOSED;
      Double cost = random.nextInt(5) == 0 ? null : (double) (1 + random.nextInt(20));
      result = result.withMitigation(new Mitigation(m.id(), m.title(), m.description(),
          m.effectiveness(), cost, status, m.extensions()));
    }
    return result;
  }
}
