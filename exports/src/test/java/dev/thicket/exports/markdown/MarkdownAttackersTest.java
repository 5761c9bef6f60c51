package dev.thicket.exports.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.AttackerReportText;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.Trees;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.AttackerResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.ProfileResult;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.analysis.ScenarioAttributes;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.PotentialFactor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "Attackers" section of {@link MarkdownReport} on the Keras tree (three profiles, every
 * step rated), parsed back with commonmark; every number is compared with an analysis of its
 * own ({@code AnalysisResult.attackers()}, {@code ScoredTree.forProfile}).
 */
class MarkdownAttackersTest {
  private static AttackTree tree;
  private static ScoredTree scored;
  private static List<TableBlock> tables;

  @BeforeAll
  static void renderKeras() throws Exception {
    tree = TreeReader.read(Trees.KERAS);
    scored = ScoredTree.analyse(tree, AnalysisOptions.DEFAULT);
    tables = section(Trees.keras(), AttackerReportText.HEADING).stream()
        .filter(TableBlock.class::isInstance).map(TableBlock.class::cast).toList();
  }

  /** The blocks between the level-2 heading {@code name} and the next one. */
  static List<Node> section(Report report, String name) {
    List<Node> blocks = new ArrayList<>();
    boolean inside = false;
    for (Node node = MarkdownReportTest.parse(report).getFirstChild(); node != null;
        node = node.getNext()) {
      if (node instanceof Heading heading && heading.getLevel() <= 2) {
        inside = MarkdownReportTest.text(heading).equals(name);
      } else if (inside) {
        blocks.add(node);
      }
    }
    return blocks;
  }

  private static String leaves(Scenario scenario) {
    return scenario.leaves().stream().map(id -> tree.node(id).title() + " (" + id + ")")
        .collect(Collectors.joining(" and "));
  }

  private static String potential(ScenarioAttributes attributes) {
    return attributes.potential() + " points (" + attributes.rating().keyword() + ")";
  }

  /** Readers who were not in the room learn who each attacker is, from the tree's words. */
  @Test
  void everyDescribedProfileIsListedUnderTheProfileTable() {
    List<Node> blocks = section(Trees.keras(), AttackerReportText.HEADING);
    List<String> items = new ArrayList<>();
    for (Node block : blocks) {
      block.accept(new org.commonmark.node.AbstractVisitor() {
        @Override
        public void visit(ListItem item) {
          items.add(MarkdownReportTest.text(item));
        }
      });
    }
    List<String> expected = tree.profiles().values().stream()
        .filter(profile -> profile.description() != null)
        .map(profile -> profile.title() + " (" + profile.id() + "): " + profile.description())
        .toList();

    assertThat(expected).isNotEmpty();
    assertThat(items).containsSubsequence(expected);
  }

  @Test
  void profileTableHasTheWholeTreeThenEveryProfileWithTheAnalysisNumbers() {
    AnalysisResult result = scored.result();
    List<List<String>> rows = MarkdownReportTest.rows(tables.get(0));

    assertThat(rows).hasSize(2 + tree.profiles().size());
    assertThat(rows.get(1)).containsExactly(AttackerReportText.WHOLE_TREE, "none",
        Decimals.of(result.probability().get(Mode.RESIDUAL)),
        Decimals.of(result.risk().get(Mode.RESIDUAL)), result.cutSets().count().toString());
    List<ProfileResult> profiles = result.attackers().profiles();
    for (int i = 0; i < profiles.size(); i++) {
      ProfileResult profile = profiles.get(i);
      List<String> row = rows.get(i + 2);
      assertThat(row.get(0)).isEqualTo(profile.title() + " (" + profile.id() + ")");
      assertThat(row.subList(2, 5)).containsExactly(
          Decimals.of(profile.probability().get(Mode.RESIDUAL)),
          Decimals.of(profile.risk().get(Mode.RESIDUAL)), profile.scenarios().toString());
    }
  }

  @Test
  void profilesOfKerasDifferInRiskAndInTheScenariosWithinReach() {
    List<List<String>> profileRows = MarkdownReportTest.rows(tables.get(0));
    List<List<String>> reachRows = MarkdownReportTest.rows(tables.get(1));

    assertThat(profileRows.subList(2, profileRows.size()).stream().map(row -> row.get(3))
        .distinct()).hasSize(tree.profiles().size());
    assertThat(tree.profiles().values().stream().map(profile -> reachRows.stream()
        .filter(row -> row.get(0).startsWith(profile.title() + " ("))
        .map(row -> row.get(1)).toList()).distinct()).hasSize(tree.profiles().size());
  }

