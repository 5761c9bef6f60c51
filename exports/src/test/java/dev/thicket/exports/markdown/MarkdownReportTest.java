package dev.thicket.exports.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.Trees;
import dev.thicket.model.analysis.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
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
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private static Node parse(Report report) {
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
        "2 Mitigations", "2 Node catalogue", "2 Method");
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
  void summaryTabulatesTheThreeModes() {
    Report keras = Trees.keras();
    List<List<String>> rows = table(parse(keras), 1);

    assertThat(rows.get(2)).containsExactly("residual",
        Decimals.of(keras.result().probability().get(keras.mode())),
        Decimals.of(keras.result().risk().get(keras.mode())));
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
    assertThat(text(document.getFirstChild())).isEqualTo("Risk report: " + Trees.NASTY);
    assertThat(table(document, 0).get(1)).containsExactly("Tree", Trees.NASTY);
    assertThat(table(document, 0).get(2)).containsExactly("File", Trees.NASTY);
    for (int index = 0; index < 6; index++) {
      List<List<String>> table = table(document, index);
      assertThat(table).allSatisfy(row -> assertThat(row).hasSize(table.get(0).size()));
    }
    assertThat(table(document, 3).get(1).get(1)).contains(Trees.NASTY);
  }

  @Test
  void mermaidLabelsCarryNoSyntaxFromTheTree() {
    List<String> charts = new ArrayList<>();
    parse(Trees.report(Trees.hostile())).accept(new AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock block) {
        charts.add(block.getLiteral());
      }
    });

    assertThat(charts).singleElement().satisfies(chart -> {
      assertThat(chart).startsWith("flowchart TD\n").doesNotContain("<img", "**", "](");
      assertThat(chart.lines().filter(line -> line.contains("[\"")))
          .hasSize(6)
          .allSatisfy(line -> assertThat(line.replace("<br/>", ""))
              .matches("  n_[A-Za-z0-9_]+\\[\"[^\"<>\\[\\]|`*]*\"\\]"));
      assertThat(chart).contains("  n_both --> n_shared\n", "  n_x -.-> n_shared\n");
    });
  }

  /** The text of a node's descendants, code spans included. */
  private static String text(Node node) {
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
  private static List<List<String>> table(Node document, int index) {
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
    List<List<String>> rows = new ArrayList<>();
    tables.get(index).accept(new AbstractVisitor() {
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
