package dev.thicket.model.diff;

import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.RevaluedProbability;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * v(S), the residual risk of the old tree with the units of S applied, without building and
 * analysing a tree per subset. A <em>value unit</em> changes numbers only ({@link
 * RiskInputs#numbersOnly}: its nodes keep their structure, its mitigations what is counted, and
 * it sets no tree field a risk reads). Every other unit <em>rebuilds</em>: the old tree with the rebuilding
 * units of S applied is built and its diagrams made once ({@link RevaluedProbability}), and the
 * value units of S are evaluated on them as replaced nodes and mitigations. The number is the one
 * the reference, {@code residualRisk(units.apply(S))}, gives (AttributionSpeedPropertyTest).
 * Cost: one build per distinct set of rebuilding units (the last one is kept), then O(diagram)
 * per subset.
 */
final class SubsetRisk implements SubsetValue {
  private final ChangeUnits units;
  private final Set<ChangeUnit> rebuilding = new HashSet<>();
  private List<ChangeUnit> builtFor;
  private RevaluedProbability built;

  SubsetRisk(ChangeUnits units) {
    this.units = units;
    units.units().stream().filter(this::changesStructure).forEach(rebuilding::add);
  }

  @Override
  public boolean rebuilds(ChangeUnit unit) {
    return rebuilding.contains(unit);
  }

  private boolean changesStructure(ChangeUnit unit) {
    return !RiskInputs.numbersOnly(unit, units.old(), units.neu());
  }

  @Override
  public double of(List<ChangeUnit> chosen) {
    List<ChangeUnit> structural = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    List<Mitigation> mitigations = new ArrayList<>();
    AttackTree neu = units.neu();
    for (ChangeUnit unit : chosen) {
      if (rebuilds(unit)) {
        structural.add(unit);
      } else {
        unit.nodes().forEach(id -> nodes.add(neu.node(id)));
        unit.mitigations().forEach(id -> mitigations.add(neu.mitigations().get(id)));
      }
    }
    if (!structural.equals(builtFor)) {
      built = new RevaluedProbability(units.apply(structural), Mode.RESIDUAL);
      builtFor = structural;
    }
    return built.risk(nodes, mitigations);
  }
}