  @Test
  void reachTableListsTheRiskiestScenariosOfEachProfilesView() {
    List<List<String>> rows = MarkdownReportTest.rows(tables.get(1));

    List<List<String>> expected = new ArrayList<>();
    for (ProfileResult profile : scored.result().attackers().profiles()) {
      ScoredTree view = scored.forProfile(profile.id(),
          new AnalysisOptions(Mode.RESIDUAL, 3, AnalysisSettings.NONE));
      assertThat(view.scenarios()).isNotEmpty();
      for (Scenario scenario : view.scenarios()) {
        ScenarioAttributes attributes = scenario.attributes();
        expected.add(List.of(profile.title() + " (" + profile.id() + ")", leaves(scenario),
            Decimals.of(scenario.risk()), Decimals.of(attributes.cost()),
            Decimals.of(attributes.time()), potential(attributes)));
      }
    }
    assertThat(rows.subList(1, rows.size())).isEqualTo(expected);
  }

  @Test
  void attackTableShowsTheCheapestFastestAndEasiestScenarios() {
    AttackerResult attackers = scored.result().attackers();
    List<List<String>> rows = MarkdownReportTest.rows(tables.get(2));

    List<List<String>> expected = new ArrayList<>();
    List<String> names = List.of("cheapest", "fastest", "easiest");
    List<Scenario> scenarios =
        List.of(attackers.cheapest(), attackers.fastest(), attackers.easiest());
    for (int i = 0; i < 3; i++) {
      ScenarioAttributes attributes = scenarios.get(i).attributes();
      expected.add(List.of(names.get(i), leaves(scenarios.get(i)),
          Decimals.of(attributes.cost()), Decimals.of(attributes.time()),
          potential(attributes)));
    }
    assertThat(rows.subList(1, rows.size())).isEqualTo(expected);
  }

  @Test
  void potentialTableRatesEveryListedScenarioFactorByFactor() {
    List<List<String>> rows = MarkdownReportTest.rows(tables.get(3));
    List<Scenario> listed = scored.scenarios();

    assertThat(rows.get(0)).isEqualTo(AttackerReportText.POTENTIAL_COLUMNS);
    assertThat(rows).hasSize(1 + listed.size());
    for (int i = 0; i < listed.size(); i++) {
      ScenarioAttributes attributes = listed.get(i).attributes();
      List<String> expected = new ArrayList<>(List.of(String.valueOf(i + 1),
          leaves(listed.get(i))));
      for (PotentialFactor factor : PotentialFactor.values()) {
        String level = attributes.levels().get(factor);
        expected.add(level + " (" + factor.points(level) + ")");
      }
      expected.addAll(List.of(attributes.potential().toString(),
          attributes.rating().keyword(), attributes.riskValue().toString()));
      assertThat(rows.get(i + 1)).isEqualTo(expected);
    }
  }

  @Test
  void catalogueGivesWhatEachStepTakes() {
    List<String> items = new ArrayList<>();
    section(Trees.keras(), "Node catalogue").forEach(block -> block.accept(
        new AbstractVisitor() {
          @Override
          public void visit(ListItem item) {
            items.add(MarkdownReportTest.text(item));
          }
        }));

    List<String> expected = tree.nodes().values().stream()
        .filter(dev.thicket.model.tree.Node::isLeaf).map(node -> "attacker: " + Trees.step(node))
        .toList();
    assertThat(expected).isNotEmpty();
    assertThat(items.stream().filter(item -> item.startsWith("attacker: ")).toList())
        .isEqualTo(expected);
  }

  @Test
  void treeWithoutAttackerDataHasNoAttackersHeadingNorMethodParagraph() {
    Report report = Trees.kerasRanges();

    assertThat(report.attackers()).isEmpty();
    String markdown = MarkdownReport.render(report, "report.svg");
    assertThat(markdown).doesNotContain("## " + AttackerReportText.HEADING)
        .doesNotContain("**" + AttackerReportText.HEADING + ".**");
  }
}
