package dev.thicket.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.diagram.SvgDiagram;
import dev.thicket.exports.markdown.MarkdownReport;
import dev.thicket.exports.pdf.Paper;
import dev.thicket.exports.pdf.PdfReport;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.Trees;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.StepAttributes;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The "Attackers" section of a hostile tree (a profile titled with markup) in every format. */
class AttackersEscapedTest {

  private static Report hostile() {
    AttackTree tree = Trees.hostile();
    Potential easy = new Potential(Map.of(PotentialFactor.ELAPSED, "one-day",
        PotentialFactor.EXPERTISE, "layman", PotentialFactor.KNOWLEDGE, "public",
        PotentialFactor.WINDOW, "unlimited", PotentialFactor.EQUIPMENT, "standard"));
    tree = tree.withNode(tree.node("nasty").withAttacker(new StepAttributes(1.0, 2.0, easy)))
        .withProfiles(List.of(new AttackerProfile("p", Trees.NASTY, Trees.NASTY, 10.0, null,
            Map.of(PotentialFactor.EXPERTISE, "proficient"))));
    return Trees.report(tree);
  }

  @Test
  void markdownTablesStayWholeAndShowTheProfileTitleAsText() {
    Report report = hostile();
    String markdown = MarkdownReport.render(report, "report.svg");

    ReportChecks.assertWellFormedMarkdown(markdown, report.tree().nodes().size());
    assertThat(markdown).contains("## Attackers");
    List<String> cells = new java.util.ArrayList<>();
    Parser.builder().extensions(List.of(TablesExtension.create(), AutolinkExtension.create()))
        .build().parse(markdown).accept(new AbstractVisitor() {
          @Override
          public void visit(CustomNode node) {
            if (node instanceof TableCell) {
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
              cells.add(text.toString());
            } else {
              visitChildren(node);
            }
          }
        });
    // the title read back as it is shown: in the profile table and in each of its reach rows
    int reachRows = report.attackers().orElseThrow().profiles().get(0).riskiest().size();
    assertThat(reachRows).isPositive();
    assertThat(cells).filteredOn((Trees.NASTY_SHOWN + " (p)")::equals).hasSize(1 + reachRows);
  }

  @Test
  void svgChartAndPdfAreWrittenWithTheTitleEscaped() throws Exception {
    Report report = hostile();
    String svg = SvgDiagram.render(report);

    ReportChecks.assertWellFormedSvg(svg);
    assertThat(svg).contains("class=\"attackers\"").doesNotContain("\u202E");
    assertThat(PdfReport.render(report, Paper.A4)).isNotEmpty();
  }
}
