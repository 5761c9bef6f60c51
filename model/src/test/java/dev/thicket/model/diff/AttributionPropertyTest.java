package dev.thicket.model.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.analysis.RandomTrees;
import dev.thicket.model.tree.AttackTree;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The attribution's laws on random pairs of trees (old, old after random edits). */
class AttributionPropertyTest {

  @Property(tries = 150)
  void shapleyValuesSumToTheTotalChange(@ForAll long seed) {
    AttackTree old = RandomTrees.generate(seed, 5, 6, 3);
    AttackTree neu = RandomEdits.of(old, seed * 31 + 7);
    Structure structure = new Structure(old, neu);
    ChangeUnits units = new ChangeUnits(structure, false);
    Assume.that(units.units().size() <= ChangeUnits.SHAPLEY_LIMIT);

    Attribution attribution = RiskAttribution.of(units, RiskAttribution::residualRisk);

    assertThat(attribution.method()).isEqualTo(Attribution.Method.SHAPLEY);
    assertThat(attribution.before()).isCloseTo(RiskAttribution.residualRisk(old), within(1e-12));
    assertThat(attribution.after()).isCloseTo(RiskAttribution.residualRisk(neu), within(1e-12));
    double sum = attribution.shares().stream().mapToDouble(Attribution.Share::value).sum();
    assertThat(sum).as("seed %d", seed).isCloseTo(attribution.total(),
        within(1e-12 * Math.max(1e-300, Math.max(attribution.before(), attribution.after()))));
  }

  @Property(tries = 100)
  void sequentialSharesSumToTheTotalChange(@ForAll long seed) {
    AttackTree old = RandomTrees.generate(seed, 5, 6, 3);
    AttackTree neu = RandomEdits.of(old, seed * 17 + 3);
    ChangeUnits units = new ChangeUnits(new Structure(old, neu), false);

    Attribution attribution = RiskAttribution.of(units, RiskAttribution::residualRisk, -1);

    assertThat(attribution.method()).isEqualTo(Attribution.Method.SEQUENTIAL);
    double sum = attribution.shares().stream().mapToDouble(Attribution.Share::value).sum();
    assertThat(sum).isCloseTo(attribution.total(), within(1e-12));
  }

  @Property(tries = 100)
  void shapleyIsTheAverageMarginalContributionOverAllOrders(@ForAll long seed) {
    AttackTree old = RandomTrees.generate(seed, 4, 5, 2);
    AttackTree neu = RandomEdits.of(old, seed + 1);
    ChangeUnits units = new ChangeUnits(new Structure(old, neu), false);
    int n = units.units().size();
    Assume.that(n >= 1 && n <= 5);

    Attribution attribution = RiskAttribution.of(units, RiskAttribution::residualRisk);

    double[] average = new double[n];
    List<List<Integer>> orders = permutations(n);
    for (List<Integer> order : orders) {
      List<ChangeUnit> applied = new ArrayList<>();
      double previous = RiskAttribution.residualRisk(units.apply(applied));
      for (int unit : order) {
        applied.add(units.units().get(unit));
        double next = RiskAttribution.residualRisk(units.apply(applied));
        average[unit] += (next - previous) / orders.size();
        previous = next;
      }
    }
    // every unit that changes something a risk reads has its share, the average; the others
    // (titles, votes, references…) are left out, and their average is 0
    for (int i = 0; i < n; i++) {
      ChangeUnit unit = units.units().get(i);
      List<Attribution.Share> share = attribution.shares().stream()
          .filter(s -> s.unit().equals(unit)).toList();
      boolean unread = RiskInputs.unread(unit, old, neu);
      assertThat(share).as("unit %d, seed %d", i, seed).hasSize(unread ? 0 : 1);
      assertThat(unread ? 0 : share.get(0).value()).as("unit %d, seed %d", i, seed)
          .isCloseTo(average[i], within(1e-12));
    }
  }

  @Property(tries = 150)
  void everyCombinationOfUnitsIsAValidTree(@ForAll long seed) {
    AttackTree old = RandomTrees.generate(seed, 5, 6, 3);
    AttackTree neu = RandomEdits.of(old, seed ^ 0x5DEECE66DL);
    ChangeUnits units = new ChangeUnits(new Structure(old, neu), false);
    int n = Math.min(units.units().size(), 10);
    for (int mask = 0; mask < 1 << n; mask++) {
      units.apply(RiskAttribution.chosen(units.units(), mask));
    }
    assertThat(RiskAttribution.residualRisk(units.apply(units.units())))
        .isCloseTo(RiskAttribution.residualRisk(neu), within(1e-12));
  }

  private static List<List<Integer>> permutations(int n) {
    List<List<Integer>> result = new ArrayList<>();
    permute(new ArrayList<>(), n, result);
    return result;
  }

  private static void permute(List<Integer> prefix, int n, List<List<Integer>> result) {
    if (prefix.size() == n) {
      result.add(List.copyOf(prefix));
      return;
    }
    for (int i = 0; i < n; i++) {
      if (!prefix.contains(i)) {
        prefix.add(i);
        permute(prefix, n, result);
        prefix.remove(prefix.size() - 1);
      }
    }
  }
}
