package dev.thicket.exports.report;

import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Plan;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.analysis.UncertaintyAnalysis;
import dev.thicket.model.analysis.UncertaintyOptions;
import dev.thicket.model.analysis.UncertaintyResult;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a risk report shows: a {@link ScoredTree} (every number, colour band and gate label, in
 * the report's mode), the file it came from, and the two things only reports need, the gaps and
 * the risk matrix. Rendered by {@code MarkdownReport}, {@code PdfReport} and {@code SvgDiagram}
 * (pure functions of a report, used by the CLI and the editor alike). Made with {@link #of}.
 *
 * @param funding the "What to fund" section: the cost–risk front of mitigation plans
 * @param uncertainty the "Uncertainty" section: a Monte Carlo run over the ranged estimates;
 *     empty for a tree without ranges
 * @param attackers the "Attackers" section: cost, time, attack potential and profiles; empty
 *     for a tree without any
 * @param gaps the listed high-risk scenarios on whose way no mitigation (of any status) is attached
 * @param riskMatrix the listed scenarios on the likelihood × impact grid
 */
public record Report(ScoredTree scored, Funding funding,
    Optional<UncertaintyResult> uncertainty, Optional<Attackers> attackers, ReportSource source,
    List<Scenario> gaps, RiskMatrix riskMatrix) {

  public Report {
    Objects.requireNonNull(scored, "scored");
    Objects.requireNonNull(funding, "funding");
    Objects.requireNonNull(uncertainty, "uncertainty");
    Objects.requireNonNull(attackers, "attackers");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(riskMatrix, "riskMatrix");
    gaps = List.copyOf(gaps);
  }

  /**
   * The report of a scored tree (its scenarios and importance in the report's mode), the front of
   * its mitigation plans computed now ({@link Funding#of(AttackTree)}).
   */
  public static Report of(ScoredTree scored, ReportSource source) {
    return of(scored, Funding.of(scored.tree()), source);
  }

  /**
   * The report of a scored tree with a front computed already, sampling its ranges now (default
   * samples and seed) when it has some.
   */
  public static Report of(ScoredTree scored, Funding funding, ReportSource source) {
    return of(scored, funding, sampled(scored.tree()), source);
  }

  /**
   * The report of a scored tree with a front and a Monte Carlo run computed already, scoring it
   * per attacker profile now ({@link Attackers#of}).
   *
   * @throws IllegalArgumentException when the nodes' importance is still pending
   */
  public static Report of(ScoredTree scored, Funding funding,
      Optional<UncertaintyResult> uncertainty, ReportSource source) {
    if (scored.importancePending()) {
      throw new IllegalArgumentException("the importance of the nodes is still being computed");
    }
    List<Scenario> scenarios = scored.scenarios();
    return new Report(scored, funding, uncertainty, Attackers.of(scored), source,
        gaps(scored.tree(), scenarios),
        RiskMatrix.of(scored.tree().scales(), scenarios, scored.result().impact()));
  }

  /**
   * A Monte Carlo run with the default samples and seed, for a tree with ranges that move the
   * goal's risk; empty otherwise.
   */
  public static Optional<UncertaintyResult> sampled(AttackTree tree) {
    return UncertaintyAnalysis.hasRanges(tree)
        ? Optional.of(UncertaintyAnalysis.run(tree, UncertaintyOptions.DEFAULT))
            .filter(result -> !result.ranged().isEmpty())
        : Optional.empty();
  }

  public AttackTree tree() {
    return scored.tree();
  }

  public AnalysisResult result() {
    return scored.result();
  }

  public Mode mode() {
    return scored.mode();
  }

  /** The listed scenarios, by descending risk. */
  public List<Scenario> scenarios() {
    return scored.scenarios();
  }

  public long highRiskCount() {
    return scenarios().stream().filter(Scenario::highRisk).count();
  }

  /** Whether every scenario is listed (otherwise counts of high-risk ones are lower bounds). */
  public boolean listsAll() {
    return result().cutSets().count().compareTo(BigInteger.valueOf(scenarios().size())) <= 0;
  }

  /** The critical nodes, the most risk removed if blocked first (ties in file order). */
  public List<NodeScore> criticalNodes() {
    return scored.nodes().stream().filter(NodeScore::critical)
        .sorted(Comparator.comparingDouble(NodeScore::contribution).reversed()).toList();
  }

  /** The mitigations with status planned, in file order. */
  public List<Mitigation> plannedMitigations() {
    return tree().mitigations().values().stream()
        .filter(mitigation -> mitigation.status() == MitigationStatus.PLANNED).toList();
  }

  /**
   * The planned mode as a plan, to set beside the front: the planned mitigations, the sum of
   * their costs, and the goal's probability and risk in the planned mode. Empty when a planned
   * mitigation has no cost.
   */
  public Optional<Plan> planned() {
    List<Mitigation> planned = plannedMitigations();
    if (planned.stream().anyMatch(mitigation -> mitigation.cost() == null)) {
      return Optional.empty();
    }
    return Optional.of(new Plan(planned.stream().map(Mitigation::id).toList(),
        planned.stream().mapToDouble(Mitigation::cost).sum(),
        result().probability().get(Mode.PLANNED), result().risk().get(Mode.PLANNED)));
  }

  /** The file's budget ({@code analysis.budget}), or {@code null}. */
  public Double budget() {
    return tree().settings().budget();
  }

  public HeatScale heat() {
    return new HeatScale(scored.bands());
  }

  private static List<Scenario> gaps(AttackTree tree, List<Scenario> scenarios) {
    return scenarios.stream()
        .filter(Scenario::highRisk)
        .filter(scenario -> scenario.paths().stream().flatMap(List::stream)
            .allMatch(id -> tree.node(id).mitigations().isEmpty()))
        .toList();
  }
}
