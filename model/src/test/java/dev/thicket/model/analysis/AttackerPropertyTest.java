package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.PotentialFactor;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The attacker's view against enumeration (docs/analysis.md, "Attackers") on random DAGs with
 * shared steps and shared mitigations: the cheapest, fastest and easiest scenarios against every
 * minimal cut set, P_profile against every outcome of steps and mitigations with every subset of
 * the succeeding steps tried, the number of scenarios within each profile's reach and the
 * riskiest of them.
 */
class AttackerPropertyTest {
  private static final double EPS = 1e-9;

  @Property(tries = 400)
  void cheapestFastestAndEasiestAreTheBestMinimalCutSets(@ForAll long seed) {
    AttackTree tree = RandomAttackers.dress(RandomTrees.generate(seed, 6, 7, 3), seed);
    List<Set<String>> cutSets = new BruteForce(tree).minimalCutSets();

    AttackerResult result = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT).attackers();

    assertBest(tree, cutSets, result.cheapest(), set -> sum(tree, set, true));
    assertBest(tree, cutSets, result.fastest(), set -> sum(tree, set, false));
    assertBest(tree, cutSets, result.easiest(), set -> potential(tree, set));
    if (result.easiest() != null) {
      assertThat(result.feasibility())
          .isEqualTo(Rating.of(potential(tree, leaves(result.easiest())).intValue()));
    }
  }

  @Property(tries = 300)
  void profileProbabilityIsThatOfSomeWithinReachSetAchievingTheGoal(@ForAll long seed) {
    AttackTree tree = RandomAttackers.dress(RandomTrees.generate(seed, 5, 6, 3), seed);
    BruteForce brute = new BruteForce(tree);

    AttackerResult result = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT).attackers();

    for (AttackerProfile profile : tree.profiles().values()) {
      ProfileResult computed = result.profile(profile.id()).orElseThrow();
      for (Mode mode : Mode.values()) {
        assertThat(computed.probability().get(mode)).as("%s %s, seed %d", profile, mode, seed)
            .isCloseTo(profileProbability(tree, brute, profile, mode), within(EPS));
        assertThat(computed.risk().get(mode))
            .isCloseTo(computed.probability().get(mode) * tree.rootImpact(), within(EPS));
      }
      long withinReach = brute.minimalCutSets().stream()
          .filter(set -> withinReach(tree, profile, set)).count();
      assertThat(computed.scenarios()).as("%s, seed %d", profile, seed)
          .isEqualTo(BigInteger.valueOf(withinReach));
    }
  }

  @Property(tries = 100)
  void aProfilesListedScenariosAreTheRiskiestWithinReach(@ForAll long seed) {
    AttackTree tree = RandomAttackers.dress(RandomTrees.generate(seed, 6, 7, 3), seed);
    BruteForce brute = new BruteForce(tree);
    AnalysisOptions topTwo =
        new AnalysisOptions(Mode.RESIDUAL, 2, AnalysisOptions.DEFAULT.overrides());

    for (AttackerProfile profile : tree.profiles().values()) {
      List<Double> expected = brute.minimalCutSets().stream()
          .filter(set -> withinReach(tree, profile, set))
          .map(set -> brute.scenarioProbability(set, Mode.RESIDUAL))
          .sorted(Comparator.reverseOrder()).limit(2).toList();

      CutSetSummary listed = ProfileView.analyse(tree, profile.id(), topTwo).cutSets();

      assertThat(listed.listed()).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        Scenario scenario = listed.listed().get(i);
        assertThat(withinReach(tree, profile, leaves(scenario))).isTrue();
        assertThat(scenario.probability()).as("%s, seed %d", profile, seed)
            .isCloseTo(expected.get(i), within(EPS));
      }
      assertThat(listed.rankingExact()).isTrue();
    }
  }

  /** Σ over outcomes of steps and mitigation failures where some within-reach subset wins. */
  private static double profileProbability(AttackTree tree, BruteForce brute,
      AttackerProfile profile, Mode mode) {
    List<String> steps = tree.nodes().values().stream().filter(Node::isLeaf).map(Node::id)
        .toList();
    List<String> mitigations = List.copyOf(tree.mitigations().keySet());
    int n = steps.size() + mitigations.size();
    double total = 0;
    for (long outcome = 0; outcome < 1L << n; outcome++) {
      double weight = 1;
      List<String> succeeded = new ArrayList<>();
      for (int i = 0; i < steps.size(); i++) {
        double p = likelihood(tree, steps.get(i));
        boolean on = (outcome >> i & 1) == 1;
        weight *= on ? p : 1 - p;
        if (on) {
          succeeded.add(steps.get(i));
        }
      }
      Set<String> failed = new HashSet<>();
      for (int m = 0; m < mitigations.size(); m++) {
        var mitigation = tree.mitigations().get(mitigations.get(m));
        double fails = mode.counts(mitigation) ? 1 - mitigation.effectiveness() : 1;
        boolean on = (outcome >> (steps.size() + m) & 1) == 1;
        weight *= on ? fails : 1 - fails;
        if (on) {
          failed.add(mitigations.get(m));
        }
      }
      if (weight > 0 && someSubsetWins(tree, brute, profile, mode, succeeded, failed)) {
        total += weight;
      }
    }
    return total;
  }

  private static boolean someSubsetWins(AttackTree tree, BruteForce brute,
      AttackerProfile profile, Mode mode, List<String> succeeded, Set<String> failed) {
    for (long subset = 0; subset < 1L << succeeded.size(); subset++) {
      Set<String> set = new HashSet<>();
      for (int i = 0; i < succeeded.size(); i++) {
        if ((subset >> i & 1) == 1) {
          set.add(succeeded.get(i));
        }
      }
      if (withinReach(tree, profile, set)
          && brute.evaluate(set, failed, mode).get(tree.root())) {
        return true;
      }
    }
    return false;
  }

  /** Every step reached by its rated factors; summed cost and time (absent: 0) within limits. */
  private static boolean withinReach(AttackTree tree, AttackerProfile profile, Set<String> set) {
    double cost = 0;
    double time = 0;
    for (String id : set) {
      var step = tree.node(id).attacker();
      for (PotentialFactor factor : profile.limits().keySet()) {
        String level = step.potential().level(factor);
        if (level != null && factor.rank(level) > factor.rank(profile.limits().get(factor))) {
          return false;
        }
      }
      cost += step.cost() == null ? 0 : step.cost();
      time += step.time() == null ? 0 : step.time();
    }
    return (profile.budget() == null || cost <= profile.budget())
        && (profile.time() == null || time <= profile.time());
  }

  /**
   * The engine's scenario is a minimal cut set of least weight (null weight: not eligible), and
   * among those of least weight it has the highest product of likelihoods, then fewest steps.
   */
  private static void assertBest(AttackTree tree, List<Set<String>> cutSets, Scenario scenario,
      Function<Set<String>, Double> weight) {
    List<Set<String>> eligible = cutSets.stream().filter(set -> weight.apply(set) != null)
        .toList();
    if (eligible.isEmpty()) {
      assertThat(scenario).isNull();
      return;
    }
    Comparator<Set<String>> order = Comparator.<Set<String>>comparingDouble(weight::apply)
        .thenComparing(Comparator.<Set<String>>comparingDouble(set -> product(tree, set))
            .reversed())
        .thenComparingInt(Set::size);
    Set<String> best = eligible.stream().min(order).orElseThrow();
    Set<String> found = leaves(scenario);
    assertThat(cutSets).contains(found);
    assertThat(weight.apply(found)).isEqualTo(weight.apply(best));
    assertThat(product(tree, found)).isCloseTo(product(tree, best), within(EPS));
    assertThat(found.size()).isEqualTo(best.size());
  }

  private static Set<String> leaves(Scenario scenario) {
    return new HashSet<>(scenario.leaves());
  }

  private static Double sum(AttackTree tree, Set<String> set, boolean cost) {
    double total = 0;
    for (String id : set) {
      Double value = cost ? tree.node(id).attacker().cost() : tree.node(id).attacker().time();
      if (value == null) {
        return null;
      }
      total += value;
    }
    return total;
  }

  /** Σ over the factors of the highest points among the steps; null when a step is not rated. */
  private static Double potential(AttackTree tree, Set<String> set) {
    double total = 0;
    for (PotentialFactor factor : PotentialFactor.values()) {
      int highest = 0;
      for (String id : set) {
        Potential potential = tree.node(id).attacker().potential();
        if (potential.level(factor) == null) {
          return null;
        }
        highest = Math.max(highest, factor.points(potential.level(factor)));
      }
      total += highest;
    }
    return total;
  }

  private static double product(AttackTree tree, Set<String> set) {
    double product = 1;
    for (String id : set) {
      product *= likelihood(tree, id);
    }
    return product;
  }

  private static double likelihood(AttackTree tree, String id) {
    Node node = tree.node(id);
    return node.likelihood() == null ? tree.scales().defaultLikelihood()
        : node.likelihood().resolve(tree.scales().likelihood());
  }
}
