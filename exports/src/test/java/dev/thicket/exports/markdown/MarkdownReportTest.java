package dev.thicket.exports.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.HeatScale;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.Trees;
import dev.thicket.model.analysis.MitigationEffect;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.score.MitigationScore;
import dev.thicket.model.score.NodeScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** {@link MarkdownReport}, parsed back with commonmark-java and its GFM tables extension. */
class MarkdownReportTest {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create(), AutolinkExtension.create()))
          .build();

  static Node parse(Report report) {
    return PARSER.parse(MarkdownReport.render(report, "report.svg"));
  }

  @Test
  void hasEverySection() {
    List<String> headings = new ArrayList<>();
    parse(Trees.keras()).accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        if (heading.getLevel() <= 2) {
          headings.add(heading.getLevel() + " " + text(heading));
        }
      }
    });

    assertThat(headings).containsExactly("1 Risk report: Compromise a Keras application",
        "2 Summary", "2 Tree diagram", "2 High-risk paths", "2 Critical nodes", "2 Risk matrix",
        "2 Attackers", "2 Mitigations", "2 What to fund", "2 Node catalogue", "2 Method");
  }

  @Test
  void scenarioTableHoldsTheKerasScenariosWithTheAnalysisNumbers() {
    Report keras = Trees.keras();
    List<List<String>> rows = table(parse(keras), 2);

    assertThat(rows.get(0)).containsExactly("rank", "leaves", "paths from the root",
        "probability", "risk", "mitigations on the way", "high-risk");
    List<Scenario> scenarios = keras.scenarios();
    assertThat(rows).hasSize(1 + 4);
    for (int i = 0; i < 4; i++) {
      Scenario scenario = scenarios.get(i);
      assertThat(rows.get(i + 1)).hasSize(7);
      assertThat(rows.get(i + 1).get(0)).isEqualTo(String.valueOf(i + 1));
      assertThat(rows.get(i + 1).get(3)).isEqualTo(Decimals.of(scenario.probability()));
      assertThat(rows.get(i + 1).get(4)).isEqualTo(Decimals.of(scenario.risk()));
      assertThat(rows.get(i + 1).get(6)).isEqualTo(scenario.highRisk() ? "yes" : "no");
    }
    assertThat(rows.get(1).get(2)).isEqualTo("rce → dependencies → dep-vulns");
    assertThat(rows.get(1).get(5)).isEqualTo("dependency-updates");
  }

  @Test
  void aScenarioOfManyPathsShowsOnePathToEachLeafAndHowManyMore() {
    Report diamonds = Trees.report(Trees.diamonds(4));
    List<List<String>> rows = table(parse(diamonds), 2);

    assertThat(rows.get(0).get(2)).isEqualTo("paths from the root");
    assertThat(rows.get(1).get(1)).startsWith("The shared step");
    assertThat(diamonds.scenarios().get(0).pathCount()).isEqualTo(16);
    assertThat(rows.get(1).get(2))
        .isEqualTo("goal → a1 → a2 → a3 → a4 → step; and 15 more paths");
    assertThat(rows.get(2).get(2)).isEqualTo("goal → other");
  }

  @Test
  void summaryTabulatesTheThreeModes() {
    Report keras = Trees.keras();
    List<List<String>> rows = table(parse(keras), 1);

    assertThat(rows.get(2)).containsExactly("residual",
        Decimals.of(keras.result().probability().get(keras.mode())),
        Decimals.of(keras.result().risk().get(keras.mode())));
  }

  @Test
  void mermaidColoursKerasDependenciesAboveTheLikelierMaliciousModel() {
    Report keras = Trees.keras();
    Map<String, Integer> bands = mermaidBands(mermaid(parse(keras)));

    assertThat(keras.scored().node("malicious-code").probability())
        .isGreaterThan(keras.scored().node("dep-vulns").probability());
    for (String high : List.of("dep-vulns", "dependencies")) {
      for (String low : List.of("malicious-code", "deserialization-exploit")) {
        assertThat(bands.get(high)).as(high + " above " + low).isGreaterThan(bands.get(low));
      }
    }
  }

  @Test
  void mermaidClassOfEveryNodeIsTheBandOfItsContributionInItsColour() {
    Report keras = Trees.keras();
    String chart = mermaid(parse(keras));
    Map<String, Integer> bands = mermaidBands(chart);

    for (NodeScore node : keras.scored().nodes()) {
      assertThat(bands.get(node.id())).as(node.id())
          .isEqualTo(keras.scored().bands().band(node.contribution()));
    }
    for (int band = 0; band < HeatScale.COLOURS.size(); band++) {
      assertThat(chart).contains("classDef band" + band + " fill:" + HeatScale.COLOURS.get(band));
    }
  }

  @Test
  void criticalNodesTableGivesTheRiskRemovedIfBlocked() {
    Report keras = Trees.keras();
    List<List<String>> rows = table(parse(keras), 3);

    assertThat(rows.get(0)).containsExactly("node", "title", "risk removed if blocked",
        "Birnbaum", "Fussell–Vesely", "RAW", "RRW");
    assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0))
        .containsExactlyInAnyOrderElementsOf(keras.result().criticalNodes());
    List<Double> removed = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      double contribution = keras.scored().node(row.get(0)).contribution();
      assertThat(row.get(2)).as(row.get(0)).isEqualTo(Decimals.of(contribution));
      removed.add(contribution);
    }
    assertThat(removed).as("most risk removed first")
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(rows.get(1).get(0)).isEqualTo("rce");
  }

  @Test
  void mitigationTableHoldsTheScoredTreesNumbers() {
    Report keras = Trees.keras();
    List<List<String>> rows = table(parse(keras), 5 + 4); // after the four of Attackers

    assertThat(rows.get(0)).containsExactly("mitigation", "title", "status", "effectiveness",
        "cost", "nodes covered", "risk without", "risk with", "if perfect", "reduction");
    List<MitigationScore> mitigations = keras.scored().mitigations();
    assertThat(rows).hasSize(1 + mitigations.size());
    for (int i = 0; i < mitigations.size(); i++) {
      MitigationScore score = mitigations.get(i);
      MitigationEffect effect = score.effect();
      assertThat(rows.get(i + 1)).containsExactly(score.mitigation().id(),
          score.mitigation().title(), score.mitigation().status().keyword(),
          Decimals.of(score.mitigation().effectiveness()), Decimals.of(score.mitigation().cost()),
          String.join(", ", score.covered()), Decimals.of(effect.riskWithout()),
          Decimals.of(effect.riskWith()), Decimals.of(effect.riskIfPerfect()),
          Decimals.of(effect.reduction()));
    }
  }

  /**
   * What a mitigation is, and its cost unit, is in its description, and where it is tracked in
   * its references: the report gives both.
   */
  @Test
  void everyDescribedMitigationIsListedUnderTheMitigationTable() {
    Report keras = Trees.keras();
    List<String> items = new ArrayList<>();
    boolean[] inside = {false};
    for (Node node = parse(keras).getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        inside[0] = text(heading).equals("Mitigations");
      } else if (inside[0] && node instanceof BulletList list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          items.add(text(item));
        }
      }
    }
    List<String> expected = keras.tree().mitigations().values().stream()
        .filter(mitigation -> mitigation.description() != null)
        .map(m -> m.id() + " (" + m.title() + "): " + m.description()
            + (m.references().isEmpty() ? "" : " References: "
                + String.join("; ", m.references()))).toList();

    assertThat(expected).hasSize(keras.tree().mitigations().size())
        .anyMatch(item -> item.contains(". References: https://"));
    assertThat(items).containsSubsequence(expected);
  }

  @Test
  void mitigationTableOfTheSafeHoldsTheHandComputedRisks() {
    List<List<String>> rows = table(parse(Trees.report(Trees.safe(List.of("alarm")))), 5);

    // Trees.safe: the lock implemented, the alarm planned, residual risk 4
    assertThat(rows.get(1).subList(6, 10)).containsExactly("6", "4", "2", "2");
    assertThat(rows.get(2).subList(6, 10)).containsExactly("4", "3.25", "2.5", "0.75");
  }

  @Test
  void hostileTitleAppearsLiterallyAndBreaksNoTable() {
    Node document = parse(Trees.report(Trees.hostile()));
    List<Node> markup = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(HtmlBlock node) {
        markup.add(node);
      }

      @Override
      public void visit(HtmlInline node) {
        markup.add(node);
      }

      @Override
      public void visit(Link node) {
        markup.add(node);
      }

      @Override
      public void visit(Image image) {
        if (!image.getDestination().equals("report.svg")) {
          markup.add(image);
        }
      }
    });

    assertThat(markup).isEmpty();
    assertThat(text(document.getFirstChild())).isEqualTo("Risk report: " + Trees.NASTY_SHOWN);
    assertThat(table(document, 0).get(1)).containsExactly("Tree", Trees.NASTY_SHOWN);
    assertThat(table(document, 0).get(2)).containsExactly("File", Trees.NASTY_SHOWN);
    for (int index = 0; index < 6; index++) {
      List<List<String>> table = table(document, index);
      assertThat(table).allSatisfy(row -> assertThat(row).hasSize(table.get(0).size()));
    }
    assertThat(table(document, 3).get(1).get(1)).contains(Trees.NASTY_SHOWN);
  }

  @Test
  void mermaidLabelsCarryNoSyntaxFromTheTree() {
    String chart = mermaid(parse(Trees.report(Trees.hostile())));

    assertThat(chart).startsWith("flowchart TD\n").doesNotContain("<img", "**", "](");
    assertThat(chart.lines().filter(line -> line.contains("[\"")))
        .hasSize(6)
        .allSatisfy(line -> assertThat(line.replace("<br/>", ""))
            .matches("  n_[A-Za-z0-9_]+\\[\"[^\"<>\\[\\]|`*]*\"\\]"));
    assertThat(chart).contains("  n_both --> n_shared\n", "  n_x -.-> n_shared\n");
  }

  /** The only Mermaid chart of a document. */
  private static String mermaid(Node document) {
    List<String> charts = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock block) {
        if (block.getInfo().equals("mermaid")) {
          charts.add(block.getLiteral());
        }
      }
    });
    assertThat(charts).hasSize(1);
    return charts.get(0);
  }

  /** Each node's band class ({@code class n_dep_vulns band3}), by tree id. */
  private static Map<String, Integer> mermaidBands(String chart) {
    Map<String, Integer> bands = new HashMap<>();
    Matcher line = Pattern.compile("(?m)^  class n_(\\w+) band(\\d)$").matcher(chart);
    while (line.find()) {
      bands.put(line.group(1).replace('_', '-'), Integer.parseInt(line.group(2)));
    }
    return bands;
  }

  /** The text of a node's descendants, code spans included. */
  static String text(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text literal) {
        text.append(literal.getLiteral());
      }

      @Override
      public void visit(Code code) {
        text.append(code.getLiteral());
      }
    });
    return text.toString();
  }

  /** The cells of the {@code index}-th table, header row first. */
  static List<List<String>> table(Node document, int index) {
    List<TableBlock> tables = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.CustomBlock block) {
        if (block instanceof TableBlock table) {
          tables.add(table);
        }
        visitChildren(block);
      }
    });
    return rows(tables.get(index));
  }

  /** The cells of {@code table}, header row first. */
  static List<List<String>> rows(TableBlock table) {
    List<List<String>> rows = new ArrayList<>();
    table.accept(new AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.CustomNode node) {
        if (node instanceof TableRow) {
          rows.add(new ArrayList<>());
        } else if (node instanceof TableCell cell) {
          rows.get(rows.size() - 1).add(text(cell));
          return;
        }
        visitChildren(node);
      }
    });
    return rows;
  }
}
